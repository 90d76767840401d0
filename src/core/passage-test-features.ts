/** A passage's features made by hand, for the alignment's tests (align-facts, split-claims, claim-joins). */
import type { PassageFeatures } from './passage-features';

export function testFeatures(
  terms: string[],
  actors: string[] = [],
  numbers: number[] = [],
): PassageFeatures {
  return {
    actors: new Set(actors),
    attributedTo: new Set(),
    numbers: new Set(numbers),
    dates: new Set(),
    terms: new Set(terms),
    quoteTerms: new Set(),
  };
}
