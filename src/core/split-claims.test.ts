import { describe, expect, it } from 'vitest';
import { testFeatures } from './passage-test-features';
import { featureWeights } from './passage-similarity';
import { SPLIT_CLAIM_MODEL } from './split-claim-model';
import {
  SPLIT_CLAIM_MEASURES,
  mergeSplitClaims,
  splitClaimChance,
  type SplitClaimContext,
  type SplitClaimGroup,
  type SplitClaimPassage,
} from './split-claims';

const features = testFeatures;

/** Ten outlets, each with one sentence of each of four claims (passage 4·s + c: source s, claim c). */
function corpus(similar: (a: number, b: number) => number): SplitClaimContext {
  const claims = [
    features(['inspect', 'pass', 'decemb'], ['actor:klc']),
    features(['inspect', 'pass', 'decemb', 'fault'], ['actor:klc']),
    features(['toll', 'die', 'hospit'], [], [7]),
    features(['snow', 'wind', 'forecast']),
  ];
  const passages: SplitClaimPassage[] = [];
  for (let source = 0; source < 10; source++)
    for (const claim of claims) passages.push({ source: `s${source}`, features: claim });
  const weights = featureWeights(passages.map((passage) => passage.features));
  return { passages, weights, similarity: similar };
}

const claimOf = (index: number): number => index % 4;
const groupOf = (claim: number, sources: number[]): SplitClaimGroup => ({
  members: sources.map((source) => source * 4 + claim),
  sources: new Set(sources.map((source) => `s${source}`)),
});

describe('the split-claim model', () => {
  it('weighs each measure split-claims.ts takes', () => {
    expect(Object.keys(SPLIT_CLAIM_MODEL.measures).sort()).toEqual([...SPLIT_CLAIM_MEASURES].sort());
    for (const { scale } of Object.values(SPLIT_CLAIM_MODEL.measures)) expect(scale).toBeGreaterThan(0);
  });

  it('gives an even chance or more to two facts of other outlets whose passages are all alike, little to two that are not', () => {
    // Two facts of four outlets each, none in both, at the same place in their articles.
    const measures = (similarity: number, linkedShare: number, centroidCosine: number): number[] =>
      SPLIT_CLAIM_MEASURES.map((name) => {
        if (name === 'meanSimilarity' || name === 'bestSimilarity') return similarity;
        if (name === 'linkedShare') return linkedShare;
        if (name === 'centroidCosine') return centroidCosine;
        if (name === 'smallerSize' || name === 'largerSize') return Math.log(4);
        if (name === 'outletShare') return 0.8;
        return 0;
      });
    expect(splitClaimChance(measures(0.35, 1, 0.4))).toBeGreaterThan(0.5);
    expect(splitClaimChance(measures(0.02, 0.1, 0.05))).toBeLessThan(0.1);
  });
});

describe('mergeSplitClaims', () => {
  // The two inspection facts (claims 0 and 1) tell one claim; the toll and the weather are others.
  const alike = (a: number, b: number): number => {
    const pair = [claimOf(a), claimOf(b)].sort().join();
    return pair === '0,0' || pair === '1,1' || pair === '0,1' ? 0.35 : 0;
  };

  it('merges two facts of different outlets whose passages are all alike', () => {
    const groups = [groupOf(0, [0, 1, 2, 3, 4]), groupOf(1, [5, 6, 7, 8, 9]), groupOf(2, [0, 1, 2, 3])];
    const merged = mergeSplitClaims(groups, corpus(alike));
    expect(merged).toHaveLength(2);
    expect(merged[0]?.members.map(claimOf).sort()).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(merged[0]?.sources.size).toBe(10);
    expect(merged[1]?.members.map(claimOf)).toEqual([2, 2, 2, 2]);
  });

  it('keeps facts apart when their passages are not alike', () => {
    const groups = [groupOf(0, [0, 1, 2, 3, 4]), groupOf(2, [5, 6, 7, 8, 9]), groupOf(3, [0, 1, 2])];
    expect(mergeSplitClaims(groups, corpus(alike))).toHaveLength(3);
  });

  it('lets a lone sentence join a fact whose passages it is like, never another lone sentence', () => {
    const joined = mergeSplitClaims([groupOf(0, [0, 1, 2, 3, 4]), groupOf(1, [5])], corpus(alike));
    expect(joined).toHaveLength(1);
    expect(joined[0]?.members).toContain(21);
    expect(mergeSplitClaims([groupOf(0, [0]), groupOf(1, [5])], corpus(alike))).toHaveLength(2);
  });
});
