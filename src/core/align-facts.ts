/**
 * Fact alignment: groups the passages of different sources that report the same claim.
 * Method: sparse average-linkage agglomerative clustering over cross-source passage pairs
 * (passage-similarity.ts). Two groups merge while their average pairwise similarity (missing
 * pairs count as 0) stays above a threshold and they hold no two passages of one source. Then a
 * passage may join a second fact when it is as close to all of that fact's passages (a sentence
 * can carry two claims). Cost: O(P²) similarities for P passages, merges over sparse edges.
 */
import {
  featureWeights,
  passageSimilarity,
  type FeatureWeights,
  type Similarity,
} from './passage-similarity';
import type { PassageFeatures } from './passage-features';

export interface AlignablePassage {
  source: string;
  features: PassageFeatures;
  /** Features of the passage's clauses: a long sentence can match another on one of its claims. */
  clauses: PassageFeatures[];
}

export interface AlignmentOptions {
  /** Least average similarity for two groups to merge. */
  mergeThreshold: number;
  /** Least similarity for a pair to be considered at all. */
  edgeThreshold: number;
  /** Least average similarity for a passage to join a second fact. */
  secondFactThreshold: number;
  /** How much a clause-to-clause match counts against a whole-sentence match. */
  clauseFactor: number;
}

export const DEFAULT_ALIGNMENT: AlignmentOptions = {
  mergeThreshold: 0.3,
  edgeThreshold: 0.1,
  secondFactThreshold: 0.5,
  clauseFactor: 0.9,
};

export interface AlignedGroup {
  /** Indices into the passages given to alignFacts, in order. */
  members: number[];
  /** Strongest shared features across the group's pairs, for "why". */
  shared: string[];
}

/** The better of the whole-sentence match and the best clause-to-clause match (discounted). */
function bestSimilarity(
  a: AlignablePassage,
  b: AlignablePassage,
  weights: FeatureWeights,
  clauseFactor: number,
): Similarity {
  let best = passageSimilarity(a.features, b.features, weights);
  if (a.clauses.length < 2 && b.clauses.length < 2) return best;
  for (const left of a.clauses) {
    for (const right of b.clauses) {
      const clause = passageSimilarity(left, right, weights);
      if (clause.score * clauseFactor > best.score)
        best = { score: clause.score * clauseFactor, shared: clause.shared };
    }
  }
  return best;
}

interface Cluster {
  members: number[];
  sources: Set<string>;
}

export function alignFacts(
  passages: AlignablePassage[],
  options: AlignmentOptions = DEFAULT_ALIGNMENT,
): AlignedGroup[] {
  const weights = featureWeights(passages.map((passage) => passage.features));
  const edges = new Map<number, Map<number, Similarity>>();
  for (let i = 0; i < passages.length; i++) edges.set(i, new Map());
  for (let i = 0; i < passages.length; i++) {
    const a = passages[i];
    if (!a) continue;
    for (let j = i + 1; j < passages.length; j++) {
      const b = passages[j];
      if (!b || a.source === b.source) continue;
      const similarity = bestSimilarity(a, b, weights, options.clauseFactor);
      if (similarity.score < options.edgeThreshold) continue;
      edges.get(i)?.set(j, similarity);
      edges.get(j)?.set(i, similarity);
    }
  }
  const score = (i: number, j: number): number => edges.get(i)?.get(j)?.score ?? 0;
  const clusters: Array<Cluster | null> = passages.map((passage, index) => ({
    members: [index],
    sources: new Set([passage.source]),
  }));
  const clusterOf = passages.map((_, index) => index);
  const linkage = (a: Cluster, b: Cluster): number => {
    let total = 0;
    for (const i of a.members) for (const j of b.members) total += score(i, j);
    return total / (a.members.length * b.members.length);
  };
  for (;;) {
    let best: { a: number; b: number; value: number } | null = null;
    for (const [i, neighbours] of edges) {
      const ci = clusterOf[i] ?? i;
      const a = clusters[ci];
      if (!a) continue;
      for (const j of neighbours.keys()) {
        const cj = clusterOf[j] ?? j;
        if (cj <= ci) continue;
        const b = clusters[cj];
        if (!b || [...b.sources].some((source) => a.sources.has(source))) continue;
        const value = linkage(a, b);
        if (value >= options.mergeThreshold && (!best || value > best.value)) best = { a: ci, b: cj, value };
      }
    }
    if (!best) break;
    const a = clusters[best.a];
    const b = clusters[best.b];
    if (!a || !b) break;
    a.members.push(...b.members);
    for (const source of b.sources) a.sources.add(source);
    for (const member of b.members) clusterOf[member] = best.a;
    clusters[best.b] = null;
  }
  const groups = clusters.filter((cluster): cluster is Cluster => cluster !== null);
  addSecondFacts(groups, passages, score, options.secondFactThreshold);
  return groups.map((cluster) => ({
    members: [...cluster.members].sort((x, y) => x - y),
    shared: strongestShared(cluster.members, edges),
  }));
}

/**
 * A passage also joins a multi-source fact it is close to as a whole: a second passage of a source
 * already in it (sources repeat a claim), or a passage whose sentence carries a second claim.
 * Closeness is the mean similarity to the fact's passages from the other sources.
 */
function addSecondFacts(
  groups: Cluster[],
  passages: AlignablePassage[],
  score: (i: number, j: number) => number,
  threshold: number,
): void {
  const additions: Array<[Cluster, number]> = [];
  for (const group of groups) {
    if (group.sources.size < 2) continue;
    passages.forEach((passage, index) => {
      if (group.members.includes(index)) return;
      const others = group.members.filter((member) => passages[member]?.source !== passage.source);
      if (others.length === 0) return;
      const mean = others.reduce((total, member) => total + score(index, member), 0) / others.length;
      if (mean >= threshold) additions.push([group, index]);
    });
  }
  for (const [group, index] of additions) {
    const source = passages[index]?.source;
    if (source === undefined) continue;
    group.members.push(index);
    group.sources.add(source);
  }
}

function strongestShared(members: number[], edges: Map<number, Map<number, Similarity>>): string[] {
  const counts = new Map<string, number>();
  for (const i of members) {
    for (const j of members) {
      if (j <= i) continue;
      for (const key of edges.get(i)?.get(j)?.shared.slice(0, 6) ?? [])
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}
