/**
 * Fact signatures: what a fact says, as weighted features the page matcher compares sentences
 * with. Features are the alignment's own (passage-features.ts → passage-similarity.ts
 * featureKeys: actors by cluster, numbers ≥ 10, stemmed content terms with role words damped and
 * quoted words boosted, dates), with dates reduced to month-day so a page that leaves out the
 * year ("on October 26") still meets them.
 * A fact's signature weight for a feature = its boost × idf (over all fact passages of the
 * indexed corpora) × the share of the fact's sources that have it: what most sources say
 * dominates, one source's aside counts little.
 * This module is page side (no build-only imports); the build is in match-fact-index.ts.
 * Cost: O(features).
 */
import { findDates } from './dates';
import { HAS_DIGIT } from './numbers';
import { passageFeatures, type ActorKinds, type ActorSpan, type PassageFeatures } from './passage-features';
import type { Span } from './span';
import { featureKeys } from './passage-similarity';
import { CALENDAR_TERMS } from './terms';

export interface FactSignature {
  /** Actor id → weight. */
  actors: Record<string, number>;
  /** Number (as written by String(value)) → weight. */
  numbers: Record<string, number>;
  /** Stemmed content term → weight. */
  terms: Record<string, number>;
  /** Terms that sources quoted (a subset of `terms`). */
  quoted: string[];
  /** Month-day ("10-26") → weight. */
  dates: Record<string, number>;
}

/** "2023-10-26" → "10-26". */
export function monthDay(iso: string): string {
  return iso.slice(5, 10);
}

/** A year for resolving dates written without one; only their month-day is kept. */
const ANY_YEAR = '2000-01-01';

/**
 * A date the claim is counted from, not the claim's own: "the first visit since the war began on
 * 7 October", "منذ اندلاع الحرب في غزة يوم ٧ أكتوبر", "seit dem 7. Oktober", "с 7 октября". A
 * "since" word up to 40 letters before the date with no punctuation between; the short Slavic
 * prepositions (also "with", "from") only right before it.
 */
const SINCE_BEFORE =
  /(?:(?<!\p{L})(?:since|منذ|מאז|depuis|seit|desde|sinds)(?!\p{L})[^.,;:!?،؛]{0,40}|(?<!\p{L})(?:с|со|od)\s+)$/iu;

/**
 * The same where "since" follows the date, as in Turkish, Japanese and Korean: "7 Ekim'de İsrail'e
 * düzenlediği saldırıdan bu yana", "10月7日以来", "10월 7일 이후" (not Hindi से, which is also "from"
 * and "with").
 */
const SINCE_AFTER = /^[^.,;:!?،؛。]{0,50}?(?:(?<!\p{L})(?:bu yana|beri)(?!\p{L})|以来|이래|이후)/u;

/** The month-days of the absolute dates in `text`, written with their year or without it. */
function absoluteMonthDays(text: string): string[] {
  // Absolute dates have a day number; a text without digits has none.
  if (!HAS_DIGIT.test(text)) return [];
  return findDates(text, ANY_YEAR).flatMap((date) =>
    !date.relative && date.iso ? [monthDay(date.iso)] : [],
  );
}

/** A date on a page, as the month-day it names, at its offsets in the page text. */
export interface PageDate {
  start: number;
  end: number;
  monthDay: string;
}

/**
 * The dates of a page in one pass: its absolute dates but those a claim is counted from, and, with
 * the page's published day, its relative dates ("on Thursday", "on the 26th", "в четверг")
 * resolved against it: a lede that dates its claim only by weekday is still dated to it.
 */
export function pageDates(text: string, publishedDay: string | null): PageDate[] {
  if (publishedDay === null && !HAS_DIGIT.test(text)) return [];
  return findDates(text, publishedDay ?? ANY_YEAR).flatMap((date) => {
    if (!date.iso || (date.relative && publishedDay === null)) return [];
    const since =
      !date.relative &&
      (SINCE_BEFORE.test(text.slice(Math.max(0, date.start - 60), date.start)) ||
        SINCE_AFTER.test(text.slice(date.end, date.end + 60)));
    return since ? [] : [{ start: date.start, end: date.end, monthDay: monthDay(date.iso) }];
  });
}

/** The month-days of the dates (sorted by start) that lie inside `span`. */
function monthDaysIn(dates: PageDate[], span: Span): string[] {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((dates[middle]?.start ?? 0) < span.start) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let at = low; at < dates.length; at++) {
    const date = dates[at];
    if (!date || date.start >= span.end) break;
    if (date.end <= span.end) found.push(date.monthDay);
  }
  return found;
}

/** The features with dates as month-days, adding the year-less absolute dates of `text`. */
export function withMonthDays(features: PassageFeatures, text: string): PassageFeatures {
  const dates = new Set([...[...features.dates].map(monthDay), ...absoluteMonthDays(text)]);
  return { ...features, dates };
}

/**
 * A page sentence's features for matching: the same as withMonthDays(passageFeatures(…)) with no
 * article date (every absolute date as a month-day), found in one date pass, without the two-word
 * phrases matching does not use, and with a person's "was in Moscow" read as a visit when the
 * actors' kinds are given. A date the claim is counted from ("since 7 October") is left out: it
 * would set the sentence on another day than its fact's. A page in another language gives
 * `terms: 'foreign'` (passage-features.ts). `dates`: the page's (pageDates), by page offsets.
 */
export function pageSentenceFeatures(
  passage: Span,
  spans: ActorSpan[],
  terms: 'content' | 'foreign' = 'content',
  kinds?: ActorKinds,
  dates: PageDate[] = pageDates(passage.text, null).map((date) => ({
    ...date,
    start: date.start + passage.start,
    end: date.end + passage.start,
  })),
): PassageFeatures {
  const features = passageFeatures(passage, spans, null, {
    dates: false,
    bigrams: false,
    terms,
    ...(kinds ? { beingThere: kinds } : {}),
  });
  return { ...features, dates: new Set(monthDaysIn(dates, passage)) };
}

/**
 * Feature keys of a passage with their boosts ("a:actor:x", "n:1400", "t:expel", "d:10-26"). A
 * weekday or month name is the passage's date (its d: key), not one of its words: as a word it
 * counted twice, and weighed against every claim its sources dated otherwise ("Israel demanded on
 * Thursday that Russia expel the Hamas delegation" scored 0.33, below the floor, and 0.42 without).
 */
export function signatureKeys(features: PassageFeatures): Map<string, number> {
  const keys = featureKeys(features);
  for (const term of features.terms) if (CALENDAR_TERMS.has(term)) keys.delete(`t:${term}`);
  return keys;
}

/** The signature as feature keys → weights, the same keys signatureKeys gives a passage. */
export function signatureWeights(signature: FactSignature): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [actor, w] of Object.entries(signature.actors)) weights.set(`a:${actor}`, w);
  for (const [value, w] of Object.entries(signature.numbers)) weights.set(`n:${value}`, w);
  for (const [term, w] of Object.entries(signature.terms)) weights.set(`t:${term}`, w);
  for (const [day, w] of Object.entries(signature.dates)) weights.set(`d:${day}`, w);
  return weights;
}

/** Evidence kind of a feature key: actor, number, date, term. */
export function keyKind(key: string): 'actor' | 'number' | 'date' | 'term' {
  switch (key[0]) {
    case 'a':
      return 'actor';
    case 'n':
      return 'number';
    case 'd':
      return 'date';
    default:
      return 'term';
  }
}
