/**
 * Scan passes over the page: a full pass at start, then passes over added or changed text only.
 * Each pass extracts the text, detects in slices (chunked-detect.ts), adds highlight ranges,
 * records a `parallax:scan` User Timing measure and reports the merged results.
 */
import type { MatcherIndex } from '../core/matcher-index';
import {
  canonicalUrlOf,
  countWords,
  extractPageText,
  findContentRoot,
  type PageText,
} from '../core/page-text';
import { detectInRanges } from './chunked-detect';
import type { Highlighter } from './highlighter';
import { emptyResults, mergeResults, type PageResults } from './page-results';

export interface ScanSink {
  /** Called after every pass with everything found so far. */
  report: (results: PageResults, words: number) => void;
  /** Draws the highlights with the current settings. */
  redraw: () => void;
}

/** Line-bounded ranges of the page text that cover the segments of new or changed text nodes. */
function changedRanges(page: PageText, isNew: (node: Text) => boolean): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const segment of page.segments) {
    if (!isNew(segment.node)) continue;
    const start = page.text.lastIndexOf('\n', segment.start - 1) + 1;
    const lineEnd = page.text.indexOf('\n', segment.end);
    const end = lineEnd < 0 ? page.text.length : lineEnd;
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

export class PageScanner {
  private results: PageResults = emptyResults();
  private reported = false;
  private scanned = new WeakMap<Text, string>();
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly index: MatcherIndex,
    private readonly highlighter: Highlighter,
    private readonly sink: ScanSink,
    private readonly signal: AbortSignal,
  ) {}

  get current(): PageResults {
    return this.results;
  }

  /** Scans all text not scanned yet (everything, on the first call). Passes never overlap. */
  scan(): Promise<void> {
    this.running = this.running.then(() => this.pass()).catch(() => undefined);
    return this.running;
  }

  private async pass(): Promise<void> {
    if (this.signal.aborted) return;
    const started = performance.now();
    const page = extractPageText(this.doc, findContentRoot(this.doc));
    const extracted = performance.now();
    const ranges = changedRanges(page, (node) => this.scanned.get(node) !== node.data);
    for (const segment of page.segments) this.scanned.set(segment.node, segment.node.data);
    if (ranges.length === 0) {
      // Nothing to scan (an empty page): still say the page was scanned, once.
      if (!this.reported) this.sink.report(this.results, 0);
      this.reported = true;
      return;
    }
    const found = await detectInRanges(
      page.text,
      ranges,
      canonicalUrlOf(this.doc, this.doc.location?.href ?? ''),
      this.index,
      this.signal,
    );
    if (!found || this.signal.aborted) return;
    const detected = performance.now();
    this.results = mergeResults(this.results, found);
    this.highlighter.add(found, page.segments);
    this.sink.redraw();
    const ended = performance.now();
    // The pass, and its parts, for `npm run bench` (the page's own timeline; no text in them).
    performance.measure('parallax:scan', { start: started, end: ended });
    performance.measure('parallax:extract', { start: started, end: extracted });
    performance.measure('parallax:detect', { start: extracted, end: detected });
    performance.measure('parallax:highlight', { start: detected, end: ended });
    this.sink.report(this.results, countWords(page.text));
    this.reported = true;
  }
}
