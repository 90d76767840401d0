/**
 * Transliteration to ASCII for the page side, from a table the MatcherIndex carries.
 * Why: any-ascii (what names.ts nameKey uses) holds every Unicode block (≈ 540 KB), too big for
 * the content script; the index carries any-ascii's own output for the blocks names are written
 * in (Latin supplements, Greek, Cyrillic, Armenian, Hebrew, Arabic, Georgian, punctuation), ≈ 9 KB, so the
 * page side transliterates exactly like any-ascii there. Other scripts transliterate to ''.
 * Method and cost: one lookup per code point, like any-ascii itself; O(length).
 */

/** Block number (code point >>> 8, as a decimal string) → any-ascii's 256 outputs joined by tabs. */
export type TranslitTable = Record<string, string>;

/** The Unicode blocks (of 256 code points) the table covers. */
export const TRANSLIT_BLOCKS = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x10, 0x1e, 0x1f, 0x20];

/** Whether every character of `text` is in a block the table covers (or ASCII). */
export function isTranslitCovered(text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp >= 0x80 && !TRANSLIT_BLOCKS.includes(cp >>> 8)) return false;
  }
  return true;
}

const splitCache = new WeakMap<TranslitTable, Map<number, string[]>>();

function blockOf(table: TranslitTable, blockNum: number): string[] | undefined {
  let blocks = splitCache.get(table);
  if (!blocks) {
    blocks = new Map();
    splitCache.set(table, blocks);
  }
  let block = blocks.get(blockNum);
  if (!block) {
    const raw = table[String(blockNum)];
    if (raw === undefined) return undefined;
    block = raw.split('\t');
    blocks.set(blockNum, block);
  }
  return block;
}

/** ASCII transliteration of `text` (any-ascii's output for covered blocks, '' elsewhere). */
export function transliterate(text: string, table: TranslitTable): string {
  let result = '';
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp <= 0x7f) {
      result += char;
      continue;
    }
    result += blockOf(table, cp >>> 8)?.[cp & 0xff] ?? '';
  }
  return result;
}
