/**
 * The text the actor matcher runs over: the page text normalised (names.ts normalizeWithOffsets:
 * case, diacritics, apostrophes, dashes), then reduced to words of letters, digits and marks
 * separated by exactly two spaces, with an "al-"/"el-" article dropped from the front of a word.
 * Aliases go through the same function, so "Peskov's", "Abu-Marzouk", "al-Arouri" and "Arouri"
 * meet their alias forms; a pattern " form " (one space each side) can only match whole words,
 * and two matches never compete for the space between them.
 * Every char keeps the UTF-16 span [starts[i], ends[i]) of the original text it came from.
 * Cost: one pass, O(text length); ASCII chars take a fast path.
 */
import { chineseAsSimplified } from './han-traditional';
import { normalizeWithOffsets } from './names';

export interface MatchText {
  /** "  word  word  " — lower case, words separated (and surrounded) by two spaces. */
  text: string;
  /** Original UTF-16 offset where char i starts (a dropped "al-" belongs to the word after it). */
  starts: Int32Array;
  /** Original UTF-16 offset where char i ends. */
  ends: Int32Array;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const wordCache = new Map<number, boolean>();

/** True for a code point that belongs to a word: letters, digits, combining marks. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  let known = wordCache.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    if (wordCache.size < 8192) wordCache.set(cp, known);
  }
  return known;
}

/** True when `text` has an Arabic article "al-"/"el-" at `at`, followed by a word. */
function isArticle(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  return (
    (a === 97 || a === 101) && // a, e
    text.charCodeAt(at + 1) === 108 && // l
    text.charCodeAt(at + 2) === 45 && // -
    isWordCodePoint(text.codePointAt(at + 3) ?? 0)
  );
}

export function buildMatchText(original: string): MatchText {
  // Exonyms are listed in Simplified characters; Traditional ones keep their offsets (one for one).
  const { text: normal, toOriginal } = normalizeWithOffsets(chineseAsSimplified(original));
  const n = normal.length;
  // At most: two leading spaces, every char, two spaces after each word char.
  const capacity = 2 * n + 4;
  const units = new Uint16Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let length = 0;
  const push = (unit: number, start: number, end: number): void => {
    units[length] = unit;
    starts[length] = start;
    ends[length] = end;
    length++;
  };
  // End offset of normalised char i: where the next char that moved on starts.
  const endOf = (i: number): number => {
    const start = toOriginal[i] ?? 0;
    for (let k = i + 1; k <= n; k++) {
      const next = toOriginal[k] ?? original.length;
      if (next > start) return next;
    }
    return original.length;
  };
  push(32, 0, 0);
  push(32, 0, 0);
  let inWord = false;
  let pendingStart = -1; // start of a dropped article, given to the next word char
  for (let i = 0; i < n;) {
    const cp = normal.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp)) {
      if (!inWord && isArticle(normal, i)) {
        pendingStart = toOriginal[i] ?? 0;
        i += 3;
        continue;
      }
      const end = endOf(i + width - 1);
      push(normal.charCodeAt(i), pendingStart >= 0 ? pendingStart : (toOriginal[i] ?? 0), end);
      if (width === 2) push(normal.charCodeAt(i + 1), toOriginal[i] ?? 0, end);
      pendingStart = -1;
      inWord = true;
    } else if (inWord) {
      const at = toOriginal[i] ?? 0;
      push(32, at, at);
      push(32, at, at);
      inWord = false;
    }
    i += width;
  }
  if (inWord) {
    push(32, original.length, original.length);
    push(32, original.length, original.length);
  }
  return { text: unitsToString(units, length), starts: starts.slice(0, length), ends: ends.slice(0, length) };
}

const UTF16 = new TextDecoder('utf-16le');

/** The string of the first `length` UTF-16 units (native decoding; lone surrogates cannot occur). */
function unitsToString(units: Uint16Array, length: number): string {
  return UTF16.decode(units.subarray(0, length));
}

/** The matching form of an alias: its words as in buildMatchText, without the outer spaces. */
export function matchForm(alias: string): string {
  return buildMatchText(alias).text.trim();
}

/** True for a form written all in capitals ("US", "ООН", "HAMAS"): letters, none lower-case. */
export function isAllCaps(form: string): boolean {
  return form === form.toUpperCase() && form !== form.toLowerCase();
}
