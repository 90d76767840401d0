/**
 * The content script cuts the page text it has not scanned yet into pieces of about PIECE_CHARS
 * ending at line breaks (block boundaries, so no sentence is cut); the background detects each
 * (detect-pieces.ts). Kept apart from detection so the content script bundles only this.
 */
const PIECE_CHARS = 8_000;

export interface TextPiece {
  /** Offset of the piece in the page text. */
  start: number;
  text: string;
}

/** Splits [start, end) of `text` into slices of about PIECE_CHARS ending at line breaks. */
export function sliceRanges(text: string, start: number, end: number): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  let from = start;
  while (from < end) {
    let to = Math.min(end, from + PIECE_CHARS);
    if (to < end) {
      const lineBreak = text.lastIndexOf('\n', to);
      if (lineBreak > from) to = lineBreak + 1;
    }
    slices.push([from, to]);
    from = to;
  }
  return slices;
}

/** The pieces of `text` covering `ranges`. */
export function piecesOf(text: string, ranges: Array<[number, number]>): TextPiece[] {
  return ranges
    .flatMap(([from, to]) => sliceRanges(text, from, to))
    .map(([start, end]) => ({ start, text: text.slice(start, end) }));
}
