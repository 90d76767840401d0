/**
 * Is the page about another time than the corpus's event? Two cheap checks, precision first:
 * - the page names years near the event's (within YEAR_WINDOW) but never the event's own years
 *   ("14 August 2024" on a page about a later Hamas visit to Moscow): its facts are not ours;
 * - a sentence that dates itself ("on September 10") with no date of the fact reports another
 *   occasion of the same kind; so does one set in another year ("In March 2017, a delegation …")
 *   or in another month ("In January, a delegation …", when the fact's sources dated it October).
 * Cost: one regex pass over the page; O(dates) per sentence.
 */
import { findDates } from './dates';
import { parseIsoDay } from './iso-day';
import { ANY_DIGIT, westernDigits } from './numbers';
import { ABJAD_MONTHS, MONTH_WORDS, monthNumber, RUSSIAN_STEMS } from './month-names';

// Years in Arabic-Indic and Persian digits too ("٢٠٢٣", "۲۰۲۳"): a page that wrote its own year so
// and an earlier one in Western digits had read as set in that earlier year.
const YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])${ANY_DIGIT}{4}(?![\p{L}\p{N}])`, 'gu');
const yearOf = (written: string): number => {
  const year = Number(westernDigits(written));
  return year >= 1900 && year < 2100 ? year : NaN;
};
export const YEAR_WINDOW = 3;

/** True when the page names years close to the event's and none of the event's own. */
export function namesOtherYears(text: string, eventYears: number[]): boolean {
  if (eventYears.length === 0) return false;
  const first = Math.min(...eventYears) - YEAR_WINDOW;
  const last = Math.max(...eventYears) + YEAR_WINDOW;
  let other = false;
  for (const match of text.matchAll(YEAR)) {
    const year = yearOf(match[0]);
    if (eventYears.includes(year)) return false;
    if (year >= first && year <= last) other = true;
  }
  return other;
}

/** A page's own date is in its first lines: its dateline, above or just under the headline. */
const DATELINE_CHARS = 600;
/**
 * Days after the corpus's last dated fact within which a page may still report the event without
 * dating what it tells: a week. Later, the same speakers and words are another occasion more often
 * than a recap (Hamas leaders in Cairo on 4 November, Haiat's "worse than ISIS" said of Qatar's
 * guests); a recap that dates the fact still counts.
 */
export const LATER_PAGE_DAYS = 7;
/**
 * A page published before the event cannot report it: one dated (by its metadata) more than
 * EARLIER_PAGE_DAYS before the corpus's first dated fact, or by its text's dateline more than
 * EARLIER_DATELINE_DAYS before it, reports another occasion (Bagheri Kani in Moscow in June; Hamas
 * leaders in Istanbul six days before the visit, with Israel asking Turkey to expel them). Two days
 * allow for a metadata time zone and a fact dated by a report of the day after.
 */
export const EARLIER_PAGE_DAYS = 2;
export const EARLIER_DATELINE_DAYS = 60;
const DAY_MS = 86_400_000;

/**
 * The first and the last day (epoch ms) any fact is dated to: the earliest month-day in the
 * earliest event year, the latest in the latest. Null for a corpus without dated facts.
 */
function eventSpan(factDays: string[], eventYears: number[]): { first: number; last: number } | null {
  if (factDays.length === 0 || eventYears.length === 0) return null;
  const sorted = [...factDays].sort();
  const first = Date.parse(`${Math.min(...eventYears)}-${sorted[0] ?? ''}`);
  const last = Date.parse(`${Math.max(...eventYears)}-${sorted.at(-1) ?? ''}`);
  return Number.isNaN(first) || Number.isNaN(last) ? null : { first, last };
}

/**
 * True when the page is dated (by its metadata, `publishedDay`, else by a full date with its year
 * in its first lines) more than LATER_PAGE_DAYS after the last day any fact is dated to, or well
 * before the first (EARLIER_DATELINE_DAYS): a page of 5 December on the Kremlin's plans reports
 * another occasion than a visit of 26 October, however alike the words. The last day is the
 * latest month-day of the facts in the latest event year, the first the earliest in the earliest
 * (overestimates for a corpus spanning a new year, which only make the check looser).
 */
export function datedApartFromEvent(
  text: string,
  factDays: string[],
  eventYears: number[],
  publishedDay: string | null = null,
): boolean {
  if (factDays.length === 0 || eventYears.length === 0) return false;
  const dateline = publishedDay
    ? null
    : findDates(text.slice(0, DATELINE_CHARS), null).find((date) => !date.relative && date.iso);
  const day = publishedDay ?? dateline?.iso;
  const span = eventSpan(factDays, eventYears);
  if (!day || !span) return false;
  const { first, last } = span;
  const published = Date.parse(day);
  if (Number.isNaN(published)) return false;
  // A date in the text's first lines may be one the lead recalls ("the attack of 7 October
  // 2023"), so the text's dateline sets a page well before the event only; but no lead recalls a
  // day as a machine writes it ("2023-10-13 19:26"): that is the page's own date.
  const ownDate = publishedDay !== null || parseIsoDay(dateline?.text) !== null;
  const earlier = ownDate ? EARLIER_PAGE_DAYS : EARLIER_DATELINE_DAYS;
  return published - last > LATER_PAGE_DAYS * DAY_MS || first - published > earlier * DAY_MS;
}

/**
 * Where the page's metadata day falls against the days the corpus's facts are dated to: before
 * the first, within, or after the last; null when either is unknown.
 */
function publishedAgainstEvent(
  publishedDay: string | null,
  factDays: string[],
  eventYears: number[],
): 'before' | 'during' | 'after' | null {
  const span = publishedDay === null ? null : eventSpan(factDays, eventYears);
  if (!span || publishedDay === null) return null;
  const published = Date.parse(publishedDay.slice(0, 10));
  if (Number.isNaN(published)) return null;
  return published < span.first ? 'before' : published > span.last ? 'after' : 'during';
}

/**
 * True when the page's metadata dates it before the first or after the last day any fact is dated
 * to. In the days around an event the same people are in the news for other things (Peskov on
 * Biden the day after, on Putin's calls the day before; Israel's ministry on a riot in Dagestan):
 * there names alone, or a word or two, no longer tell one of its claims.
 */
export function publishedOutsideEvent(
  publishedDay: string | null,
  factDays: string[],
  eventYears: number[],
): boolean {
  const when = publishedAgainstEvent(publishedDay, factDays, eventYears);
  return when === 'before' || when === 'after';
}

/** True when the page's published day is known and within the days the corpus's facts are dated to. */
export function publishedDuringEvent(
  publishedDay: string | null,
  factDays: string[],
  eventYears: number[],
): boolean {
  return publishedAgainstEvent(publishedDay, factDays, eventYears) === 'during';
}

/** True when the sentence has one of the month-days the fact is dated to. */
export function datedToFact(sentenceDates: Set<string>, factDates: Record<string, number>): boolean {
  return Object.keys(factDates).some((day) => sentenceDates.has(day));
}

/** How far (in days) a sentence's date may be from every day the corpus's facts are dated to. */
export const NEAR_EVENT_DAYS = 3;

const dayOfYear = (monthDay: string): number =>
  Date.UTC(2001, Number(monthDay.slice(0, 2)) - 1, Number(monthDay.slice(3, 5))) / DAY_MS;

/** Days between two days of the year, across the new year too (31 December and 1 January: 1). */
function daysApart(a: number, b: number): number {
  const apart = Math.abs(a - b);
  return Math.min(apart, 365 - apart);
}

/**
 * True when the sentence has month-day dates and every one is more than NEAR_EVENT_DAYS from each
 * day a corpus fact is dated to: "arrived in Cairo on Saturday 4 November" tells of another
 * occasion than a visit of 26 October, whichever fact its words recall (facts with no date of
 * their own included). Years are left to setInOtherYear.
 */
export function datedAwayFromEvent(sentenceDates: Set<string>, eventDays: string[]): boolean {
  if (sentenceDates.size === 0 || eventDays.length === 0) return false;
  const days = eventDays.map(dayOfYear);
  return [...sentenceDates].every((date) => {
    const day = dayOfYear(date);
    return days.every((event) => daysApart(day, event) > NEAR_EVENT_DAYS);
  });
}

/** How many days apart outlets may date one claim: a meeting late on the 26th is the 27th's news. */
const SAME_CLAIM_DAYS = 1;

/**
 * True when the sentence has month-day dates and the fact has dates, and none is within
 * SAME_CLAIM_DAYS of one of the fact's: one source dates the Hamas–Iran meeting to the 27th, a page
 * to "Thursday", the 26th.
 */
export function datesDisagree(sentenceDates: Set<string>, factDates: Record<string, number>): boolean {
  const days = Object.keys(factDates).map(dayOfYear);
  if (sentenceDates.size === 0 || days.length === 0) return false;
  return ![...sentenceDates].some((date) => {
    const day = dayOfYear(date);
    return days.some((factDay) => daysApart(day, factDay) <= SAME_CLAIM_DAYS);
  });
}

/** English month names, capitalised ("January" … "December"). */
export const ENGLISH_MONTHS = MONTH_WORDS.map(([name = '']) => name.charAt(0).toUpperCase() + name.slice(1));
const MONTHS = ENGLISH_MONTHS.join('|');
/** "in 2017", "March 2017", "October 26, 2017": a year the sentence happens in (not "since 2007"). */
const SET_IN_YEAR = new RegExp(
  String.raw`(?:\bin|\b(?:${MONTHS})(?:\s+\d{1,2})?,?)\s+((?:19|20)\d{2})\b`,
  'gi',
);

/**
 * A month of another language with its year: "en septembre 2020", "im Juni 2022", "в сентябре
 * 2020 года", "septiembre de 2020", "ביוני 2022", "يونيو 2022".
 */
const MONTH_YEAR = new RegExp(
  String.raw`(?<!\p{L})(?:ב-?)?(?:${[...MONTH_WORDS.flat(), ...ABJAD_MONTHS.flat()].join('|')}|(?:${RUSSIAN_STEMS.filter(Boolean).join('|')})\p{L}*)\s+(?:de\s+)?(${ANY_DIGIT}{4})(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * "In 2022" in other languages: "en 2022", "im Jahr 2022", "nel 2022", "em 2022", "w 2022", "в 2022
 * году", "у 2022 році", "ב-2022", "בשנת 2022", "في 2022", "عام 2022", "در سال ۲۰۲۲", "2022'de",
 * "2022年".
 */
const FOREIGN_IN_YEAR = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:en|im(?: Jahr)?|nel|em|w|в|у|בשנת|في|عام|سنة|(?:در )?سال)\s+|(?<![\p{L}\p{N}])ב-?)(${ANY_DIGIT}{4})(?![\p{L}\p{N}])|(?<!\p{N})(${ANY_DIGIT}{4})(?:['’](?:de|da|te|ta)(?![\p{L}])|年(?!\d{1,2}月))`,
  'giu',
);

/** True when the sentence sets itself in a year other than the event's, and names none of the event's. */
export function setInOtherYear(sentence: string, eventYears: number[]): boolean {
  if (eventYears.length === 0) return false;
  for (const match of sentence.matchAll(YEAR)) if (eventYears.includes(yearOf(match[0]))) return false;
  for (const match of sentence.matchAll(SET_IN_YEAR)) if (!eventYears.includes(Number(match[1]))) return true;
  for (const match of sentence.matchAll(FOREIGN_IN_YEAR)) {
    const year = yearOf(match[1] ?? match[2] ?? '');
    if (!Number.isNaN(year) && !eventYears.includes(year)) return true;
  }
  for (const match of sentence.matchAll(MONTH_YEAR)) {
    const year = yearOf(match[1] ?? '');
    if (!Number.isNaN(year) && !eventYears.includes(year)) return true;
  }
  return false;
}

/**
 * A month as a whole word ("Marzouk" is not marzo), Hebrew with its glued "in" ("באוקטובר"), a
 * Russian stem with its ending, or a Chinese, Japanese or Korean number of a month ("11月", "11월").
 */
const MONTH_WORD = new RegExp(
  String.raw`(?<!\p{L})(?:ב-?)?(?:(${[...MONTH_WORDS, ...ABJAD_MONTHS].flat().join('|')})(?!\p{L})|(${RUSSIAN_STEMS.filter(Boolean).join('|')})\p{L}*)|(?<!\d)(\d{1,2})\s*[月월]`,
  'giu',
);

/** The months (1–12) a sentence names; "may" and "mars" only as months ("May 5", not "it may"). */
export function monthsNamed(sentence: string): Set<number> {
  const months = new Set<number>();
  for (const match of sentence.matchAll(MONTH_WORD)) {
    if (match[3]) {
      const number = Number(match[3]);
      if (number >= 1 && number <= 12) months.add(number);
      continue;
    }
    const word = match[1] ?? match[2] ?? '';
    const name = word.toLowerCase();
    // "may" the verb, "Mars" the planet: a month only as written so (May; French mars is lower case).
    if (
      name === 'may' &&
      (word !== 'May' || /^May\s+(?:not|be|have|also)\b/.test(sentence.slice(match.index ?? 0)))
    )
      continue;
    if (name === 'mars' && word !== 'mars') continue;
    const month = monthNumber(name);
    if (month) months.add(month);
  }
  return months;
}

/** The last sentence's months: a sentence is checked against each fact it scores against. */
let lastMonths: { sentence: string; months: Set<number> } | null = null;

/** True when the sentence names months and the fact's sources dated it in none of them. */
export function monthsDisagree(sentence: string, factDates: Record<string, number>): boolean {
  const days = Object.keys(factDates);
  if (days.length === 0) return false;
  if (lastMonths?.sentence !== sentence) lastMonths = { sentence, months: monthsNamed(sentence) };
  const named = lastMonths.months;
  if (named.size === 0) return false;
  const factMonths = new Set(days.map((day) => Number(day.slice(0, 2))));
  return ![...named].some((month) => factMonths.has(month));
}
