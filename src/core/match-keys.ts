/**
 * The transliteration pass of the actor matcher: names in other scripts and spellings.
 * Method: word tokens of the original text; each capitalised (or caseless-script) token gets its
 * phonetic key (match-name-key.ts: any-ascii transliteration + nameKey folding), looked up in the
 * first-key table; a multi-token name needs its next tokens' keys in order, separated only by
 * spaces or hyphens ("Лиор Хаиат", "Maria Sacharowa"). When the plain key finds nothing, keys
 * with a case ending cut are tried ("Захаровой", "Putins"), then consonant skeletons: Arabic and
 * Hebrew script (match-abjad.ts), full Latin names with other vowels (match-latin-skeleton.ts),
 * a name at the head of a compound word. The longest sequence wins.
 * Cost: one regex pass over the text, one cached key per distinct token.
 */
import { abjadOf, pageSkeletons, vowelLettersFit, writesVowels, type Abjad } from './match-abjad';
import { isCommonNameWord } from './match-ambiguity';
import { COMPOUND_HEAD_KEY, type CompiledMatcher, type KeyEntry } from './match-compiled';
import { LATIN_END, tokenAscii } from './match-name-key';
import { isAllCaps } from './match-text';

export interface NameCandidate {
  actor: number;
  start: number;
  end: number;
  ambiguous: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * A word token (not preceded by a letter). Whether it can start a name (a capital or a
 * caseless-script letter first) is checked by case mapping, not by [\p{Lu}\p{Lt}\p{Lo}]: that
 * class costs milliseconds to compile on every page.
 */
const WORD_TOKEN = /(?<![\p{L}\p{M}])\p{L}[\p{L}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu;

/** Upper case, title case, or a script without case ("Лиор", "لؤي", "李"); not "al" or "d". */
function canStartName(token: string): boolean {
  const first = String.fromCodePoint(token.codePointAt(0) ?? 32);
  return first.toUpperCase() === first;
}
/** Letters of an abbreviation at most ("МЗС", "UN"). */
const ABBREVIATION_LETTERS = 4;

function foldsAbbreviation(token: string, key: string): boolean {
  return token.length <= ABBREVIATION_LETTERS && isAllCaps(token) && key.length < token.length;
}

/**
 * The next token of a name: at most 3 spaces or hyphens after the previous one, or a line break
 * with the indentation of the page's source ("ריה\n            נובוסטי" shows as one space).
 */
const NEXT_TOKEN =
  /(?:[ \t\u00a0]*\r?\n[ \t\u00a0]*|[\s\u00a0\-\u2010\u2011]{1,3})([\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*)/uy;
const PARTICLES = new Set(['al', 'il']);

function tokenAfter(text: string, at: number): Token | null {
  NEXT_TOKEN.lastIndex = at;
  const match = NEXT_TOKEN.exec(text);
  const word = match?.[1];
  if (!match || !word) return null;
  const end = match.index + match[0].length;
  return { text: word, start: end - word.length, end };
}

/** Whether `token` can stand for `key`: its own key, or an inflected one. */
function tokenHasKey(matcher: CompiledMatcher, token: string, key: string): boolean {
  return matcher.tokenKey(token) === key || matcher.tokenInflections(token).includes(key);
}

/** The end offset of `entry` spelled by the page from `first`, or -1. Articles in the page are skipped. */
function spell(matcher: CompiledMatcher, text: string, first: Token, entry: KeyEntry): number {
  let end = first.end;
  for (let k = 1; k < entry.keys.length; k++) {
    let token = tokenAfter(text, end);
    if (token && PARTICLES.has(matcher.tokenKey(token.text))) token = tokenAfter(text, token.end);
    if (!token || !tokenHasKey(matcher, token.text, entry.keys[k] ?? '')) return -1;
    end = token.end;
  }
  return end;
}

/** The end offset of a skeleton name spelled by the page from `first`, or -1 (words with no consonant skipped). */
function spellSkeletons(
  matcher: CompiledMatcher,
  text: string,
  first: Token,
  skeletons: string[],
  script: Abjad,
): number {
  let end = first.end;
  for (let k = 1; k < skeletons.length;) {
    const token = tokenAfter(text, end);
    if (!token || abjadOf(token.text) !== script) return -1;
    end = token.end;
    const own = pageSkeletons(token.text, script, matcher.translit);
    if (own.length === 0) continue; // a word of vowels only ("אבו")
    if (!own.includes(skeletons[k] ?? '')) return -1;
    k++;
  }
  return end;
}

/** A name in Arabic or Hebrew script starting at `token`, by consonant skeletons. */
function abjadCandidate(matcher: CompiledMatcher, text: string, token: Token): NameCandidate | null {
  const script = abjadOf(token.text);
  if (!script) return null;
  const table = matcher.skeletons(script);
  for (const skeleton of pageSkeletons(token.text, script, matcher.translit)) {
    for (const entry of table.get(skeleton) ?? []) {
      if (entry.skeletons.length === 1 && !writesVowels(token.text)) continue;
      if (entry.skeletons.length === 1 && !vowelLettersFit(token.text, entry.latin, script)) continue;
      const end = spellSkeletons(matcher, text, token, entry.skeletons, script);
      if (end >= 0) return { actor: entry.actor, start: token.start, end, ambiguous: entry.ambiguous };
    }
  }
  return null;
}

/** A full name in Latin script spelled with other vowels ("Ebu Merzuk"), by consonants; always needs support. */
function latinSkeletonCandidate(matcher: CompiledMatcher, text: string, token: Token): NameCandidate | null {
  if ((token.text.codePointAt(0) ?? 0) > LATIN_END) return null;
  const entries = matcher.latinSkeletons().get(matcher.tokenSkeleton(token.text));
  for (const entry of entries ?? []) {
    let end = token.end;
    let k = 1;
    for (; k < entry.skeletons.length; k++) {
      const next = tokenAfter(text, end);
      if (!next || !canStartName(next.text) || matcher.tokenSkeleton(next.text) !== entry.skeletons[k]) break;
      end = next.end;
    }
    if (k === entry.skeletons.length) return { actor: entry.actor, start: token.start, end, ambiguous: true };
  }
  return null;
}

/** Least letters a compound adds after the name ("Hamas|delegationen", "Kremlin|woordvoerder"). */
const MIN_COMPOUND_REST = 4;
/** Endings that make an adjective or a people of a name (Israelische, israeliska, Iranians), not a compound. */
const ADJECTIVE_REST = /^(?:isch|isk|ian|ien|ier|ite|ese|ean|ans|ens)/;

/**
 * A name at the head of a compound word (Swedish, Dutch, German, Finnish write "Hamasdelegationen",
 * "Kremlinwoordvoerder", "Putinversteher"): a single-word form of five letters or more, then at
 * least MIN_COMPOUND_REST letters. The mention is the name's part; it always needs support.
 */
function compoundCandidate(matcher: CompiledMatcher, token: Token): NameCandidate | null {
  if ((token.text.codePointAt(0) ?? 0) > LATIN_END) return null;
  const ascii = tokenAscii(token.text, matcher.translit).toLowerCase();
  // Offsets are counted on the ASCII form: only where it keeps the token's length.
  if (ascii.length !== token.text.length || !/^[a-z]+$/.test(ascii)) return null;
  for (const head of matcher.compoundHeads().get(ascii.slice(0, COMPOUND_HEAD_KEY)) ?? []) {
    const rest = ascii.slice(head.form.length);
    if (ascii.startsWith(head.form) && rest.length >= MIN_COMPOUND_REST && !ADJECTIVE_REST.test(rest))
      return { actor: head.actor, start: token.start, end: token.start + head.form.length, ambiguous: true };
  }
  return null;
}

/**
 * Name candidates from phonetic keys; tokens starting inside `covered` (offsets already matched by
 * the exact pass, sorted) are not tried as name starts.
 */
export function findKeyedNames(
  text: string,
  matcher: CompiledMatcher,
  covered: Array<[number, number]>,
): NameCandidate[] {
  const found: NameCandidate[] = [];
  let cover = 0;
  let resumeAt = 0;
  WORD_TOKEN.lastIndex = 0;
  for (let match = WORD_TOKEN.exec(text); match; match = WORD_TOKEN.exec(text)) {
    if (!canStartName(match[0])) {
      // "d'Estaing": a name may start after an apostrophe inside the token.
      WORD_TOKEN.lastIndex = match.index + 1;
      continue;
    }
    const token: Token = { text: match[0], start: match.index, end: match.index + match[0].length };
    if (token.start < resumeAt) continue;
    while (cover < covered.length && (covered[cover]?.[1] ?? 0) <= token.start) cover++;
    const range = covered[cover];
    if (range && range[0] <= token.start) continue;
    // Hebrew and Arabic words are read by their skeletons (abjadCandidate): read as Latin, their
    // letters take Latin case endings off ("כינס", convened, as China's "Chin-a").
    const key = abjadOf(token.text) ? null : matcher.tokenKey(token.text);
    // Nor is an abbreviation whose key folds letters away: МЧС (emergencies) keys as МЗС (foreign
    // affairs); РІА keys as RIA, letter for letter. The exact pass reads the listed ones.
    const keyed = key !== null && !foldsAbbreviation(token.text, key);
    const entries = keyed ? matcher.keyTable.get(key) : undefined;
    let spelled = entries ? spelledEntry(matcher, text, token, entries) : null;
    // In other scripts an inflected form's plain key may start another name that the page does
    // not spell out: "Израиле" keys as "Israeli" (of "Israeli Foreign Ministry"), its stem as
    // Israel. Not in Latin script: "Russian" there is an adjective, not a case of Russia.
    const inflect = keyed && !spelled && (!entries || (token.text.codePointAt(0) ?? 0) > LATIN_END);
    for (const inflected of inflect ? matcher.tokenInflections(token.text) : []) {
      const stemEntries = inflected === key ? undefined : matcher.keyTable.get(inflected);
      spelled = stemEntries ? spelledEntry(matcher, text, token, stemEntries) : null;
      if (spelled) break;
    }
    // No keyed name spelled out from here (Finnish "Israelin ulkoministeriön" starts with the key of
    // Turkish "İsraillinin"): the other readings are tried as if no key had matched.
    const candidate =
      spelled ??
      abjadCandidate(matcher, text, token) ??
      latinSkeletonCandidate(matcher, text, token) ??
      compoundCandidate(matcher, token);
    if (candidate) {
      found.push(candidate);
      resumeAt = candidate.end;
    }
  }
  return found;
}

/** The first keyed name that the page spells out from `token`, as a candidate. */
function spelledEntry(
  matcher: CompiledMatcher,
  text: string,
  token: Token,
  entries: KeyEntry[],
): NameCandidate | null {
  for (const entry of entries) {
    const end = spell(matcher, text, token, entry);
    if (end < 0) continue;
    const common =
      entry.keys.length === 1 && isCommonNameWord(tokenAscii(token.text, matcher.translit).toLowerCase());
    return { actor: entry.actor, start: token.start, end, ambiguous: entry.ambiguous || common };
  }
  return null;
}
