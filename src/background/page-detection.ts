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
import type { Runtime } from '../platform/browser';
import { browser } from '../platform/browser';
import { onMatcherIndexChanged, waitForMatcherIndex } from '../platform/matcher-store';
import { DETECT_PORT, DetectRequestSchema, parseMessage, type DetectReply } from '../platform/messages';
import { isContentSender } from '../platform/messaging';

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

/**
 * V8 compiles the detection code fully only after it has run a few times: measured in Node, a
 * typical article takes ~37 ms on the first run, 8–20 ms on runs 2–6, ~4 ms from then on. After
 * the first page of a worker's life, a few runs over a sample made from the index's own fact
 * labels and actor names (one per task, off any page) get the next pages the fast path.
 */
const WARM_UP_RUNS = 12;
/**
 * Fact labels in the warm-up sample: enough to take every path of the detection code, few enough
 * that one run is short, so a page's request that arrives meanwhile waits only a few ms.
 */
const WARM_UP_LABELS = 10;
let warmUpStarted = false;

function warmUpText(index: MatcherIndex): string {
  const names = index.actors.slice(0, 12).map((actor) => actor.name);
  const lines = index.facts.slice(0, WARM_UP_LABELS).map((fact) => `${fact.label}.`);
  lines.push(`${names.join(', ')} said on Thursday, October 26, that 1,400 people met in 2023.`);
  return lines.join('\n');
}

function warmUpSoon(index: MatcherIndex): void {
  if (warmUpStarted) return;
  warmUpStarted = true;
  const sample = [{ start: 0, text: warmUpText(index) }];
  let left = WARM_UP_RUNS;
  const step = (): void => {
    if (left-- <= 0) return;
    detectPieces(sample, '', index);
    setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

export async function detectForPage(pieces: TextPiece[], url: string): Promise<PageResults | null> {
  const found = await currentIndex();
  if (!found) return null;
  const started = performance.now();
  const results = detectPieces(pieces, url, found);
  // The worker's share of a scan pass, for `npm run bench` (no text in it).
  performance.measure('parallax:worker-detect', { start: started, end: performance.now() });
  warmUpSoon(found);
  return results;
}

/** Answers detection requests on the content scripts' ports (platform/detect-channel.ts). */
export function answerDetectionPorts(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== DETECT_PORT || !port.sender || !isContentSender(port.sender)) return;
    port.onMessage.addListener((message: unknown) => {
      const arrived = performance.now();
      const request = parseMessage(DetectRequestSchema, message);
      if (!request) return;
      void detectForPage(request.pieces, request.url)
        .catch(() => null)
        .then((results) => {
          const reply: DetectReply = { id: request.id, results };
          try {
            port.postMessage(reply);
            // From the request's arrival to the answer, for `npm run bench`.
            performance.measure('parallax:worker-request', { start: arrived, end: performance.now() });
          } catch {
            // The page went away meanwhile.
          }
        });
    });
  });
}
