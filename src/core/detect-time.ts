/**
 * Is the page about another time than the corpus's event? Two cheap checks, precision first:
 * - the page names years near the event's (within YEAR_WINDOW) but never the event's own years
 *   ("14 August 2024" on a page about a later Hamas visit to Moscow): its facts are not ours;
 * - a sentence that dates itself ("on September 10") with no date of the fact reports another
 *   occasion of the same kind; so does one set in another year ("In March 2017, a delegation …").
 * Cost: one regex pass over the page; O(dates) per sentence.
 */
const YEAR = /\b(?:19|20)\d{2}\b/g;
export const YEAR_WINDOW = 3;

/** True when the page names years close to the event's and none of the event's own. */
export function namesOtherYears(text: string, eventYears: number[]): boolean {
  if (eventYears.length === 0) return false;
  const first = Math.min(...eventYears) - YEAR_WINDOW;
  const last = Math.max(...eventYears) + YEAR_WINDOW;
  let other = false;
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[0]);
    if (eventYears.includes(year)) return false;
    if (year >= first && year <= last) other = true;
  }
  return other;
}

/** True when the sentence has month-day dates and the fact has dates, and none agree. */
export function datesDisagree(sentenceDates: Set<string>, factDates: Record<string, number>): boolean {
  const known = Object.keys(factDates);
  if (sentenceDates.size === 0 || known.length === 0) return false;
  return !known.some((day) => sentenceDates.has(day));
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** "in 2017", "March 2017", "October 26, 2017": a year the sentence happens in (not "since 2007"). */
const SET_IN_YEAR = new RegExp(
  String.raw`(?:\bin|\b(?:${MONTHS})(?:\s+\d{1,2})?,?)\s+((?:19|20)\d{2})\b`,
  'gi',
);

/** True when the sentence sets itself in a year other than the event's, and names none of the event's. */
export function setInOtherYear(sentence: string, eventYears: number[]): boolean {
  if (eventYears.length === 0) return false;
  for (const match of sentence.matchAll(YEAR)) if (eventYears.includes(Number(match[0]))) return false;
  for (const match of sentence.matchAll(SET_IN_YEAR)) if (!eventYears.includes(Number(match[1]))) return true;
  return false;
}
