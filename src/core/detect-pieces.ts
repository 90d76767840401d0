/**
 * Detection over pieces of a page's text (page-pieces.ts): the background matches each piece and
 * merges the results with offsets into the whole page text, then applies the page-level rules.
 * Pure; the pieces travel as plain JSON in one message.
 * Cost: one match per piece; a piece of 8,000 chars takes a few ms once the code is warm.
 */
import { compiledFacts } from './detect-compiled';
import { publishedOutsideEvent } from './detect-time';
import { detectCandidates } from './detect-page';
import { corroboratedFacts } from './page-corroboration';
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
  const compiled = compiledFacts(index);
  const facts = corroboratedFacts(results.facts, results.selfSource, {
    dated,
    toldBefore: page.toldBefore,
    mainClaims: compiled.mainClaims,
    named: new Set([...(page.namedBefore ?? []), ...results.actors.map((actor) => actor.id)]),
    publishedApart: publishedOutsideEvent(page.published, compiled.eventDays, index.eventYears),
  });
  return { ...results, facts };
}
