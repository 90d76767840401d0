import { describe, expect, it } from 'vitest';
import { countWords } from './page-text';

describe('countWords', () => {
  it('splits spaced text at whitespace', () => {
    expect(countWords('A Hamas delegation is in Moscow.')).toBe(6);
    expect(countWords('  ')).toBe(0);
  });
  // The segmenter's dictionary varies with the ICU version, so a range: more than the one
  // "word" a whitespace split sees, fewer than one per character.
  it.each([
    ['Chinese', '哈马斯代表团在莫斯科。'],
    ['Japanese', 'ハマスの代表団がモスクワに到着した。'],
  ])('segments %s, which has no spaces', (_, text) => {
    expect(countWords(text)).toBeGreaterThanOrEqual(3);
    expect(countWords(text)).toBeLessThan(text.length);
  });
});
