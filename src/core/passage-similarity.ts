/**
 * How likely two passages (from different sources) report the same claim.
 * Method: a weighted cosine over the passages' features, each weighted by its inverse document
 * frequency over all passages of the corpus (so "Hamas" or "Moscow", present everywhere, count
 * little and "1400" or "expel" count much). Actors weigh more than words; numbers more still.
 * Cost: O(features) per pair.
 */
import type { PassageFeatures } from './passage-features';
import { isRoleTerm } from './terms';

export interface FeatureWeights {
  idf: (key: string) => number;
}

const ACTOR_BOOST = 1.3;
const NUMBER_BOOST = 1.6;
const DATE_BOOST = 0.6;
const QUOTE_BOOST = 1.2;
const ROLE_WEIGHT = 0.25;
const ATTRIBUTED_WEIGHT = 0.6;
/** Share of the overlap coefficient in the score: a short passage fully inside a long one matches. */
export const SIMILARITY_MIX = { overlap: 0 };

function keysOf(features: PassageFeatures): Map<string, number> {
  const keys = new Map<string, number>();
  for (const term of features.terms) {
    keys.set(`t:${term}`, isRoleTerm(term) ? ROLE_WEIGHT : features.quoteTerms.has(term) ? QUOTE_BOOST : 1);
  }
  for (const actor of features.attributedTo) keys.set(`a:${actor}`, ATTRIBUTED_WEIGHT);
  for (const actor of features.actors) keys.set(`a:${actor}`, ACTOR_BOOST);
  for (const number of features.numbers) if (number >= 10) keys.set(`n:${number}`, NUMBER_BOOST);
  for (const date of features.dates) keys.set(`d:${date}`, DATE_BOOST);
  return keys;
}

/** Document frequencies of every feature key over `all`; idf = ln((N + 1) / (df + 0.5)). */
export function featureWeights(all: PassageFeatures[]): FeatureWeights {
  const df = new Map<string, number>();
  for (const features of all) for (const key of keysOf(features).keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = all.length;
  return { idf: (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 0.5)) };
}

export interface Similarity {
  score: number;
  /** The shared features that carried the score, strongest first ("a:actor:x", "n:1400", "t:expel"). */
  shared: string[];
}

export function passageSimilarity(
  a: PassageFeatures,
  b: PassageFeatures,
  weights: FeatureWeights,
): Similarity {
  const left = keysOf(a);
  const right = keysOf(b);
  let dot = 0;
  let normLeft = 0;
  let normRight = 0;
  const shared: Array<[string, number]> = [];
  for (const [key, boost] of left) {
    const w = boost * weights.idf(key);
    normLeft += w * w;
    if (right.has(key)) {
      dot += w * w;
      shared.push([key, w]);
    }
  }
  for (const [key, boost] of right) {
    const w = boost * weights.idf(key);
    normRight += w * w;
  }
  if (dot === 0) return { score: 0, shared: [] };
  shared.sort((x, y) => y[1] - x[1]);
  const cosine = dot / Math.sqrt(normLeft * normRight);
  const overlap = dot / Math.min(normLeft, normRight);
  return {
    score: SIMILARITY_MIX.overlap * overlap + (1 - SIMILARITY_MIX.overlap) * cosine,
    shared: shared.map(([key]) => key),
  };
}
