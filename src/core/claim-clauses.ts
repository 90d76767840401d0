/**
 * The clauses of a sentence that can carry a claim of their own, for alignment (fact-builder.ts).
 */
import { attributionRanges } from './attribution';
import { splitClauses } from './sentences';
import type { Span } from './span';

/** Share of a clause that attribution phrases cover for it to be only the sentence's source. */
const ATTRIBUTION_CLAUSE_SHARE = 0.8;

/**
 * A sentence's clauses but a closing one that is only its attribution ("…, as reported by the
 * Russian news agency Ria."): alone, that clause does not read as one, and would match another
 * source's "Source: RIA Novosti, a Russian news outlet" by the agency's name. An opening clause
 * ("when Dagbladet Nord reported that …") still tells what happened, and stays.
 */
export function claimClauses(text: string, sentence: Span): Span[] {
  const clauses = splitClauses(text, sentence);
  const last = clauses[clauses.length - 1];
  if (!last || clauses.length < 2) return clauses;
  const covered = attributionRanges(sentence.text).reduce(
    (sum, [start, end]) =>
      sum +
      Math.max(0, Math.min(sentence.start + end, last.end) - Math.max(sentence.start + start, last.start)),
    0,
  );
  return covered >= ATTRIBUTION_CLAUSE_SHARE * (last.end - last.start) ? clauses.slice(0, -1) : clauses;
}
