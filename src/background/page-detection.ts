/**
 * Detection for the content scripts, run here rather than in the page: a page's content script
 * starts cold every time (its code interpreted, its regexes and automaton compiled anew), while
 * this worker's code stays compiled across pages, and none of the work lands on the page's main
 * thread. The page text arrives by runtime messaging and never leaves the browser.
 * The parsed MatcherIndex is kept in memory until the background publishes a new one.
 */
import { detectPieces, type TextPiece } from '../core/detect-pieces';
import type { MatcherIndex } from '../core/matcher-index';
import type { PageResults } from '../core/page-results';
import { onMatcherIndexChanged, waitForMatcherIndex } from '../platform/matcher-store';

/** How long a request waits for the first index (a fresh install is still seeding). */
const INDEX_WAIT_MS = 15_000;

let index: Promise<MatcherIndex | null> | null = null;

function currentIndex(): Promise<MatcherIndex | null> {
  index ??= waitForMatcherIndex(AbortSignal.timeout(INDEX_WAIT_MS)).then((found) => {
    if (!found) index = null; // try again on the next request
    return found;
  });
  return index;
}

/** Drops the cached index whenever a new one is published (corpus added, updated or removed). */
export function forgetIndexWhenRepublished(): void {
  onMatcherIndexChanged(() => {
    index = null;
  });
}

export async function detectForPage(pieces: TextPiece[], url: string): Promise<PageResults | null> {
  const found = await currentIndex();
  if (!found) return null;
  const started = performance.now();
  const results = detectPieces(pieces, url, found);
  // The worker's share of a scan pass, for `npm run bench` (no text in it).
  performance.measure('parallax:worker-detect', { start: started, end: performance.now() });
  return results;
}
