/**
 * Detection over pieces of a page's text (page-pieces.ts): the background matches each piece and
 * merges the results with offsets into the whole page text, then applies the page-level rules.
 * Pure; the pieces travel as plain JSON in one message.
 * Cost: one match per piece; a piece of 8,000 chars takes a few ms once the code is warm.
 */
import { detectCandidates, judgedFacts } from './detect-page';
import type { MatcherIndex } from './matcher-index';
import { emptyResults, mergeResults, shiftResults, type PageResults } from './page-results';
import type { PageInfo, TextPiece } from './page-pieces';

export function detectPieces(pieces: TextPiece[], page: PageInfo, index: MatcherIndex): PageResults {
  let results = emptyResults();
  const dated = new Set<string>();
  for (const piece of pieces) {
    const { dated: datedHere, ...detection } = detectCandidates(piece.text, page.url, index, page.published);
    results = mergeResults(results, shiftResults(detection, piece.start));
    for (const id of datedHere) dated.add(id);
  }
  // The page is judged as a whole, with what it told in earlier passes, as the CLI judges it.
  const facts = judgedFacts({ ...results, dated: [...dated] }, index, page.published, page);
  return { ...results, facts };
}
