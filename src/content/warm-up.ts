/**
 * The scan code's first run on a page is its slowest, and the reader waits for it: measured with
 * `npm run bench` (typical article), the first `document.body` read in the extension's world cost
 * 1-3 ms (the DOM's wrappers are made then) and the first extraction 4-5 ms in all, against 0.5 ms
 * for a second one (code compiled, regexes built). This runs that code once over the start of the
 * page, after the page's idle moment and while the MatcherIndex is still being read (60-110 ms
 * measured), so the scan that follows runs warm; the prefilter's regex is compiled too, ~3 ms
 * cold. The work moves, it hardly grows (the text read here is read again by the scan): the bench
 * counts it in what a page with no match pays.
 */
import { compilePrefilter } from '../core/detect-prefilter';
import { pagePublishedDay } from '../core/page-date';
import { piecesOf } from '../core/page-pieces';
import { countWords, findContentRoot, pageTextReader } from '../core/page-text';
import { highlightsSupported } from './highlights';
import { rangeForOffsets } from './ranges';

/** How long the warm-up reads the page: a stretch takes every path of the reader. */
const READ_MS = 2;

/** `prefilter`: the published prefilter regex source, when it has arrived (it is read first). */
export function warmUpScanCode(doc: Document, prefilter: string | null): void {
  const started = performance.now();
  if (prefilter !== null) compilePrefilter(prefilter);
  const root = findContentRoot(doc);
  pagePublishedDay(doc, root);
  const reader = pageTextReader(doc, root);
  reader.readUntil(started + READ_MS, () => performance.now());
  const { text, segments } = reader.result();
  piecesOf(text, [[0, text.length]]);
  countWords(text);
  const range = rangeForOffsets(doc, segments, 0, Math.min(10, text.length));
  // A highlight made and dropped: never registered, so nothing is drawn.
  if (range && highlightsSupported()) new Highlight(range);
  // For `npm run bench`: the warm-up's cost, counted with the scan's (no text in it).
  performance.measure('parallax:warm-up', { start: started, end: performance.now() });
}
