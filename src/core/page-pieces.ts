/**
 * The content script cuts the page text it has not scanned yet into pieces of about PIECE_CHARS
 * ending at line breaks (block boundaries, so no sentence is cut); the background detects each
 * (detect-pieces.ts). Kept apart from detection so the content script bundles only this.
 */
const PIECE_CHARS = 8_000;

/** What detection knows of the page besides its text. */
export interface PageInfo {
  /** The page's canonical address (a corpus source's page is known by it). */
  url: string;
  /** The day the page says it was published (page-date.ts), or null. */
  published: string | null;
  /** How many facts the page told in earlier scan passes (page-corroboration.ts); 0 on the first. */
  toldBefore?: number;
  /** The corpus actors earlier passes found on the page (page-corroboration.ts: whom its main claim is about). */
  namedBefore?: string[];
}

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

/**
 * Characters of page text per message. Posting a message serialises it on the page's thread
 * (measured in Chromium: about 30 ms for a 100,000-word page's 600,000 characters in one
 * message), so a long page's text goes in parts of a few ms each, with the page running between.
 */
export const MESSAGE_CHARS = 64_000;

/** Consecutive runs of pieces of at most MESSAGE_CHARS characters (a longer piece goes alone). */
export function messageParts(pieces: TextPiece[]): TextPiece[][] {
  let current: TextPiece[] = [];
  const parts = [current];
  let chars = 0;
  for (const piece of pieces) {
    if (chars > 0 && chars + piece.text.length > MESSAGE_CHARS) {
      current = [];
      parts.push(current);
      chars = 0;
    }
    current.push(piece);
    chars += piece.text.length;
  }
  return parts;
}

/**
 * The background's side of messageParts: gathers one port's parts until a request's last one.
 * Requests on one port never overlap (a content script's passes run one after another), so a part
 * of a newer request means an older one was given up mid-send (the pass was aborted): its parts
 * are dropped rather than kept until the page goes away.
 */
export class PartsAssembly {
  private id: number | null = null;
  private pieces: TextPiece[] = [];

  /** Adds a part; the request's whole pieces once its last part is in, else null. */
  add(id: number, part: TextPiece[], more: boolean): TextPiece[] | null {
    if (id !== this.id) {
      this.id = id;
      this.pieces = [];
    }
    this.pieces.push(...part);
    if (more) return null;
    const whole = this.pieces;
    this.id = null;
    this.pieces = [];
    return whole;
  }

  /** Pieces held for a request not complete yet (0 once it is, or given up). */
  get held(): number {
    return this.pieces.length;
  }
}
