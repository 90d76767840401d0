/** One scan pass: extract text, detect, highlight, report; measured as `parallax:scan`. */
import { detectPage } from '../core/detect-page';
import type { MatcherIndex } from '../core/matcher-index';
import type { PageReport } from '../core/page-report';
import { countWords, extractPageText } from '../core/page-text';
import { setHighlight } from './highlights';
import { rangeForOffsets } from './ranges';

export interface ScanOptions {
  highlights: boolean;
}

export function scanPage(doc: Document, url: string, index: MatcherIndex, options: ScanOptions): PageReport {
  const started = performance.now();
  const page = extractPageText(doc);
  const detection = detectPage(page.text, url, index);
  if (options.highlights) {
    const ranges = detection.facts
      .flatMap((fact) => fact.evidence)
      .map((evidence) => rangeForOffsets(doc, page.segments, evidence.start, evidence.end))
      .filter((range): range is Range => range !== null);
    setHighlight(doc, 'parallax-fact', ranges);
  }
  performance.measure('parallax:scan', { start: started, end: performance.now() });
  return {
    url,
    title: doc.title,
    words: countWords(page.text),
    facts: detection.facts,
    actors: [],
    selfSource: detection.selfSource,
    corpusVersion: index.corpusVersion,
    scannedAt: Date.now(),
  };
}
