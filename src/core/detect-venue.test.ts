import { describe, expect, it } from 'vitest';
import { sentenceVenues, setElsewhere } from './detect-venue';
import { spanOf } from './span';

const text = 'In October the envoy met Putin in Moscow, then spoke in Sochi and in the Russian capital.';
const at = (words: string) => text.indexOf(words);
const spans = [
  { actor: 'a:putin', start: at('Putin'), end: at('Putin') + 5 },
  { actor: 'a:moscow', start: at('Moscow'), end: at('Moscow') + 6 },
];

describe('sentenceVenues', () => {
  it('takes places after "in": corpus places by id, other capitalised words as words, no months', () => {
    const venues = sentenceVenues(spanOf(text, 0, text.length), spans, new Set(['a:moscow']));
    // "in the Russian capital" describes a place without naming it: no venue either way.
    expect([...venues].sort()).toEqual(['a:moscow', 'sochi']);
  });
  it('skips actors that are not places', () => {
    const sentence = 'The hope lies in Putin alone.';
    const putin = { actor: 'a:putin', start: sentence.indexOf('Putin'), end: sentence.indexOf('Putin') + 5 };
    expect(sentenceVenues(spanOf(sentence, 0, sentence.length), [putin], new Set()).size).toBe(0);
  });
});

describe('setElsewhere', () => {
  it.each([
    ['another venue, none of the fact’s named', ['tehran'], [], ['a:moscow'], true],
    ['the fact’s venue', ['a:moscow'], [], ['a:moscow'], false],
    ['another venue, but the fact’s place named too', ['tehran'], ['a:moscow'], ['a:moscow'], false],
    ['no venue in the sentence', [], [], ['a:moscow'], false],
    ['a fact no source placed', ['tehran'], [], [], false],
  ])('%s', (_, venues, named, factVenues, expected) => {
    expect(setElsewhere(new Set(venues), new Set(named), factVenues)).toBe(expected);
  });
});
