/**
 * How likely two passages (from different sources) report the same claim.
 * Method: a weighted cosine over the passages' features, each weighted by its inverse document
 * frequency over all passages of the corpus (so "Hamas" or "Moscow", present everywhere, count
 * little and "1400" or "expel" count much). Actors weigh more than words; numbers more still.
 * Cost: O(features) per pair.
 */
import { withinShare } from './numbers';
import type { PassageFeatures } from './passage-features';
import { isForeignReadable } from './foreign-terms';
import { isRoleTerm } from './terms';

export interface FeatureWeights {
  idf: (key: string) => number;
  /** How many passages have the key. */
  df: (key: string) => number;
}

/**
 * Feature weights (times idf), tuned on the seeds' gold alignment: an actor the claim is about
 * and a number weigh more than a word; a role word ("deputy", "agency") much less; a date little.
 */
export const WEIGHTS = {
  actor: 1.3,
  attributed: 1.0,
  number: 1.6,
  date: 0.6,
  quote: 1.2,
  role: 0.5,
  phrase: 0.5,
};
/**
 * A tally ("7:2") or a clock time's hour ("4h") among the terms (numbers.ts): it weighs as a
 * number. Measured for the hour: as a date (0.6) it changed no corpus; as a number the plant fire
 * rose from 0.825 to 0.834 and the data breach from 0.658 to 0.661.
 */
const NUMERIC_TERM = /^\d+(?::\d+|h)$/;
/** Share of its weight an unmatched number keeps when the other passage gives a number too. */
export const UNMATCHED_NUMBER = 0.5;

/** The passage's feature keys ("t:expel", "a:actor:x", "n:1400", "d:2023-10-26") with their weights. */
export function featureKeys(features: PassageFeatures): Map<string, number> {
  const keys = new Map<string, number>();
  for (const term of features.terms) {
    keys.set(
      `t:${term}`,
      isRoleTerm(term)
        ? WEIGHTS.role
        : NUMERIC_TERM.test(term)
          ? WEIGHTS.number
          : features.quoteTerms.has(term)
            ? WEIGHTS.quote
            : 1,
    );
  }
  for (const actor of features.attributedTo) keys.set(`a:${actor}`, WEIGHTS.attributed);
  for (const actor of features.actors) keys.set(`a:${actor}`, WEIGHTS.actor);
  for (const number of features.numbers) if (number >= 10) keys.set(`n:${number}`, WEIGHTS.number);
  for (const date of features.dates) keys.set(`d:${date}`, WEIGHTS.date);
  return keys;
}

/** Document frequencies of every feature key over `all`; idf = ln((N + 1) / (df + 0.5)). */
export function featureWeights(all: PassageFeatures[]): FeatureWeights {
  const df = new Map<string, number>();
  for (const features of all) {
    for (const key of featureKeys(features).keys()) df.set(key, (df.get(key) ?? 0) + 1);
    for (const pair of features.bigrams ?? []) df.set(`b:${pair}`, (df.get(`b:${pair}`) ?? 0) + 1);
  }
  const n = all.length;
  return { idf: (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 0.5)), df: (key) => df.get(key) ?? 0 };
}

/** True when every shared key is an actor one of the passages cites as its source. */
export function sharesOnlyCited(shared: string[], passages: PassageFeatures[]): boolean {
  return shared.every(
    (key) => key.startsWith('a:') && passages.some((features) => features.attributedTo.has(key.slice(2))),
  );
}

export interface Similarity {
  score: number;
  /** The shared features that carried the score, strongest first ("a:actor:x", "n:1400", "t:expel"). */
  shared: string[];
}

/** How far apart two counts may be and still read as one count told two ways (298 / "nearly 300"). */
const NEAR_NUMBER = 0.05;

/** Counts of `a` with no equal in `b` but a near one there (each mapped to the nearest). */
function nearNumbers(a: Set<number>, b: Set<number>): Map<number, number> {
  const found = new Map<number, number>();
  for (const x of a) {
    if (x < 10 || b.has(x)) continue;
    let best: number | null = null;
    for (const y of b) {
      if (y < 10 || a.has(y)) continue;
      if (withinShare(x, y, NEAR_NUMBER) && (best === null || Math.abs(x - y) < Math.abs(x - best))) best = y;
    }
    if (best !== null) found.set(x, best);
  }
  return found;
}

export function passageSimilarity(
  a: PassageFeatures,
  b: PassageFeatures,
  weights: FeatureWeights,
): Similarity {
  const left = featureKeys(a);
  const right = featureKeys(b);
  // Both give a number and they differ (14 ships, 15 ships): that is the same kind of claim with a
  // discrepancy to show, so an unmatched number weighs less against the match than other words.
  const bothCount = a.numbers.size > 0 && b.numbers.size > 0;
  const near = bothCount ? nearNumbers(a.numbers, b.numbers) : new Map<number, number>();
  // Either side of a near pair is matched, not unmatched.
  const nearKeys = new Set([...near].flatMap(([mine, theirs]) => [`n:${mine}`, `n:${theirs}`]));
  const unmatched = (key: string, other: Map<string, number>): number =>
    bothCount && key.startsWith('n:') && !other.has(key) && !nearKeys.has(key) ? UNMATCHED_NUMBER : 1;
  // Across languages, an English passage's words that no sentence in another language can say
  // (foreign-terms.ts reads only news words) do not count against the match.
  const across = Boolean(a.otherLanguage) !== Boolean(b.otherLanguage);
  const counts = (key: string): boolean =>
    !across || !key.startsWith('t:') || isForeignReadable(key.slice(2));
  let dot = 0;
  let normLeft = 0;
  let normRight = 0;
  const shared: Array<[string, number]> = [];
  for (const [key, boost] of left) {
    const w = boost * weights.idf(key);
    if (counts(key)) normLeft += (w * unmatched(key, right)) ** 2;
    if (right.has(key)) {
      dot += w * w;
      shared.push([key, w]);
    }
  }
  for (const [key, boost] of right) {
    const w = boost * weights.idf(key);
    if (counts(key)) normRight += (w * unmatched(key, left)) ** 2;
  }
  // Nearly the same count ("nearly 300" / "298 people"): shared at the lesser of the two weights.
  for (const [mine, theirs] of near) {
    const w = Math.min(
      (left.get(`n:${mine}`) ?? 0) * weights.idf(`n:${mine}`),
      (right.get(`n:${theirs}`) ?? 0) * weights.idf(`n:${theirs}`),
    );
    if (w <= 0) continue;
    dot += w * w;
    shared.push([`n:${mine}~${theirs}`, w]);
  }
  // Shared phrasing: adjacent words two passages both use count as one more shared feature;
  // phrasing only one passage has does not count against the match (every sentence has its own).
  for (const pair of a.bigrams ?? []) {
    if (!b.bigrams?.has(pair)) continue;
    const w = WEIGHTS.phrase * weights.idf(`b:${pair}`);
    dot += w * w;
    normLeft += w * w;
    normRight += w * w;
    shared.push([`b:${pair}`, w]);
  }
  if (dot === 0) return { score: 0, shared: [] };
  shared.sort((x, y) => y[1] - x[1]);
  const keys = shared.map(([key]) => key);
  // Whom both cite (TASS, RIA Novosti) is framing: two passages that share nothing else say
  // nothing alike ("as reported by Ria" in a statement of praise and in a report of a visit).
  if (sharesOnlyCited(keys, [a, b])) return { score: 0, shared: [] };
  return { score: dot / Math.sqrt(normLeft * normRight), shared: keys };
}
