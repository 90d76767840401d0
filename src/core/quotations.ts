/**
 * Quotations in a passage, for framing (the quoted words each source gives) and for alignment
 * (a quoted word weighs as content): one reading of quotation marks for both.
 */
/** A quotation: German opens with „ and closes with “, which opens one in English. */
export const QUOTATION = /„([^“”"]{3,}?)[“”"]|["“«]([^"”»]{3,}?)["”»]/g;
const ANY_QUOTED = /„[^“”"]*[“”"]|["“«][^"”»]*["”»]/g;
/** A quotation opened in this passage and closed in a later one (or never, in garbled text). */
const OPEN_QUOTE_TO_END = /(?:^|\s)["“«„]([^"”»]{12,})$/;

/** A quotation opened in an earlier passage and closed in this one. */
const START_TO_CLOSE_QUOTE = /^([^"“”«»]{12,}[^\s"“”«»])["”»](?=[\s,.;:!?]|$)/u;

/** The quoted words of a passage, including a quotation it continues or leaves open. */
export function quotationsOf(passage: string): string[] {
  const continued = START_TO_CLOSE_QUOTE.exec(passage);
  const rest = continued ? passage.slice(continued[0].length) : passage;
  const quotes = continued?.[1] ? [continued[1].replace(/[,.!?]$/, '').trim()] : [];
  quotes.push(...[...rest.matchAll(QUOTATION)].map((match) => (match[1] ?? match[2] ?? '').trim()));
  const unclosed = OPEN_QUOTE_TO_END.exec(passage.replace(ANY_QUOTED, (m) => ' '.repeat(m.length)));
  if (unclosed?.[1]) quotes.push(passage.slice(passage.length - unclosed[1].length).trim());
  return quotes;
}
