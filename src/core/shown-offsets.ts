/**
 * Offsets as a page shows its text: a page's source wraps and indents its lines ("o\n          diplomata"),
 * which the screen shows as one space. Lengths measured on the raw text would make an indented page
 * read differently from the same page unindented.
 * Cost: O(to − from), one pass.
 */

/** White space as a TreeWalker's text holds it: ASCII controls and spaces, no-break and wide spaces. */
function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

/**
 * For each offset in [from, to] (at index offset − from), how many characters of `text` from
 * `from` come before it, each run of white space counted once.
 */
export function shownOffsets(text: string, from = 0, to = text.length): Uint32Array {
  const shown = new Uint32Array(to - from + 1);
  let count = 0;
  let lastSpace = false;
  for (let at = from; at < to; at++) {
    shown[at - from] = count;
    const space = isSpaceCode(text.charCodeAt(at));
    if (!space || !lastSpace) count++;
    lastSpace = space;
  }
  shown[to - from] = count;
  return shown;
}
