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

  it('scores unrelated passages 0', () => {
    const a = features('The council voted to approve the park.');
    const b = features('Rain is expected on Friday across the north.');
    expect(passageSimilarity(a, b, featureWeights([a, b])).score).toBe(0);
  });
});
