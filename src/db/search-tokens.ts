/**
 * Word tokens for passage search: the core's text normalisation (NFKC, lower case, diacritics
 * stripped, typographic quotes folded, with a map back to original offsets), then runs of letters
 * and digits. "Marzūk" and "MARZUK" give the same token "marzuk". Cost: O(text length).
 */
import { normalizeWithOffsets } from '../core/names';

export interface WordSpan {
  /** The folded word. */
  word: string;
  /** UTF-16 offsets of the word in the original text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const INVISIBLE = /\p{Cf}/u;

/** The words of `text` with their offsets in `text`. */
export function wordSpans(text: string): WordSpan[] {
  const normalized = normalizeWithOffsets(text);
  const spans: WordSpan[] = [];
  for (const match of normalized.text.matchAll(WORD)) {
    const from = match.index;
    const to = from + match[0].length;
    const start = normalized.toOriginal[from] ?? 0;
    // The word ends where the next emitted char starts; invisible chars dropped before it are cut.
    let end = normalized.toOriginal[to] ?? text.length;
    while (end > start && INVISIBLE.test(text.charAt(end - 1))) end--;
    // A char that NFKC expanded into several (½ → 1⁄2) can leave a piece with no width of its own.
    if (end <= start) end = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
    spans.push({ word: match[0], start, end });
  }
  return spans;
}

/** The distinct words of `text`, as stored in the mentions' `words` index. */
export function passageWords(text: string): string[] {
  return [...new Set(wordSpans(text).map((span) => span.word))];
}

/** The distinct words of a search query, in order. */
export function queryWords(query: string): string[] {
  return passageWords(query);
}
