/** Search words: folding, Unicode and exact offsets back into the original text. */
import { describe, expect, it } from 'vitest';
import { passageWords, queryWords, wordSpans } from './search-tokens';

describe('wordSpans', () => {
  it.each([
    ['case and diacritics fold', 'Mūsā ABU Marzūq', ['musa', 'abu', 'marzuq']],
    ['decomposed diacritics fold', 'Marzu\u0304q', ['marzuq']],
    ['typographic apostrophes split like ASCII ones', 'Israel’s envoy', ['israel', 's', 'envoy']],
    ['Cyrillic stays Cyrillic, lower-cased', 'Захарова заявила', ['захарова', 'заявила']],
    ['digits are words', '1,200 people', ['1', '200', 'people']],
    ['soft hyphens vanish inside a word', 'dele\u00adgation', ['delegation']],
  ])('%s', (_name, text, words) => {
    expect(wordSpans(text).map((span) => span.word)).toEqual(words);
  });

  it.each([
    ['plain', 'Hamas met Bogdanov.'],
    ['emoji before the words', '🇷🇺🙂 Hamas in Moscow'],
    ['combining marks', 'Marzu\u0304q and Zakharova\u0301 spoke'],
    ['soft hyphen at a word end', 'talks\u00ad were held'],
    ['Arabic with harakat', 'مُوسَى أبو مرزوق'],
  ])('maps every word back to an exact slice of the original (%s)', (_name, text) => {
    for (const span of wordSpans(text)) {
      const original = text.slice(span.start, span.end);
      expect(passageWords(original), JSON.stringify(span)).toEqual([span.word]);
    }
  });
});

describe('passageWords / queryWords', () => {
  it('gives distinct words in order', () => {
    expect(passageWords('The talks, the TALKS and the talks.')).toEqual(['the', 'talks', 'and']);
    expect(queryWords('  ')).toEqual([]);
  });
});
