import { describe, expect, it } from 'vitest';
import { passageFeatures } from './passage-features';
import { featureWeights, passageSimilarity } from './passage-similarity';
import { spanOf } from './span';

const features = (text: string) => passageFeatures(spanOf(text, 0, text.length), [], null);

describe('passageSimilarity', () => {
  it('counts shared phrasing as more than the same words scattered', () => {
    const quote = features(
      '"I did nothing illegal, but I go away so that I protect the government," he said.',
    );
    const phrased = features('"I am leaving to protect the government, not because I am guilty," he wrote.');
    const scattered = features('The government is leaving, and a guard will protect the embassy, he wrote.');
    const others = ['The council met on Tuesday.', 'Rain is expected on Friday.', 'The bridge opens soon.'];
    const weights = featureWeights([quote, phrased, scattered, ...others.map(features)]);
    const withPhrase = passageSimilarity(quote, phrased, weights);
    const withoutPhrase = passageSimilarity(quote, scattered, weights);
    expect(withPhrase.shared).toContain('b:protect govern');
    expect(withoutPhrase.shared).not.toContain('b:protect govern');
    expect(withPhrase.score).toBeGreaterThan(withoutPhrase.score);
  });

  it('compares a vote tally however it is written, and weighs it as a number', () => {
    const digits = features('In a 7–2 decision, the court ruled the law void.');
    const words = features('The vote was seven to two, a spokesperson for the court confirmed.');
    const other = features('The court heard the case in March.');
    const weights = featureWeights([digits, words, other]);
    const similarity = passageSimilarity(digits, words, weights);
    expect(similarity.shared).toContain('t:7:2');
    expect(similarity.score).toBeGreaterThan(passageSimilarity(digits, other, weights).score);
  });

  it('reads nearly the same count told two ways as shared, not as a discrepancy', () => {
    const exact = features('A total of 298 people were pulled from the water.');
    const round = features('Coast guard boats took nearly 300 people from the water.');
    const other = features('Officials counted 350 people on the quay.');
    const weights = featureWeights([exact, round, other]);
    const near = passageSimilarity(exact, round, weights);
    expect(near.shared).toContain('n:298~300');
    expect(passageSimilarity(exact, other, weights).shared).not.toContain('n:298~350');
    expect(near.score).toBeGreaterThan(passageSimilarity(exact, other, weights).score);
  });

  it('scores unrelated passages 0', () => {
    const a = features('The council voted to approve the park.');
    const b = features('Rain is expected on Friday across the north.');
    expect(passageSimilarity(a, b, featureWeights([a, b])).score).toBe(0);
  });

  it('scores 0 for passages that share only whom they cite', () => {
    const praise = passageFeatures(
      spanOf('Hamas praised the president, as reported by Ria.', 0, 49),
      [
        { actor: 'hamas', start: 0, end: 5 },
        { actor: 'ria', start: 45, end: 48, attributionOnly: true },
      ],
      null,
    );
    const visit = passageFeatures(
      spanOf('Ria said the delegation is in the capital.', 0, 43),
      [{ actor: 'ria', start: 0, end: 3, attributionOnly: true }],
      null,
    );
    const both = passageFeatures(
      spanOf('Hamas thanked the president, Ria said.', 0, 38),
      [
        { actor: 'hamas', start: 0, end: 5 },
        { actor: 'ria', start: 29, end: 32, attributionOnly: true },
      ],
      null,
    );
    const weights = featureWeights([praise, visit, both, features('Rain is expected on Friday.')]);
    expect(praise.attributedTo.has('ria')).toBe(true);
    expect(passageSimilarity(praise, visit, weights)).toEqual({ score: 0, shared: [] });
    // With a subject in common, the source they both cite counts as well.
    expect(passageSimilarity(praise, both, weights).shared).toEqual(
      expect.arrayContaining(['a:hamas', 'a:ria']),
    );
  });
});

describe('passageSimilarity across languages', () => {
  const foreign = (text: string) =>
    passageFeatures(spanOf(text, 0, text.length), [], null, { terms: 'foreign' });

  it('does not count English words no sentence in another language can say against the match', () => {
    const german = foreign('Insgesamt 46 Menschen wurden verletzt, einige von ihnen schwer.');
    const plain = features('Forty-six people were injured, the ministry said.');
    const wordy = features(
      'Forty-six people were injured, eight of them seriously, the ministry said on its website.',
    );
    const other = features('The line will stay closed until the weekend.');
    const weights = featureWeights([german, plain, wordy, other]);
    const short = passageSimilarity(german, plain, weights);
    const long = passageSimilarity(german, wordy, weights);
    expect(german.otherLanguage).toBe(true);
    expect(short.shared).toEqual(expect.arrayContaining(['n:46', 't:injur']));
    // "seriously", "website": words the other language's lexicon has none for.
    expect(long.score).toBeCloseTo(short.score, 2);
    // Between two English passages the same words still count.
    expect(passageSimilarity(plain, wordy, weights).score).toBeLessThan(1);
  });
});
