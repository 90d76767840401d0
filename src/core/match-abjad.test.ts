import { describe, expect, it } from 'vitest';
import { vowelLettersFit, writesVowels } from './match-abjad';

describe('vowelLettersFit', () => {
  it.each([
    ['חמאס', 'hamas', true], // alef only: fits
    ['חמישי', 'hamas', false], // "Thursday": a yod, and Hamas has no i or e
    ['להמשיך', 'hamas', false], // "to continue": a yod however many particles come off
    ['פסקוב', 'peskov', true], // vav for the o
    ['ופוטין', 'putin', true], // "and Putin": vav and yod, both in the name
    ['במוסקבה', 'moskva', true],
    ['حماس', 'hamas', true],
    ['حميس', 'hamas', false],
    ['أحمد', 'hamid', false], // Ahmad opens with a vowel, Hamid does not
    ['حامد', 'hamid', true],
  ])('%s for %s: %s', (token, latin, expected) => {
    expect(vowelLettersFit(token, latin, /[\u0600-\u06ff]/u.test(token) ? 'arabic' : 'hebrew')).toBe(
      expected,
    );
  });
});

describe('writesVowels', () => {
  it('does not count the alif of an Arabic article', () => {
    expect(writesVowels('الشهر')).toBe(false); // "the month"
    expect(writesVowels('الكرملين')).toBe(true); // the Kremlin: a ya of its own
    expect(writesVowels('بوتين')).toBe(true);
  });
});
