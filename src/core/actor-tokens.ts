/**
 * Word tokens and capitalised runs of one sentence, the raw material of actor extraction.
 *
 * Method: a Unicode regex finds words (letters, marks, digits, inner apostrophes) and dotted
 * acronyms ("U.S."); a possessive "'s" / trailing "'" is cut off the word and flagged. Runs are
 * maximal sequences of capitalised words separated by spaces or hyphens, with lowercase
 * connectors ("of", "the", "and", "for", name particles "al", "bin", "von") kept only where they
 * can belong to a name ("Ministry of Foreign Affairs", "bin Salman", not "China and Russia").
 *
 * Cost: O(sentence length).
 */
import type { Span } from './span';
import { MEDIA_HEADS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, TITLE_CORE } from './actor-words';

export interface WordToken {
  /** UTF-16 offsets of the word in the whole text, possessive ending excluded. */
  start: number;
  end: number;
  /** The word as written, possessive ending excluded. */
  text: string;
  /** Lowercase form, for list look-ups. */
  lower: string;
  capital: boolean;
  allCaps: boolean;
  /** Followed by "'s", "’s" or (after s) a bare apostrophe. */
  possessive: boolean;
  /** A plural possessive with a bare apostrophe ("Workers'"): it can sit inside a name ("Harbour Workers' Union"). */
  pluralPossessive: boolean;
  /** Joined to the previous word by a hyphen ("al-Assad", "Hamas-controlled"). */
  hyphenBefore: boolean;
  /** Raw text between the previous word of the sentence (or the sentence start) and this one. */
  gapBefore: string;
  /** First word of the sentence, or first after a colon or bullet: its capital proves nothing. */
  sentenceInitial: boolean;
  /** Index of the word in its sentence. */
  index: number;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}\p{M}]+)*/gu;
const POSSESSIVE_END = /['\u2019][sS]$/u;

export function tokenizeSentence(text: string, sentence: Span): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = sentence.start;
  // Offsets come from the whole text, so a sentence whose `text` drifted cannot shift them.
  for (const match of text.slice(sentence.start, sentence.end).matchAll(WORD)) {
    const start = sentence.start + (match.index ?? 0);
    let word = match[0];
    let possessive = false;
    let pluralPossessive = false;
    if (POSSESSIVE_END.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (
      /s$/u.test(word) &&
      /^['\u2019](?![\p{L}])/u.test(text.slice(start + word.length, start + word.length + 2))
    ) {
      possessive = !/['\u2018\u2019]\s*$/u.test(text.slice(previousEnd, start)); // 'quoted' words are not possessive
      pluralPossessive = possessive;
    }
    const end = start + word.length;
    const gapBefore = text.slice(previousEnd, start);
    const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
    // A handle or hashtag ("@ABrandtvik", "#MarrickChaos") names an account or a topic, not an actor.
    const capital =
      first !== first.toLowerCase() && first === first.toUpperCase() && !/[#@]$/u.test(gapBefore);
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start,
      end,
      text: word,
      lower: word.toLowerCase(),
      capital,
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive,
      pluralPossessive,
      hyphenBefore: tokens.length > 0 && /^[-\u2010\u2011]$/u.test(gapBefore),
      gapBefore,
      sentenceInitial: tokens.length === 0 || /[:\u2022|]\s*["“'‘(]?\s*$/u.test(gapBefore),
      index: tokens.length,
    });
    previousEnd = start + match[0].length; // after the possessive ending too
  }
  return tokens;
}

/** Left words after which "of" continues a name ("Ministry of", "Times of", "State of"). */
const NAME_OF_LEFT = new Set([
  'state',
  'bank',
  'university',
  'republic',
  'kingdom',
  'league',
  'court',
  ...ORG_HEADS,
  ...MEDIA_HEADS,
  ...PLACE_HEADS,
]);
const OF_LEFT = new Set([...NAME_OF_LEFT, ...TITLE_CORE]);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', ...NAME_PARTICLES]);
const HEADS = new Set([...ORG_HEADS, ...MEDIA_HEADS, ...PLACE_HEADS]);

function joinable(token: WordToken): boolean {
  return /^\s+$/u.test(token.gapBefore) || token.hyphenBefore;
}

/** "Workers' Union", "Veterans' Association": a plural possessive runs on into the head noun after it. */
function continuesPluralPossessive(previous: WordToken | undefined, token: WordToken): boolean {
  return (
    previous?.pluralPossessive === true &&
    token.capital &&
    /^['\u2019]\s+$/u.test(token.gapBefore) &&
    (ORG_HEADS.has(token.lower) || MEDIA_HEADS.has(token.lower))
  );
}

/** Keeps a lowercase connector only where it can be part of the name around it. */
function connectorFits(run: WordToken[], i: number): boolean {
  const word = run[i];
  const left = run[i - 1];
  const right = run[i + 1];
  if (!word || !left || !right) return false;
  const ofBefore = run
    .slice(0, i)
    .some((t, k) => t.lower === 'of' && NAME_OF_LEFT.has(run[k - 1]?.lower ?? ''));
  switch (word.lower) {
    case 'of':
      return OF_LEFT.has(left.lower) && !left.possessive;
    case 'the':
      return left.lower === 'of' || left.lower === 'for';
    case 'for':
      return (ORG_HEADS.has(left.lower) || TITLE_CORE.has(left.lower)) && !left.possessive;
    case 'and':
      return ofBefore || run.slice(i + 1).some((t) => HEADS.has(t.lower));
    default:
      return NAME_PARTICLES.has(word.lower); // al, bin, von: between two parts of a name
  }
}

/** Splits a provisional run at connectors that do not fit, and trims loose ends. */
function settleRun(run: WordToken[]): WordToken[][] {
  const pieces: WordToken[][] = [];
  let current: WordToken[] = [];
  run.forEach((token, i) => {
    if (!token.capital && !connectorFits(run, i) && !(i === 0 && NAME_PARTICLES.has(token.lower))) {
      if (current.length > 0) pieces.push(current);
      current = [];
      return;
    }
    current.push(token);
  });
  if (current.length > 0) pieces.push(current);
  return pieces
    .map((piece) => {
      let end = piece.length;
      while (end > 0 && !piece[end - 1]?.capital) end--;
      return piece.slice(0, end);
    })
    .filter((piece) => piece.length > 0);
}

/** Maximal runs of capitalised words (with fitting connectors) in one sentence's tokens. */
export function capitalisedRuns(tokens: WordToken[]): WordToken[][] {
  const runs: WordToken[][] = [];
  let current: WordToken[] = [];
  const flush = (): void => {
    if (current.length > 0) runs.push(...settleRun(current));
    current = [];
  };
  tokens.forEach((token, i) => {
    let n = i + 1; // a chain of particles ("von der") leads to the capitalised word after it
    while (
      NAME_PARTICLES.has(tokens[n]?.lower ?? '') &&
      !tokens[n]?.capital &&
      NAME_PARTICLES.has(token.lower)
    )
      n++;
    // "Committee of the Red Cross", "Council for the Information Space": "of the" and "for the"
    // lead to the capitalised word after them.
    if ((token.lower === 'of' || token.lower === 'for') && tokens[n]?.lower === 'the' && !tokens[n]?.capital)
      n++;
    const next = tokens[n];
    const previous = tokens[i - 1];
    const continues = current.length > 0 && joinable(token) && !previous?.possessive;
    const continuesAfterPossessive =
      current.length > 0 &&
      ((joinable(token) && previous?.possessive === true && token.capital) ||
        continuesPluralPossessive(previous, token));
    if (token.capital && /\p{L}/u.test(token.text)) {
      if (!(continues || continuesAfterPossessive)) flush();
      current.push(token);
    } else if (
      CONNECTORS.has(token.lower) &&
      next?.capital === true &&
      joinable(next) &&
      (continues || (current.length === 0 && next.hyphenBefore && NAME_PARTICLES.has(token.lower)))
    ) {
      if (current.length === 0) flush();
      current.push(token);
    } else {
      flush();
    }
  });
  flush();
  return runs;
}
