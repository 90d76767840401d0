/**
 * Scan passes over the page: a full pass at start, then passes over added or changed text only.
 * Each pass extracts the text, has it matched (by the background, see background/page-detection.ts;
 * a page that cannot name the corpus is settled here by one regex pass, with no message), adds
 * highlight ranges, records a `parallax:scan` User Timing measure and reports the merged results.
 */
import { mayMentionCorpus } from '../core/detect-prefilter';
import { pagePublishedDay } from '../core/page-date';
import { piecesOf, type PageInfo, type TextPiece } from '../core/page-pieces';
import { addressOnlyDetection } from '../core/source-address';
import type { MatcherIndex } from '../core/matcher-index';
import {
  canonicalUrlOf,
  countWords,
  findContentRoot,
  pageTextReader,
  type PageText,
} from '../core/page-text';
import type { Highlighter } from './highlighter';
import { WorkSlicer } from './work-slicer';
import { emptyResults, mergeResults, type PageResults } from '../core/page-results';

/**
 * Matches pieces of the page text against the corpus; null when it cannot (no index yet, extension
 * gone). A long page's text is sent in parts, with `pause` between them (see WorkSlicer).
 */
export type Detect = (
  pieces: TextPiece[],
  page: PageInfo,
  pause: () => Promise<boolean>,
) => Promise<PageResults | null>;

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
    // Consecutive lines make one range: a fact's context and the page's fingerprint span blocks.
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
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
    private readonly detect: Detect,
    private readonly sink: ScanSink,
    private readonly signal: AbortSignal,
  ) {}

  /** Most pages name no corpus actor: they cost one regex pass here and wake nothing else. */
  private async find(pieces: TextPiece[], page: PageInfo, slicer: WorkSlicer): Promise<PageResults | null> {
    slicer.restart();
    for (const piece of pieces) {
      if (!(await slicer.pause())) return null;
      if (mayMentionCorpus(piece.text, this.index)) return this.detect(pieces, page, () => slicer.pause());
    }
    return addressOnlyDetection(page.url, this.index);
  }

  /**
   * The page's text, read a stretch at a time with the page running in between, and the day the
   * page says it was published.
   */
  private async readPage(slicer: WorkSlicer): Promise<{ text: PageText; published: string | null } | null> {
    // Finding the article's element counts against the first stretch.
    const root = findContentRoot(this.doc);
    const published = pagePublishedDay(this.doc, root);
    const reader = pageTextReader(this.doc, root);
    const now = (): number => performance.now();
    while (!reader.readUntil(slicer.deadline, now)) {
      if (!(await slicer.next())) return null;
    }
    return { text: reader.result(), published };
  }

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
    const slicer = new WorkSlicer(this.signal);
    const read = await this.readPage(slicer);
    if (!read) return;
    const page = read.text;
    const extracted = performance.now();
    if (!(await slicer.pause())) return;
    const ranges = changedRanges(page, (node) => this.scanned.get(node) !== node.data);
    // The text as read: a node changed while the page was read in stretches gets scanned again.
    for (const segment of page.segments)
      this.scanned.set(segment.node, page.text.slice(segment.start, segment.end));
    if (ranges.length === 0) {
      // Nothing to scan (an empty page): still say the page was scanned, once.
      if (!this.reported) this.sink.report(this.results, 0);
      this.reported = true;
      return;
    }
    const found = await this.find(
      piecesOf(page.text, ranges),
      {
        url: canonicalUrlOf(this.doc, this.doc.location?.href ?? ''),
        published: read.published,
        toldBefore: this.results.facts.length,
        namedBefore: this.results.actors.map((actor) => actor.id),
      },
      slicer,
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
