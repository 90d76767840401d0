/**
 * Name normalisation shared by actor clustering, the page matcher and passage search (name keys
 * and slugs, which transliterate with any-ascii, are in name-keys.ts: the side panel reads
 * normalised text and must not load any-ascii's ~540 KB of tables).
 *
 * - `normalizeWithOffsets` / `normalizeText`: NFKC, lowercase, strip Latin/Arabic diacritics,
 *   fold typographic apostrophes, quotes and dashes to ASCII, collapse whitespace; every
 *   normalised char keeps the UTF-16 offset of the original char it came from, so a match in
 *   normalised text maps back to an exact slice of the original.
 * - `nameKey`: a phonetic key for one name token (any-ascii transliteration, then folding of
 *   spelling variants: kh/ch/gh/sh, ou/oo, w/v, e/i/y, s/z, c/k/q, doubled letters, Slavic
 *   feminine endings), so "Zacharovová", "Sacharowa" and "Захарова" give the same key, and a
 *   Czech/Slovak feminine "-ová" (written with its accent, so it is unambiguous) keys like the
 *   surname it is formed from: "Nováková" = "Novák", "Dvořáková" = "Dvořák".
 *
 * Cost: O(length) per call (ASCII fast path, per-char cache: ~0.1 µs/char once warm). Works one
 * code point at a time, so compositions spanning several code points (conjoining Hangul jamo)
 * are not composed.
 */

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** `toOriginal[i]` = UTF-16 offset in the original of normalised char i; one extra entry for the end. */
  toOriginal: number[];
}

/** Combining diacritics (Latin, Greek, Cyrillic) and Arabic harakat are dropped; other marks (Indic vowel signs) act as letters and stay. */
const DIACRITIC_RANGES: Array<[number, number]> = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
];
const isDiacritic = (ch: string): boolean => {
  const cp = ch.codePointAt(0) ?? 0;
  return DIACRITIC_RANGES.some(([from, to]) => cp >= from && cp <= to);
};
const stripDiacritics = (s: string): string => [...s].filter((ch) => !isDiacritic(ch)).join('');
const INVISIBLE = /^\p{Cf}+$/u;
const SPACE = /^\s$/u;

const foldCache = new Map<string, string>();

/** Folds one code point: NFKC, lowercase, no diacritics, ASCII apostrophes/quotes/dashes. */
function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldUnicode(ch);
    if (foldCache.size < 8192) foldCache.set(ch, folded);
  }
  return folded;
}

function foldUnicode(ch: string): string {
  return stripDiacritics(ch.normalize('NFKC').toLowerCase().normalize('NFD'))
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc\u02b9\u02bb\u00b4`]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/gu, '"')
    .replace(/[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/gu, '-');
}

export function normalizeWithOffsets(s: string): NormalizedText {
  const parts: string[] = [];
  const toOriginal: number[] = [];
  let pendingSpace = -1; // offset of the first whitespace of a run not yet emitted
  let lastEnd = 0; // end of the last original char that contributed (incl. its combining marks)
  const emit = (folded: string, at: number, end: number): void => {
    if (pendingSpace >= 0) {
      parts.push(' ');
      toOriginal.push(pendingSpace);
      pendingSpace = -1;
    }
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) toOriginal.push(at);
    lastEnd = end;
  };
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      if (cp === 32 || (cp >= 9 && cp <= 13)) {
        if (pendingSpace < 0 && toOriginal.length > 0) pendingSpace = i;
      } else emit(cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : (s[i] as string), i, i + 1);
    } else {
      const ch = s.slice(i, i + width);
      if (SPACE.test(ch)) {
        if (pendingSpace < 0 && toOriginal.length > 0) pendingSpace = i;
      } else if (!INVISIBLE.test(ch)) {
        // (soft hyphens and zero-width joiners leave no trace)
        const folded = foldChar(ch);
        if (folded.length > 0) emit(folded, i, i + width);
        else lastEnd = i + width; // a stripped diacritic belongs to the char before it
      }
    }
    i += width;
  }
  toOriginal.push(lastEnd);
  return { text: parts.join(''), toOriginal };
}

export function normalizeText(s: string): string {
  return normalizeWithOffsets(s).text;
}

/** Splits a name into its word tokens (spaces and hyphens separate; apostrophes stay inside). */
export function nameTokens(name: string): string[] {
  return name.split(/[\s\u2010-\u2015-]+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
}
