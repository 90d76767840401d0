/**
 * Last alignment pass, for corpora of many outlets: one claim told ten ways often ends up as two
 * or three facts (a claim and its denial, a toll that rises over the night, a lede and a later
 * restatement), since the pairwise pass keeps one passage per source and no single measure tells
 * such pairs of facts from two claims of one story. A small logistic model over a few measures of
 * a pair of facts (split-claim-model.ts, learned from the hand-made gold alignments of the invented
 * corpora by scripts/train-split-claims.ts) gives the chance that the two facts are one claim.
 * Method: the likeliest pair above an even chance merges, its measures against the other facts
 * are taken again, and so on. A sentence left alone may join a fact this way.
 * Cost: O(G²) pair measures at first, O(G) per merge, for G facts; O(members²) similarity look-ups
 * per pair measure (the first pass's scores: pairs it never kept count as 0).
 */
import { centroid, cosine } from './align-centroids';
import type { PassageFeatures } from './passage-features';
import type { FeatureWeights } from './passage-similarity';
import { sharedPredicate, type ClaimFrame } from './claim-frame';
import { logisticChance } from './logistic-model';
import { SPLIT_CLAIM_MODEL, type SplitClaimModel } from './split-claim-model';

export interface SplitClaimPassage {
  source: string;
  features: PassageFeatures;
  frame?: ClaimFrame | null;
}

export interface SplitClaimGroup {
  members: number[];
  sources: Set<string>;
}

/** The measures the model weighs, in its order (split-claim-model.ts names them the same). */
export const SPLIT_CLAIM_MEASURES = [
  'meanSimilarity',
  'bestSimilarity',
  'linkedShare',
  'centroidCosine',
  'otherPredicate',
  'sharedSources',
  'adjacentInSource',
  'smallerSize',
  'largerSize',
  'otherNumbers',
  'positionGap',
  'outletShare',
] as const;

/** Least similarity for a pair of passages to count as linked (the alignment's edge threshold). */
const LINKED = 0.1;

/** What the measures need of a corpus's passages. */
export interface SplitClaimContext {
  passages: SplitClaimPassage[];
  weights: FeatureWeights;
  similarity: (i: number, j: number) => number;
}

interface GroupSummary {
  center: Map<string, number>;
  predicate: string | null;
  numbers: Set<number>;
  position: number;
}

/** Each passage's rank among its source's passages, and the number of those passages. */
export function sourceOrder(passages: Array<{ source: string }>): {
  rank: number[];
  count: Map<string, number>;
} {
  const count = new Map<string, number>();
  const rank = passages.map((passage) => {
    const seen = count.get(passage.source) ?? 0;
    count.set(passage.source, seen + 1);
    return seen;
  });
  return { rank, count };
}

/** Counts (10 or more) that half of a group's members or more give. */
function commonNumbers(members: number[], passages: SplitClaimPassage[]): Set<number> {
  const counts = new Map<number, number>();
  for (const member of members)
    for (const number of passages[member]?.features.numbers ?? [])
      if (number >= 10) counts.set(number, (counts.get(number) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count * 2 >= members.length).map(([number]) => number));
}

/** Measures one pair of facts in SPLIT_CLAIM_MEASURES order; null when they share nothing at all. */
function splitClaimMeasures(
  a: SplitClaimGroup,
  b: SplitClaimGroup,
  context: SplitClaimContext,
  summaries: { a: GroupSummary; b: GroupSummary },
  order: { rank: number[]; count: Map<string, number> },
  outlets: number,
): number[] | null {
  const { passages, similarity } = context;
  let total = 0;
  let pairs = 0;
  let best = 0;
  let linked = 0;
  for (const i of a.members) {
    for (const j of b.members) {
      if (i === j || passages[i]?.source === passages[j]?.source) continue;
      const score = similarity(i, j);
      total += score;
      pairs++;
      best = Math.max(best, score);
      if (score >= LINKED) linked++;
    }
  }
  const centroidCosine = cosine(summaries.a.center, summaries.b.center);
  if (best < LINKED && centroidCosine < LINKED) return null;
  const shared = [...a.sources].filter((source) => b.sources.has(source));
  // A claim and its restatement or denial often sit in consecutive sentences of a source.
  const adjacent = shared.filter((source) =>
    a.members.some(
      (i) =>
        passages[i]?.source === source &&
        b.members.some(
          (j) => passages[j]?.source === source && Math.abs((order.rank[i] ?? 0) - (order.rank[j] ?? 0)) <= 1,
        ),
    ),
  ).length;
  const { predicate: left, numbers: leftNumbers } = summaries.a;
  const { predicate: right, numbers: rightNumbers } = summaries.b;
  const otherNumbers =
    leftNumbers.size > 0 &&
    rightNumbers.size > 0 &&
    ![...leftNumbers].some((number) => rightNumbers.has(number));
  return [
    pairs ? total / pairs : 0,
    best,
    pairs ? linked / pairs : 0,
    centroidCosine,
    left !== null && right !== null && left !== right ? 1 : 0,
    shared.length / Math.min(a.sources.size, b.sources.size),
    shared.length ? adjacent / shared.length : 0,
    Math.log(Math.min(a.members.length, b.members.length)),
    Math.log(Math.max(a.members.length, b.members.length)),
    otherNumbers ? 1 : 0,
    Math.abs(summaries.a.position - summaries.b.position),
    new Set([...a.sources, ...b.sources]).size / Math.max(1, outlets),
  ];
}

/** The model's chance that two facts with these measures (SPLIT_CLAIM_MEASURES order) are one claim. */
export function splitClaimChance(measures: number[], model: SplitClaimModel = SPLIT_CLAIM_MODEL): number {
  return logisticChance(SPLIT_CLAIM_MEASURES, measures, model);
}

/** Least chance for two facts to merge: more likely one claim than two. */
const MERGE_CHANCE = 0.5;

/**
 * Measures pairs of a corpus's facts, keeping each fact's summary (centroid, predicate, numbers,
 * place) until the fact changes.
 */
function pairMeasurer<T extends SplitClaimGroup>(groups: T[], context: SplitClaimContext) {
  const order = sourceOrder(context.passages);
  const outlets = order.count.size;
  const summaries = new Map(groups.map((group) => [group, summarize(group, context, order)]));
  return {
    /** The pair's measures; null when the pair may not merge or shares nothing at all. */
    measure(a: T, b: T): number[] | null {
      const left = summaries.get(a);
      const right = summaries.get(b);
      if (!left || !right || !mayMerge(a, b)) return null;
      return splitClaimMeasures(a, b, context, { a: left, b: right }, order, outlets);
    },
    /** A fact that took another's members: summarised again; the other is gone. */
    merged(into: T, gone: T): void {
      summaries.delete(gone);
      summaries.set(into, summarize(into, context, order));
    },
  };
}

/** Every pair's measures, for training the model (scripts/train-split-claims.ts). */
export function splitClaimPairs(
  groups: SplitClaimGroup[],
  context: SplitClaimContext,
): Array<{ a: number; b: number; measures: number[] }> {
  const measurer = pairMeasurer(groups, context);
  const pairs: Array<{ a: number; b: number; measures: number[] }> = [];
  groups.forEach((left, a) => {
    for (let b = a + 1; b < groups.length; b++) {
      const right = groups[b];
      const measures = right ? measurer.measure(left, right) : null;
      if (measures) pairs.push({ a, b, measures });
    }
  });
  return pairs;
}

function summarize(
  group: SplitClaimGroup,
  context: SplitClaimContext,
  order: { rank: number[]; count: Map<string, number> },
): GroupSummary {
  const { passages, weights } = context;
  const position =
    group.members.reduce((total, member) => {
      const count = order.count.get(passages[member]?.source ?? '') ?? 1;
      return total + (order.rank[member] ?? 0) / count;
    }, 0) / Math.max(1, group.members.length);
  return {
    center: centroid(group.members, (index) => passages[index]?.features, weights),
    predicate: sharedPredicate(group.members.map((member) => passages[member]?.frame)),
    numbers: commonNumbers(group.members, passages),
    position,
  };
}

/**
 * A sentence left alone may join a fact (the lone-passage pass takes it only when it is very like
 * one passage); two lone sentences are the pairwise pass's to pair. Measured leaving each corpus
 * out: facts of two passages or more only, mean F1 0.621 with the court ruling 0.662 -> 0.640;
 * with lone sentences, 0.624 and no corpus lower.
 */
const mayMerge = (a: SplitClaimGroup, b: SplitClaimGroup): boolean =>
  a.members.length >= 2 || b.members.length >= 2;

/** Merges the facts the model takes for one claim, likeliest pair first; returns the facts left. */
export function mergeSplitClaims<T extends SplitClaimGroup>(
  groups: T[],
  context: SplitClaimContext,
  model: SplitClaimModel = SPLIT_CLAIM_MODEL,
): T[] {
  const result = [...groups];
  const measurer = pairMeasurer(result, context);
  const chances = new Map<T, Map<T, number>>(result.map((group) => [group, new Map()]));
  const measure = (a: T, b: T): void => {
    const measures = measurer.measure(a, b);
    if (!measures) return;
    const chance = splitClaimChance(measures, model);
    chances.get(a)?.set(b, chance);
    chances.get(b)?.set(a, chance);
  };
  for (let i = 0; i < result.length; i++)
    for (let j = i + 1; j < result.length; j++) {
      const a = result[i];
      const b = result[j];
      if (a && b) measure(a, b);
    }
  for (;;) {
    let best: { a: T; b: T; chance: number } | null = null;
    // In the facts' order, the likeliest pair first: the outcome does not depend on map order.
    for (const a of result)
      for (const [b, chance] of chances.get(a) ?? [])
        if (chance >= MERGE_CHANCE && (!best || chance > best.chance)) best = { a, b, chance };
    if (!best) return result;
    const { a, b } = best;
    for (const member of b.members) if (!a.members.includes(member)) a.members.push(member);
    for (const source of b.sources) a.sources.add(source);
    result.splice(result.indexOf(b), 1);
    for (const other of chances.get(b)?.keys() ?? []) chances.get(other)?.delete(b);
    chances.delete(b);
    measurer.merged(a, b);
    for (const other of chances.get(a)?.keys() ?? []) chances.get(other)?.delete(a);
    chances.set(a, new Map());
    for (const other of result) if (other !== a) measure(a, other);
  }
}
