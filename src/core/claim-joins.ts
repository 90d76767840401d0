/**
 * Last alignment pass, for corpora of many outlets: a sentence also joins a fact whose claim it
 * tells. The pairwise pass keeps one passage per source in a fact, and a passage joins a second
 * fact only when it is close to all of it (align-facts.ts); yet an outlet often tells a claim
 * twice (the claim, then a quote that restates it, or its denial), and a lede tells three claims
 * at once, far from each claim's own sentences. A small logistic model (claim-join-model.ts,
 * learned from the hand-made gold alignments of the invented corpora by
 * scripts/train-claim-joins.ts) gives the chance that a passage tells a fact's claim, from how
 * close it is to the fact's passages from other sources, whether its own source is in the fact
 * already and next to it, how much of the fact's centroid it covers, and how close it is to the
 * facts it is in.
 * Method: each fact of two sources or more is measured against every passage the first pass
 * linked to one of its members; all passages above an even chance join, measured on the facts
 * as they stood before any joined (so the order of facts does not matter).
 * Cost: O(E · F̄ · M̄) for E first-pass links, F̄ facts per passage and M̄ members per fact.
 */
import { centroid, centroidCoverage } from './align-centroids';
import { logisticChance, type LogisticModel } from './logistic-model';
import type { PassageFeatures } from './passage-features';
import { featureKeys, type FeatureWeights } from './passage-similarity';
import { CLAIM_JOIN_MODEL } from './claim-join-model';
import { sourceOrder } from './split-claims';

/** The measures the model weighs, in its order (claim-join-model.ts names them the same). */
export const CLAIM_JOIN_MEASURES = [
  'meanSimilarity',
  'bestSimilarity',
  'linkedShare',
  'sourceInFact',
  'nextToOwnPassage',
  'centroidCoverage',
  'closenessElsewhere',
  'factSources',
] as const;

export interface ClaimJoinPassage {
  source: string;
  features: PassageFeatures;
}

export interface ClaimJoinGroup {
  members: number[];
  sources: Set<string>;
}

/** What the measures need of a corpus's passages. */
export interface ClaimJoinContext {
  passages: ClaimJoinPassage[];
  weights: FeatureWeights;
  /** The first pass's score of a pair (0 for a pair it did not keep). */
  similarity: (i: number, j: number) => number;
  /** The passages the first pass linked to a passage. */
  linked: (i: number) => Iterable<number>;
}

/** Least chance for a passage to join a fact: more likely it tells the claim than not. */
const JOIN_CHANCE = 0.5;

/** A passage's first-pass scores against a fact's passages from other sources. */
function closeness(index: number, members: number[], context: ClaimJoinContext): number[] {
  const source = context.passages[index]?.source;
  return members
    .filter((member) => context.passages[member]?.source !== source)
    .map((member) => context.similarity(index, member));
}

const mean = (values: number[]): number =>
  values.length ? values.reduce((total, value) => total + value, 0) / values.length : 0;

/**
 * Every (fact, passage) pair the pass weighs, with its measures in CLAIM_JOIN_MEASURES order:
 * facts of two sources or more, passages outside them that the first pass linked to a member.
 */
export function claimJoinCandidates(
  groups: ClaimJoinGroup[],
  context: ClaimJoinContext,
): Array<{ group: number; passage: number; measures: number[] }> {
  const { passages } = context;
  const { rank } = sourceOrder(passages);
  const homes = passages.map((): number[] => []);
  groups.forEach((group, at) => group.members.forEach((member) => homes[member]?.push(at)));
  const centers = new Map<number, Map<string, number>>();
  const centerOf = (at: number, group: ClaimJoinGroup): Map<string, number> => {
    let center = centers.get(at);
    if (!center) {
      center = centroid(group.members, (index) => passages[index]?.features, context.weights);
      centers.set(at, center);
    }
    return center;
  };
  const candidates: Array<{ group: number; passage: number; measures: number[] }> = [];
  passages.forEach((passage, index) => {
    const near = new Set<number>();
    for (const other of context.linked(index)) for (const at of homes[other] ?? []) near.add(at);
    if (near.size === 0) return;
    // Closest to a fact it is already in: a sentence that clearly tells one claim seldom tells another.
    const elsewhere = Math.max(
      0,
      ...(homes[index] ?? []).map((at) => mean(closeness(index, groups[at]?.members ?? [], context))),
    );
    const keys = featureKeys(passage.features);
    for (const at of [...near].sort((x, y) => x - y)) {
      const group = groups[at];
      if (!group || group.sources.size < 2 || group.members.includes(index)) continue;
      const scores = closeness(index, group.members, context);
      if (scores.length === 0) continue;
      const own = group.members.filter((member) => passages[member]?.source === passage.source);
      candidates.push({
        group: at,
        passage: index,
        measures: [
          mean(scores),
          Math.max(...scores),
          scores.filter((score) => score > 0).length / scores.length,
          own.length > 0 ? 1 : 0,
          own.some((member) => Math.abs((rank[member] ?? 0) - (rank[index] ?? 0)) === 1) ? 1 : 0,
          centroidCoverage(keys, centerOf(at, group)),
          elsewhere,
          Math.log(group.sources.size),
        ],
      });
    }
  });
  return candidates;
}

/** The model's chance that a passage with these measures tells the fact's claim. */
export function claimJoinChance(measures: number[], model: LogisticModel = CLAIM_JOIN_MODEL): number {
  return logisticChance(CLAIM_JOIN_MEASURES, measures, model);
}

/** Adds to each fact the passages the model takes to tell its claim; returns the same facts. */
export function joinClaims<T extends ClaimJoinGroup>(
  groups: T[],
  context: ClaimJoinContext,
  model: LogisticModel = CLAIM_JOIN_MODEL,
): T[] {
  const joins = claimJoinCandidates(groups, context).filter(
    (candidate) => claimJoinChance(candidate.measures, model) >= JOIN_CHANCE,
  );
  for (const { group, passage } of joins) {
    const fact = groups[group];
    const source = context.passages[passage]?.source;
    if (!fact || source === undefined) continue;
    fact.members.push(passage);
    fact.sources.add(source);
  }
  return groups;
}
