/**
 * The class of one capitalised word for actor extraction — title word, modifier, head noun of an
 * organisation / medium / place, demonym, time word, function word or name — from the curated
 * lists in actor-words.ts; and whether a lowercase word is an organisation cue ("shipping company
 * Baltline"). Cost: a few Set look-ups per word.
 */
import type { ActorKind } from './pack-schema';
import type { WordToken } from './actor-tokens';
import {
  DEMONYM_TO_COUNTRY,
  FUNCTION_WORDS,
  MEDIA_HEADS,
  MEDIA_CUES,
  MODIFIERS,
  ORG_CUES,
  ORG_HEADS,
  ORG_TAIL_WORDS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  TITLE_CORE,
} from './actor-words';
import { normalizeText } from './names';

/** Evidence per kind; the kind with the most weight wins. */
export type KindVotes = Partial<Record<ActorKind, number>>;

export type WordClass =
  | 'name'
  | 'demonym'
  | 'title'
  | 'mod'
  | 'orgHead'
  | 'mediaHead'
  | 'placeHead'
  | 'tail'
  | 'func'
  | 'time'
  | 'conn';

const TIME_WORDS = new Set(
  `january february march april may june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec
   monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/** Lowercase word without diacritics, dots or apostrophes, for list look-ups. */
export function plainWord(token: WordToken): string {
  return normalizeText(token.text).replace(/[.'’]/gu, '');
}

export function isDemonym(word: string): boolean {
  return DEMONYM_TO_COUNTRY.has(word) || (word.endsWith('s') && DEMONYM_TO_COUNTRY.has(word.slice(0, -1)));
}

export const isModifierWord = (token: WordToken): boolean => MODIFIERS.has(plainWord(token));

/** A pronoun's contraction opening a sentence or a quote ("I’m", "We’ll", "It’s"): no name. */
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there)['’](?:m|ll|re|ve|d|s)$/iu;

export function classify(token: WordToken): WordClass {
  if (!token.capital) return 'conn';
  if (CONTRACTION.test(token.text)) return 'func';
  const word = plainWord(token);
  if (TIME_WORDS.has(word)) return 'time';
  if (isDemonym(word)) return 'demonym';
  if (ORG_HEADS.has(word)) return 'orgHead';
  if (MEDIA_HEADS.has(word)) return 'mediaHead';
  if (PLACE_HEADS.has(word)) return 'placeHead';
  if (ORG_TAIL_WORDS.has(word)) return 'tail';
  if (TITLE_CORE.has(word)) return 'title';
  if (MODIFIERS.has(word)) return 'mod';
  if (FUNCTION_WORDS.has(word) && !PLACE_PREFIXES.has(word) && !token.allCaps) return 'func'; // "WHO", "US" are names
  return 'name';
}

const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep oct nov dec'.split(' '));

/** Classes of the words of one run; a month abbreviation right before a name is a first name ("Jan Berg"). */
export function classifyRun(run: WordToken[]): WordClass[] {
  const classes = run.map(classify);
  return classes.map((c, i) =>
    c === 'time' && MONTH_ABBREVIATIONS.has(run[i]?.lower ?? '') && classes[i + 1] === 'name' ? 'name' : c,
  );
}

/** Words before "agency" that make it a news agency, not an organisation ("news agency", "the agency"). */
const MEDIA_AGENCY_QUALIFIERS = new Set('news press wire photo information state the a an'.split(' '));

/**
 * A lowercase organisation noun ("company", "firm", "operator", "union"…) at `index`; "agency"
 * counts only when a non-media word qualifies it ("border agency", not "news agency").
 */
export function isOrgCue(tokens: WordToken[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.capital || token.possessive || !ORG_CUES.has(token.lower)) return false;
  if (token.lower !== 'agency') return true;
  const before = tokens[index - 1];
  return (
    before !== undefined &&
    !before.capital &&
    /^\s+$/u.test(token.gapBefore) &&
    !MEDIA_AGENCY_QUALIFIERS.has(before.lower) &&
    !MEDIA_CUES.has(before.lower)
  );
}
