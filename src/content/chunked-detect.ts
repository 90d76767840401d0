/**
 * Runs detection over (parts of) the page text in slices of at most ~8 ms, yielding to the page
 * between slices so a 100,000-word page never blocks it. Slices end at line breaks (block
 * boundaries), so no sentence is cut. Stops quietly when the signal aborts.
 */
import { detectPage } from '../core/detect-page';
import type { MatcherIndex } from '../core/matcher-index';
import { emptyResults, mergeResults, shiftResults, type PageResults } from './page-results';

const SLICE_CHARS = 8_000;
const SLICE_BUDGET_MS = 8;

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Splits [start, end) of `text` into slices of about SLICE_CHARS ending at line breaks. */
export function sliceRanges(text: string, start: number, end: number): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  let from = start;
  while (from < end) {
    let to = Math.min(end, from + SLICE_CHARS);
    if (to < end) {
      const lineBreak = text.lastIndexOf('\n', to);
      if (lineBreak > from) to = lineBreak + 1;
    }
    slices.push([from, to]);
    from = to;
  }
  return slices;
}

export async function detectInRanges(
  text: string,
  ranges: Array<[number, number]>,
  url: string,
  index: MatcherIndex,
  signal: AbortSignal,
): Promise<PageResults | null> {
  let results = emptyResults();
  let sliceStarted = performance.now();
  for (const [start, end] of ranges.flatMap(([from, to]) => sliceRanges(text, from, to))) {
    if (performance.now() - sliceStarted > SLICE_BUDGET_MS) {
      await yieldToPage();
      if (signal.aborted) return null;
      sliceStarted = performance.now();
    }
    const found: Partial<PageResults> = detectPage(text.slice(start, end), url, index);
    const slice = {
      facts: found.facts ?? [],
      actors: found.actors ?? [],
      selfSource: found.selfSource ?? null,
    };
    results = mergeResults(results, shiftResults(slice, start));
  }
  return results;
}
