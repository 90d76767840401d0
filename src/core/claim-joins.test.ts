import { describe, expect, it } from 'vitest';
import { CLAIM_JOIN_MODEL } from './claim-join-model';
import {
  CLAIM_JOIN_MEASURES,
  claimJoinCandidates,
  claimJoinChance,
  joinClaims,
  type ClaimJoinContext,
  type ClaimJoinGroup,
  type ClaimJoinPassage,
} from './claim-joins';
import { testFeatures } from './passage-test-features';
import { featureWeights } from './passage-similarity';

const features = testFeatures;

/**
 * Ten outlets, each with three sentences in this order: the resignation (kind 0), a quote that
 * restates it (kind 1), the weather (kind 2). Passage 3·s + k: source s, kind k.
 */
const KINDS = [
  features(['resign', 'minist', 'thursday'], ['actor:berglund']),
  features(['protect', 'govern', 'step'], ['actor:berglund']),
  features(['snow', 'wind', 'forecast']),
];
const kindOf = (index: number): number => index % 3;

function corpus(similar: (a: number, b: number) => number): ClaimJoinContext {
  const passages: ClaimJoinPassage[] = [];
  for (let source = 0; source < 10; source++)
    for (const kind of KINDS) passages.push({ source: `s${source}`, features: kind });
  const weights = featureWeights(passages.map((passage) => passage.features));
  const linked = (i: number): number[] =>
    passages.map((_, j) => j).filter((j) => j !== i && similar(i, j) > 0);
  return { passages, weights, similarity: similar, linked };
}

const groupOf = (kind: number, sources: number[]): ClaimJoinGroup => ({
  members: sources.map((source) => source * 3 + kind),
  sources: new Set(sources.map((source) => `s${source}`)),
});

describe('the claim-join model', () => {
  it('weighs each measure claim-joins.ts takes', () => {
    expect(Object.keys(CLAIM_JOIN_MODEL.measures).sort()).toEqual([...CLAIM_JOIN_MEASURES].sort());
    for (const { scale } of Object.values(CLAIM_JOIN_MODEL.measures)) expect(scale).toBeGreaterThan(0);
  });

  it('gives an even chance or more to a sentence alike to all of a fact told next to it, little to one that tells another', () => {
    const measures = (
      similarity: number,
      linkedShare: number,
      sourceInFact: number,
      nextToOwn: number,
      coverage: number,
      elsewhere: number,
    ): number[] =>
      CLAIM_JOIN_MEASURES.map((name) => {
        if (name === 'meanSimilarity' || name === 'bestSimilarity') return similarity;
        if (name === 'linkedShare') return linkedShare;
        if (name === 'sourceInFact') return sourceInFact;
        if (name === 'nextToOwnPassage') return nextToOwn;
        if (name === 'centroidCoverage') return coverage;
        if (name === 'closenessElsewhere') return elsewhere;
        if (name === 'factSources') return Math.log(9);
        return 0;
      });
    expect(claimJoinChance(measures(0.35, 1, 1, 1, 0.6, 0))).toBeGreaterThan(0.5);
    // A sentence that tells another fact well and this one barely.
    expect(claimJoinChance(measures(0.1, 0.5, 1, 0, 0, 0.5))).toBeLessThan(0.1);
  });
});

describe('joinClaims', () => {
  // A resignation sentence and a restating quote are alike across outlets, as the weather
  // sentences are among themselves.
  const alike = (a: number, b: number): number => {
    if (Math.floor(a / 3) === Math.floor(b / 3)) return 0;
    const pair = [kindOf(a), kindOf(b)].sort().join();
    if (pair === '0,0') return 0.5;
    if (pair === '0,1' || pair === '1,1') return 0.35;
    if (pair === '2,2') return 0.5;
    // The weather shares a word or two with the resignation: linked, barely (not the last outlet's).
    if (pair === '0,2') return Math.max(a, b) === 29 ? 0 : 0.1;
    return 0;
  };

  it("adds to a fact each outlet's second sentence that tells its claim, and nothing else", () => {
    const resignation = groupOf(0, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const weather = groupOf(2, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const joined = joinClaims([resignation, weather], corpus(alike));
    expect(joined[0]?.members.map(kindOf).sort()).toEqual([
      ...Array<number>(10).fill(0),
      ...Array<number>(10).fill(1),
    ]);
    expect(joined[1]?.members.map(kindOf)).toEqual(Array<number>(10).fill(2));
  });

  it('weighs only facts of two sources or more, and passages the first pass linked to them', () => {
    const context = corpus(alike);
    const candidates = claimJoinCandidates([groupOf(0, [0, 1, 2]), groupOf(1, [4])], context);
    expect(new Set(candidates.map((candidate) => candidate.group))).toEqual(new Set([0]));
    // Every passage outside the fact is linked to it, but the last outlet's weather.
    const outside = context.passages
      .map((_, index) => index)
      .filter((index) => ![0, 3, 6, 29].includes(index));
    expect(candidates.map((candidate) => candidate.passage).sort((a, b) => a - b)).toEqual(outside);
    const measured = candidates.find((candidate) => candidate.passage === 1);
    expect(measured?.measures[CLAIM_JOIN_MEASURES.indexOf('sourceInFact')]).toBe(1);
    expect(measured?.measures[CLAIM_JOIN_MEASURES.indexOf('nextToOwnPassage')]).toBe(1);
    // Passage 1 is source 0's quote: it is compared with sources 1 and 2 only.
    expect(measured?.measures[CLAIM_JOIN_MEASURES.indexOf('meanSimilarity')]).toBeCloseTo(0.35);
  });
});
