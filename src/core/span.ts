/** A slice of a text by UTF-16 offsets: always `text === whole.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Builds the Span for `[start, end)` of `whole`, so the text can never drift from the offsets. */
export function spanOf(whole: string, start: number, end: number): Span {
  return { start, end, text: whole.slice(start, end) };
}
