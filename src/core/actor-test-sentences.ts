/**
 * Test support for the actor tests: a tiny stand-in for the real sentence splitter (lines, then
 * sentence ends) and a prose-line filter for raw seeds, so actor tests do not depend on it.
 */
import type { Span } from './span';

const SENTENCE_BREAK = /(?<=[.!?]["”]?)\s+(?=[A-Z"“])/g;

export function sentencesOf(text: string, isProse: (line: string) => boolean = () => true): Span[] {
  const sentences: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const pieces: Array<[number, number]> = [];
    let last = 0;
    for (const match of line.matchAll(SENTENCE_BREAK)) {
      pieces.push([last, match.index]);
      last = match.index + match[0].length;
    }
    pieces.push([last, line.length]);
    if (isProse(line)) {
      for (const [from, to] of pieces) {
        const piece = line.slice(from, to);
        const start = lineStart + from + (piece.length - piece.trimStart().length);
        const end = lineStart + to - (piece.length - piece.trimEnd().length);
        if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
      }
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

/** Prose lines of a seed: at least 8 words, a quarter of them lowercase, no breadcrumb ">". */
export function seedProse(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    words.length >= 8 &&
    !line.includes('>') &&
    words.filter((w) => /^[a-z]/.test(w)).length * 4 >= words.length
  );
}
