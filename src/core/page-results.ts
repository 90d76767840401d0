/**
 * The content script's findings for the page so far, merged across scan passes: a fact or actor
 * found again in added text gains evidence, it is not listed twice. Offsets are into the page text
 * of the pass that found them, so each pass keeps its own Ranges (see highlighter.ts).
 */
import type { DetectedActor, DetectedFact } from './page-report';

export interface PageResults {
  facts: DetectedFact[];
  actors: DetectedActor[];
  selfSource: string | null;
}

export const emptyResults = (): PageResults => ({ facts: [], actors: [], selfSource: null });

function mergeById<T extends { id: string }>(into: T[], more: T[], combine: (a: T, b: T) => T): T[] {
  const byId = new Map(into.map((item) => [item.id, item]));
  for (const item of more) {
    const existing = byId.get(item.id);
    byId.set(item.id, existing ? combine(existing, item) : item);
  }
  return [...byId.values()];
}

export function mergeResults(previous: PageResults, next: PageResults): PageResults {
  return {
    facts: mergeById(previous.facts, next.facts, (a, b) => ({
      ...a,
      score: Math.max(a.score, b.score),
      evidence: [...a.evidence, ...b.evidence],
      why: [...new Set([...a.why, ...b.why])],
    })),
    actors: mergeById(previous.actors, next.actors, (a, b) => ({
      ...a,
      mentions: [...a.mentions, ...b.mentions],
    })),
    selfSource: previous.selfSource ?? next.selfSource,
  };
}

/** Shifts every offset of `results` by `delta` (results of a slice of the page text). */
export function shiftResults(results: PageResults, delta: number): PageResults {
  const shift = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + delta,
    end: span.end + delta,
  });
  return {
    facts: results.facts.map((fact) => ({ ...fact, evidence: fact.evidence.map(shift) })),
    actors: results.actors.map((actor) => ({ ...actor, mentions: actor.mentions.map(shift) })),
    selfSource: results.selfSource,
  };
}
