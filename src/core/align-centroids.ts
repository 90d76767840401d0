/**
 * Second alignment pass: groups that report one claim but were split because each of their
 * sentences also says other things (a toll in one, a toll and a cause in another) are compared by
 * what most of their members share, their centroid, rather than pair by pair.
 * Method: a group's centroid keeps the feature keys present in at least half of its members (and
 * in two at least), with their mean weight; two groups of two or more passages, with no source in
 * common, merge while the weighted cosine of their centroids stays above a threshold. Single
 * passages are left to the pairwise pass: a centroid of one is just that sentence, noise included.
 * Cost: O(G² · keys) per merge for G multi-passage groups.
 */
import { featureKeys, type FeatureWeights } from './passage-similarity';
import { isRoleTerm } from './terms';
import type { PassageFeatures } from './passage-features';

export interface CentroidCluster {
  members: number[];
  sources: Set<string>;
}

export function centroid(
  members: number[],
  features: (index: number) => PassageFeatures | undefined,
  weights: FeatureWeights,
): Map<string, number> {
  const totals = new Map<string, { sum: number; count: number }>();
  for (const member of members) {
    const passage = features(member);
    if (!passage) continue;
    for (const [key, boost] of featureKeys(passage)) {
      const total = totals.get(key) ?? { sum: 0, count: 0 };
      total.sum += boost * weights.idf(key);
      total.count++;
      totals.set(key, total);
    }
  }
  const kept = new Map<string, number>();
  const least = Math.max(Math.min(2, members.length), Math.ceil(members.length / 2));
  for (const [key, { sum, count }] of totals) if (count >= least) kept.set(key, sum / count);
  return kept;
}

/** Weighted cosine of two centroids. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [key, w] of a) {
    normA += w * w;
    const other = b.get(key);
    if (other !== undefined) dot += w * other;
  }
  for (const w of b.values()) normB += w * w;
  return dot > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

export function mergeByCentroid(
  groups: CentroidCluster[],
  features: (index: number) => PassageFeatures | undefined,
  weights: FeatureWeights,
  threshold: number,
  mayMerge: (a: number[], b: number[]) => boolean = () => true,
): CentroidCluster[] {
  const result = [...groups];
  const centroids = new Map(result.map((group) => [group, centroid(group.members, features, weights)]));
  for (;;) {
    let best: { a: CentroidCluster; b: CentroidCluster; value: number } | null = null;
    for (let i = 0; i < result.length; i++) {
      const a = result[i];
      if (!a || a.members.length < 2) continue;
      for (let j = i + 1; j < result.length; j++) {
        const b = result[j];
        if (!b || b.members.length < 2) continue;
        if ([...b.sources].some((source) => a.sources.has(source)) || !mayMerge(a.members, b.members))
          continue;
        const value = cosine(centroids.get(a) ?? new Map(), centroids.get(b) ?? new Map());
        if (value >= threshold && (!best || value > best.value)) best = { a, b, value };
      }
    }
    if (!best) return result;
    best.a.members.push(...best.b.members);
    for (const source of best.b.sources) best.a.sources.add(source);
    result.splice(result.indexOf(best.b), 1);
    centroids.set(best.a, centroid(best.a.members, features, weights));
  }
}

/** A number or a content word (not a role word): what a claim says beyond who is in it. */
function isContentKey(key: string): boolean {
  return key.startsWith('n:') || (key.startsWith('t:') && !isRoleTerm(key.slice(2)));
}

/** Least share of a centroid's weight in content keys: below it a group is about who, not what. */
const CENTROID_CONTENT_SHARE = 0.2;
/** Fewest keys a centroid needs to say what a group is about. */
const CENTROID_KEYS = 3;

/**
 * How much of a group's centroid a passage covers: the share of the centroid's weight in keys the
 * passage has. 0 when the passage shares no content key with it, or when the centroid is too thin
 * or mostly actors ("delegation, Hamas, TASS" says who, not what).
 */
export function centroidCoverage(keys: Map<string, number>, center: Map<string, number>): number {
  if (center.size < CENTROID_KEYS) return 0;
  let total = 0;
  let content = 0;
  let covered = 0;
  let coversContent = false;
  for (const [key, w] of center) {
    total += w * w;
    if (isContentKey(key)) content += w * w;
    if (!keys.has(key)) continue;
    covered += w * w;
    if (isContentKey(key)) coversContent = true;
  }
  if (total === 0 || content / total < CENTROID_CONTENT_SHARE || !coversContent) return 0;
  return covered / total;
}
