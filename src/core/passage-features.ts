/**
 * What a passage says, as comparable features: actors (by cluster), numbers, dates, content
 * terms and quoted words. Terms inside actor names are left out (the actor already counts).
 * Cost: O(passage length).
 */
import { findDates } from './dates';
import { attributionRanges } from './attribution';
import { findClockHours, findNumbers, findTallies } from './numbers';
import type { Span } from './span';
import { foreignTerms } from './foreign-terms';
import { contentTerms } from './terms';
import { QUOTATION } from './quotations';

export interface ActorSpan {
  actor: string;
  start: number;
  end: number;
  /** Media are whom a claim is attributed to, not what it is about: framing, not a feature. */
  attributionOnly?: boolean;
}

/** Which corpus actors are people and which places, by id. */
export interface ActorKinds {
  persons: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

export interface PassageFeatures {
  actors: Set<string>;
  /** Actors named only as whom the claim is attributed to (media, "X said that"). */
  attributedTo: Set<string>;
  numbers: Set<number>;
  dates: Set<string>;
  terms: Set<string>;
  quoteTerms: Set<string>;
  /** Adjacent content terms ("protect govern" from "to protect the government"): shared phrasing. */
  bigrams?: Set<string>;
  /** Read in another language: its terms are only the news words foreign-terms.ts knows. */
  otherLanguage?: boolean;
}

/** Blanks out actor-name spans so their words do not count twice (offsets kept). */
function withoutActorNames(text: string, offset: number, actors: ActorSpan[]): string {
  let result = text;
  for (const span of actors) {
    const from = Math.max(0, span.start - offset);
    const to = Math.min(text.length, span.end - offset);
    if (to > from) result = result.slice(0, from) + ' '.repeat(to - from) + result.slice(to);
  }
  return result;
}

/** What to leave out when a caller does not need it (page matching finds dates its own way). */
export interface FeatureOptions {
  dates?: boolean;
  bigrams?: boolean;
  /**
   * Which words are terms: English content terms (the default), or for a page in another language
   * the news words foreign-terms.ts reads as English terms (its quoted words then compare nothing).
   */
  terms?: 'content' | 'foreign';
  /**
   * Read "X is in Moscow" as the visit's word when X, the name nearest before it that is not a
   * place, is a person (a page's sentence): a corpus's sources say "visited" and "arrived" as often
   * as "is in", so their own passages are read as written. Not for a group: "Zakharova confirmed
   * that Hamas representatives were in Moscow" tells the delegation's visit, and the visit word
   * would also tie it to a claim of Zakharova about someone else in Moscow. But for a delegation
   * itself ("A Hamas delegation is in Moscow", a wire item's whole claim), and for a group's people
   * in a sentence that names no person ("Representatives of Hamas are in Moscow, RIA reported").
   */
  beingThere?: ActorKinds;
}

export function passageFeatures(
  passage: Span,
  actors: ActorSpan[],
  articleDate: string | null,
  options: FeatureOptions = {},
): PassageFeatures {
  const attributions = attributionRanges(passage.text).map(([start, end]) => [
    passage.start + start,
    passage.start + end,
  ]);
  const inAttribution = (span: ActorSpan): boolean =>
    attributions.some(([start = 0, end = 0]) => span.start >= start && span.end <= end);
  const inside = actors
    .filter((span) => span.start >= passage.start && span.end <= passage.end)
    .map((span) => (inAttribution(span) ? { ...span, attributionOnly: true } : span));
  // Who said it is framing, not content: blank attribution phrases as well as actor names.
  const blanks = [...inside, ...attributions.map(([start = 0, end = 0]) => ({ actor: '', start, end }))];
  const bare = withoutActorNames(passage.text, passage.start, blanks);
  const foreign = options.terms === 'foreign';
  const quoteTerms = new Set<string>();
  if (!foreign)
    for (const match of passage.text.matchAll(QUOTATION))
      for (const term of contentTerms(match[1] ?? match[2] ?? '')) quoteTerms.add(term);
  const words = foreign ? [...foreignTerms(bare)] : contentTerms(bare);
  if (options.beingThere && !foreign && personIsThere(passage, inside, options.beingThere))
    words.push(BEING_THERE);
  // A tally ("7–2", "five to two") is compared as a word of its own: its parts are too small.
  // So is the hour a clock time falls in ("4:30 a.m." and "4.30am": 4h).
  const numericTerms = [...findTallies(passage.text), ...findClockHours(passage.text)];
  return {
    actors: new Set(inside.filter((span) => !span.attributionOnly).map((span) => span.actor)),
    attributedTo: new Set(inside.filter((span) => span.attributionOnly).map((span) => span.actor)),
    numbers: new Set(findNumbers(passage.text, foreign).map((number) => number.value)),
    dates:
      options.dates === false
        ? new Set()
        : new Set(findDates(passage.text, articleDate).flatMap((date) => (date.iso ? [date.iso] : []))),
    terms: new Set(numericTerms.length ? [...words, ...numericTerms] : words),
    bigrams: options.bigrams === false ? new Set() : bigramsOf(words),
    quoteTerms,
    ...(foreign ? { otherLanguage: true } : {}),
  };
}

/** Being somewhere is visiting it: "Bagheri Kani was also in Moscow", "… is currently in Tehran". */
const BEING_THERE = 'visit';
/** "… in", "… currently at the", after the verb: where a subject is, up to the place's name. */
const IN_PLACE = String.raw`\s+(?:(?:currently|now|still|also|already|reportedly|again)\s+)?(?:in|at)\s+(?:the\s+)?$`;
const COPULA_BEFORE_PLACE = new RegExp(String.raw`\b(?:is|are|was|were|been)${IN_PLACE}`, 'iu');

/** "A Hamas delegation is in Moscow": a delegation is there as its people are. */
const DELEGATION_BEFORE_COPULA = new RegExp(
  String.raw`\bdelegation\s+(?:is|was|has\s+been|had\s+been)${IN_PLACE}`,
  'iu',
);

const GROUP_BEFORE_COPULA = new RegExp(
  String.raw`\b(?:representatives|members|officials|leaders|envoys)(?:\s+of\s+(?:the\s+)?[\p{L}'’-]+)?\s+(?:are|were|have\s+been|had\s+been)${IN_PLACE}`,
  'iu',
);

function personIsThere(passage: Span, inside: ActorSpan[], kinds: ActorKinds): boolean {
  return inside.some((place) => {
    const offset = place.start - passage.start;
    if (!/^\p{Lu}/u.test(passage.text.slice(offset))) return false;
    const before = passage.text.slice(Math.max(0, offset - 40), offset);
    if (!COPULA_BEFORE_PLACE.test(before)) return false;
    if (DELEGATION_BEFORE_COPULA.test(before)) return true;
    // "Representatives of Hamas are in Moscow": a group's people, when no person is named whose
    // presence the sentence could tell ("Zakharova confirmed that Hamas representatives were in Moscow").
    if (GROUP_BEFORE_COPULA.test(before) && !inside.some((span) => kinds.persons.has(span.actor)))
      return true;
    // The subject: the nearest name before it that is not a place ("Iran's" is a title's).
    const subject = inside
      .filter((span) => span.end <= place.start && !kinds.places.has(span.actor))
      .reduce<ActorSpan | null>(
        (nearest, span) => (!nearest || span.start > nearest.start ? span : nearest),
        null,
      );
    return subject !== null && kinds.persons.has(subject.actor);
  });
}

function bigramsOf(terms: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < terms.length; i++) pairs.add(`${terms[i - 1]} ${terms[i]}`);
  return pairs;
}
