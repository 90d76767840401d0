/**
 * Detection for the content scripts, run here rather than in the page: a page's content script
 * starts cold every time (its code interpreted, its regexes and automaton compiled anew), while
 * this worker's code stays compiled across pages, and none of the work lands on the page's main
 * thread. The page text arrives by runtime messaging and never leaves the browser.
 * The parsed MatcherIndex is kept in memory until the background publishes a new one.
 */
import { compiledFacts } from '../core/detect-compiled';
import { detectPieces } from '../core/detect-pieces';
import { PartsAssembly, type PageInfo, type TextPiece } from '../core/page-pieces';
import { compiledMatcher } from '../core/match-compiled';
import type { MatcherIndex } from '../core/matcher-index';
import type { PageResults } from '../core/page-results';
import type { Runtime } from '../platform/browser';
import { browser } from '../platform/browser';
import { onMatcherIndexChanged, waitForMatcherIndex } from '../platform/matcher-store';
import { DETECT_PORT, DetectRequestSchema, parseMessage, type DetectReply } from '../platform/messages';
import { isContentSender } from '../platform/messaging';
import { WAKE_PORT } from '../platform/port-names';
import { readSettings } from '../platform/settings';
import { activeOn } from '../platform/settings-values';

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
 * typical article takes ~90 ms on the very first run (regexes and automaton compiled, code
 * interpreted), 10–20 ms on the next runs, ~5 ms once warm. As soon as a page connects (the wake
 * script connects at document_start, while the page loads: content/wake.ts), the worker builds the index's
 * matcher and fact structures and then makes runs over a sample made from the index's own
 * fact labels and actor names, one per task, so the page's request, sent once the page is parsed
 * and idle, finds the code warm. A request that arrives meanwhile waits for one run at most.
 */
/**
 * Measured with `npm run bench` (typical article, five runs each, on a noisy 2-core machine): 12
 * runs left the worker's detection at 8–16 ms a page (mean 11.0), 40 runs at 4.6–7.6 ms (mean 6.1);
 * the scan pass 24–43 ms against 20–27 ms. Each run is a task of a few ms in the worker, none on
 * the page's thread.
 */
const WARM_UP_RUNS = 40;
/**
 * Fact labels in the warm-up sample: enough to take every path of the detection code, few enough
 * that one run is short, so a page's request that arrives meanwhile waits only a few ms.
 */
const WARM_UP_LABELS = 10;
let warmUpStarted = false;

function warmUpText(index: MatcherIndex): string {
  const names = index.actors.slice(0, 12).map((actor) => actor.name);
  const labels = index.facts.slice(0, WARM_UP_LABELS).map((fact) => fact.label);
  const lines = labels.map((label) => `${label}.`);
  // A long sentence of clauses with a quote and an attribution, as articles have: it takes the
  // clause pass and the quote and attribution paths, which short labels never reach (measured in
  // Node: the first article after the warm-up took ~9-20 ms instead of ~27-30).
  const [first = '', second = '', third = ''] = names;
  lines.push(
    `${first} said on Thursday, October 26, that "${labels[0] ?? ''}", while ${second} added that ${labels[1] ?? ''}, according to ${third}.`,
  );
  lines.push(`${names.join(', ')} said that more than 1,400 people met in 2023.`);
  return lines.join('\n');
}

function warmUpSoon(index: MatcherIndex, askedBy: string): void {
  if (warmUpStarted) return;
  warmUpStarted = true;
  // What started it, for the end-to-end test of the wake script (no page text in it).
  performance.mark('parallax:warm-up', { detail: askedBy });
  const sample = [{ start: 0, text: warmUpText(index) }];
  let left = WARM_UP_RUNS;
  const step = (): void => {
    if (left-- <= 0) return;
    detectPieces(sample, { url: '', published: null }, index);
    setTimeout(step, 0);
  };
  // The first task only builds the index structures: the longest step, kept apart from the runs.
  setTimeout(() => {
    compiledMatcher(index);
    compiledFacts(index);
    setTimeout(step, 0);
  }, 0);
}

/**
 * Warms the detection code for a page that has just connected (see WARM_UP_RUNS), unless
 * Parallax is off or paused on that page's site: then no scan will come.
 */
function warmUpForPage(port: Runtime.Port): void {
  if (warmUpStarted) return;
  const host = hostOf(port.sender?.url);
  void Promise.all([readSettings(), currentIndex()]).then(([settings, found]) => {
    if (!found || !activeOn(settings, host)) return;
    warmUpSoon(found, port.name);
  });
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

export async function detectForPage(pieces: TextPiece[], page: PageInfo): Promise<PageResults | null> {
  const found = await currentIndex();
  if (!found) return null;
  const started = performance.now();
  const results = detectPieces(pieces, page, found);
  // The worker's share of a scan pass, for `npm run bench` (no text in it).
  performance.measure('parallax:worker-detect', { start: started, end: performance.now() });
  warmUpSoon(found, 'detection request');
  return results;
}

/** Answers detection requests on the content scripts' ports (platform/detect-channel.ts). */
export function answerDetectionPorts(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (!port.sender || !isContentSender(port.sender)) return;
    if (port.name === WAKE_PORT) {
      warmUpForPage(port);
      port.disconnect();
      return;
    }
    if (port.name !== DETECT_PORT) return;
    warmUpForPage(port);
    // A long page's pieces, until its last part arrives.
    const arriving = new PartsAssembly();
    port.onMessage.addListener((message: unknown) => {
      const arrived = performance.now();
      const request = parseMessage(DetectRequestSchema, message);
      if (!request) return;
      const pieces = arriving.add(request.id, request.pieces, request.more === true);
      if (!pieces) return;
      void detectForPage(pieces, {
        url: request.url,
        published: request.published,
        toldBefore: request.toldBefore,
        namedBefore: request.namedBefore,
      })
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
