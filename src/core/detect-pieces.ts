/**
 * Detection over pieces of a page's text (page-pieces.ts): the background runs detectPage on each
 * and merges the results with offsets into the whole page text. Pure; the pieces travel as plain
 * JSON in one message.
 * Cost: detectPage per piece; a piece of 8,000 chars takes a few ms once the code is warm.
 */
import { detectPage } from './detect-page';
import type { MatcherIndex } from './matcher-index';
import { emptyResults, mergeResults, shiftResults, type PageResults } from './page-results';
import type { PageInfo, TextPiece } from './page-pieces';

export function detectPieces(pieces: TextPiece[], page: PageInfo, index: MatcherIndex): PageResults {
  let results = emptyResults();
  for (const piece of pieces) {
    const detection = detectPage(piece.text, page.url, index, page.published);
    results = mergeResults(results, shiftResults(detection, piece.start));
  }
  return results;
}
