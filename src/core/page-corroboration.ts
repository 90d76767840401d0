/**
 * Which of the facts matched on a page's sentences the page tells, judged over the whole page
 * rather than sentence by sentence: a page that reports an event tells several of its claims, or
 * one clearly, while a page about another event the same people were in (a UN draft's
 * "ceasefire", Peskov on Putin's "plans" for a phone call) brings one claim's words once.
 * Pure; the CLI judges the whole text at once, the extension each scan pass's pieces together,
 * with the facts the page told in earlier passes.
 */
import type { DetectedFact } from './page-report';

/**
 * A fact the page tells alone needs this score (a sentence's match, 0–1), unless a sentence dates
 * it to its own day. Measured on the fixture pages (stop 28): the event pages tell three facts or
 * more but for short wire items, which told their one claim at 0.46–0.55 with its day ("jeudi");
 * seven near misses dated on or around the event's days told one fact each, at 0.35–0.80, none
 * with the claim's day. A wrong fact costs more than a missed one.
 */
export const LONE_FACT_SCORE = 0.85;

export interface PageContext {
  /** Facts a sentence told with a day the claim is dated to ("on Thursday", "jeudi"). */
  dated?: ReadonlySet<string>;
  /** Facts the page told in earlier scan passes (they passed these rules then). */
  toldBefore?: number;
}

export function corroboratedFacts(
  facts: DetectedFact[],
  selfSource: string | null,
  { dated = new Set(), toldBefore = 0 }: PageContext = {},
): DetectedFact[] {
  // Names and words of a claim only one source made are read as that claim only on a page that
  // also tells a claim several sources made (or on that source's own page).
  const multiSource = toldBefore > 0 || facts.some((fact) => fact.reportedBy.length > 1);
  const told = facts.filter(
    (fact) => fact.reportedBy.length > 1 || multiSource || fact.reportedBy[0] === selfSource,
  );
  const [lone] = told;
  // A short item that tells one claim with its day ("Israël a exigé jeudi …") tells it clearly.
  const clear = lone !== undefined && (lone.score >= LONE_FACT_SCORE || dated.has(lone.id));
  if (toldBefore === 0 && told.length === 1 && !clear) return [];
  return told;
}
