/**
 * Character-level decisions for sentence splitting: quote marks, abbreviations, and whether a
 * full stop really ends a sentence. Method: look at the word before the stop and the word after
 * it; abbreviations that precede names never end a sentence, other abbreviations only when a
 * common sentence opener follows. Cost: O(word length) per candidate stop.
 */
import { monthNumber } from './month-names';

export const BULLETS = new Set(['•', '‣', '▪', '◦', '●']);
/** Sentence ends, also in Chinese/Japanese (。！？), Hindi (the danda ।, ॥) and Arabic (؟). */
export const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？', '।', '॥', '؟']);
/** Closing marks that belong to the sentence they follow: `burned."` `(…here.)` */
export const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']']);
const OPENING_DOUBLE = new Set(['“', '«']);
const CLOSING_DOUBLE = new Set(['”', '»']);

const wordSet = (...groups: string[]) => new Set(groups.join(' ').split(' '));

/** Abbreviations that stand before a name or number, so the next word never starts a sentence. */
const NEVER_FINAL = wordSet(
  'mr mrs ms dr prof st gen sen rep gov lt col sgt capt cmdr adm rev hon pres',
  'vs e.g i.e cf approx fig vol pp',
);
/** Abbreviations that may also end a sentence ("…in the U.S. The next day…"). */
const SOMETIMES_FINAL = wordSet(
  'jan feb mar apr jun jul aug sep sept oct nov dec',
  'etc inc ltd co corp jr sr no a.m p.m bros dept',
);
/** Words that commonly open a sentence: after an ambiguous abbreviation they signal a new one. */
const SENTENCE_OPENERS = wordSet(
  'the a an he she it they we i you this that these those there his her their its our',
  'in on at but and however meanwhile after before when while if as according some many most',
  'so yet for since although what who why how earlier later then',
  // Articles and pronouns that open sentences in other Latin-script languages ("auf der Plattform
  // X. Die Einladung …", "sur le réseau X. Le ministère …").
  'der die das er sie es ein eine le la les il elle ils un une el los las ella lo gli het de een zij hij',
);

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

/** A straight quote opens when it follows the start, whitespace, an opening bracket or a dash. */
function opensHere(text: string, at: number, from: number): boolean {
  const before = text[at - 1];
  return at <= from || before === undefined || /[\s([{\-–—/]/u.test(before);
}

/** Tracks how deep inside quotations the scan is, for double quotes and ‘single’ quotes. */
export class QuoteTracker {
  depth = 0;
  private singleOpen = 0;

  constructor(private readonly from: number) {}

  update(text: string, at: number): void {
    const char = text[at];
    if (char === undefined) return;
    if (OPENING_DOUBLE.has(char)) this.depth++;
    else if (CLOSING_DOUBLE.has(char)) this.close();
    else if (char === '"') {
      if (opensHere(text, at, this.from)) this.depth++;
      else this.close();
    } else if (char === '‘' || (char === "'" && opensHere(text, at, this.from) && isLetter(text[at + 1]))) {
      this.depth++;
      this.singleOpen++;
    } else if ((char === '’' || char === "'") && this.singleOpen > 0 && !isLetter(text[at + 1])) {
      // Otherwise ’ is an apostrophe (Putin’s).
      this.singleOpen--;
      this.close();
    }
  }

  private close(): void {
    this.depth = Math.max(0, this.depth - 1);
  }
}

/** The letters-and-dots token that ends just before `at` ("U.S", "Mr", "e.g"). */
function tokenBefore(text: string, at: number, from: number): string {
  let start = at;
  while (start > from && /[\p{L}\p{M}.]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, at);
}

function wordAt(text: string, at: number): string {
  return /^[\p{L}\p{M}]+/u.exec(text.slice(at, at + 40))?.[0] ?? '';
}

function startsLikeSentence(text: string, at: number): boolean {
  const char = text[at] ?? '';
  if (/["“«‘„‚»(]/u.test(char)) return true; // „ ‚ » open quotes in German, Polish, Czech
  return SENTENCE_OPENERS.has(wordAt(text, at).toLowerCase()) && /\p{Lu}/u.test(char);
}

/**
 * Whether the terminator run `[stop, after)` ends a sentence inside `[from, to)`.
 * `after` is past any closing quotes or brackets that follow the terminator.
 */
export function endsSentence(text: string, from: number, to: number, stop: number, after: number): boolean {
  const cjk = /[。！？]/u.test(text[after - 1] ?? '') || /[。！？]/u.test(text[stop] ?? '');
  if (after >= to) return true;
  if (!cjk && !isWhitespace(text[after])) return false; // 3.5, U.S.-led, "Oct.26"
  let next = after;
  while (next < to && isWhitespace(text[next])) next++;
  if (next >= to) return true;
  const nextChar = String.fromCodePoint(text.codePointAt(next) ?? 0);
  // A lowercase continuation (`stop." said a statement`) or punctuation keeps the sentence going.
  if (/\p{Ll}/u.test(nextChar) || /[,;:)\]]/u.test(nextChar)) return false;
  if (text[stop] !== '.' || text[stop + 1] === '.') return true; // ! ? … and "..."
  // An ordinal day before its month ("am 7. Oktober", "26. října", "26. lokakuuta").
  if (
    /(?:^|[^\p{L}\p{N}])\d{1,2}$/u.test(text.slice(Math.max(from, stop - 3), stop)) &&
    monthNumber(wordAt(text, next)) > 0
  )
    return false;
  const token = tokenBefore(text, stop, from).toLowerCase();
  const bare = token.replace(/^\.+/u, '');
  if (bare === '') return true;
  if (NEVER_FINAL.has(bare)) return false;
  if (bare === 'no' && /\d/u.test(nextChar)) return false;
  const isInitial = /^\p{L}$/u.test(bare); // "J. R. Tolkien"
  const isInitialism = /^(?:\p{L}\.)+\p{L}$/u.test(bare); // "U.S", "U.N"
  if (SOMETIMES_FINAL.has(bare) || isInitial || isInitialism) return startsLikeSentence(text, next);
  return true;
}
