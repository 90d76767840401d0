import { describe, expect, it } from 'vitest';
import { buildMatchText, matchForm } from './match-text';

/** The original slice behind the first match of `form` (a matchForm) in the match text of `text`. */
function originalOf(text: string, form: string): string | null {
  const built = buildMatchText(text);
  const at = built.text.indexOf(` ${form} `);
  if (at < 0) return null;
  const start = built.starts[at + 1] ?? -1;
  const end = built.ends[at + form.length] ?? -1;
  return text.slice(start, end);
}

describe('matchForm: how aliases and pages are folded', () => {
  it.each([
    ['case and diacritics', 'Zacharová', 'zacharova'],
    ['possessive split off', "Peskov's", 'peskov  s'],
    ['typographic possessive', 'Putin’s', 'putin  s'],
    ['hyphen separates words', 'Abu-Marzouk', 'abu  marzouk'],
    ['al- article dropped', 'Saleh al-Arouri', 'saleh  arouri'],
    ['el- article dropped', 'El-Sisi', 'sisi'],
    ['words inside that start with al stay', 'Alina Kabaeva', 'alina  kabaeva'],
    ['punctuation and emoji are separators', '🇷🇺 Moscow, (Russia)!', 'moscow  russia'],
    ['Cyrillic kept, lower case', 'Мария Захарова', 'мария  захарова'],
  ])('%s', (_, input, expected) => {
    expect(matchForm(input)).toBe(expected);
  });
});

describe('buildMatchText: exact UTF-16 offsets back into the original', () => {
  it.each([
    ['plain', 'Kremlin spokesman Dmitry Peskov said', 'dmitry  peskov', 'Dmitry Peskov'],
    ['emoji before', '👍🏽🇮🇱 Lior Haiat wrote', 'lior  haiat', 'Lior Haiat'],
    [
      'combining marks inside and after',
      'met Zacha\u0301rova\u0301 today',
      'zacharova',
      'Zacha\u0301rova\u0301',
    ],
    ['possessive left out of the span', "Peskov's remarks", 'peskov', 'Peskov'],
    ['article kept in the span', 'Saleh al-Arouri was killed', 'saleh  arouri', 'Saleh al-Arouri'],
    ['Cyrillic after emoji', '🙂 Пєсков сказав', 'пєсков', 'Пєсков'],
    ['astral letters', '𝐁𝐨𝐠𝐝𝐚𝐧𝐨𝐯 met Galuzin', 'bogdanov', '𝐁𝐨𝐠𝐝𝐚𝐧𝐨𝐯'],
    [
      'no-break spaces and line breaks between words',
      'Musa\u00a0Abu\n  Marzouk',
      'musa  abu  marzouk',
      'Musa\u00a0Abu\n  Marzouk',
    ],
    ['ligature expanded', 'the ﬁrst ﬂight', 'first', 'ﬁrst'],
  ])('%s', (_, text, form, expected) => {
    expect(originalOf(text, form)).toBe(expected);
  });

  it('surrounds every word with two spaces, so " form " only matches whole words', () => {
    const built = buildMatchText('Russians, Russia.');
    expect(built.text).toBe('  russians  russia  ');
    expect(built.text.includes(' russia ')).toBe(true);
    expect(built.text.indexOf(' russia ')).toBe(11);
  });

  it('has a start and end for every char', () => {
    const built = buildMatchText('a 🇺🇦 b');
    expect(built.starts.length).toBe(built.text.length);
    expect(built.ends.length).toBe(built.text.length);
  });
});
