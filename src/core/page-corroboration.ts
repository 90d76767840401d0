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
 * A fact the page tells alone needs this score (a sentence's match, 0–1). Measured on the fixture
 * pages (stop 28): every one of the 212 event pages tells three facts or more, while seven near
 * misses dated on or around the event's days told one fact each, at 0.35–0.80. A wrong fact costs
 * more than a missed one, and a page that reports the event rarely tells only one of its claims.
 */
export const LONE_FACT_SCORE = 0.85;

export function corroboratedFacts(
  facts: DetectedFact[],
  selfSource: string | null,
  /** Facts the page told in earlier scan passes (they passed these rules then). */
  toldBefore = 0,
): DetectedFact[] {
  // Names and words of a claim only one source made are read as that claim only on a page that
  // also tells a claim several sources made (or on that source's own page).
  const multiSource = toldBefore > 0 || facts.some((fact) => fact.reportedBy.length > 1);
  const told = facts.filter(
    (fact) => fact.reportedBy.length > 1 || multiSource || fact.reportedBy[0] === selfSource,
  );
  const [lone] = told;
  if (toldBefore === 0 && told.length === 1 && lone && lone.score < LONE_FACT_SCORE) return [];
  return told;
}
