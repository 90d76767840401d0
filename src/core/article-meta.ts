/**
 * Finds an article's byline and dateline inside one line of page text.
 * Method: date patterns in the common news formats ("Thursday, 26 October 2023, 16:43",
 * "Oct.26 - 2023 8:39 PM CET", "2023-10-28", "October 26, 2023"); a byline is "By/Written by NAME"
 * or a capitalised name glued in front of the date. Offsets are relative to the line.
 * Cost: a few regex scans per line.
 */
import { RIGHTS_RESERVED, wordsOf } from './chrome-patterns';

export interface LineRange {
  start: number;
  end: number;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY =
  '(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?';
// "16:43", "16.20" (after a date only), "8:39 PM CET".
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4}\\b(?:[+-]\\d{1,2}\\b)?)?';
const DATE_PATTERNS = [
  `${WEEKDAY}\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}(?:,?\\s+${CLOCK})?`,
  `${WEEKDAY}${MONTH}\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*(?:[-–]\\s*)?\\d{4}(?:,?\\s*(?:[-–]\\s*)?${CLOCK})?`,
  `\\d{4}-\\d{2}-\\d{2}(?:[T\\s]\\d{2}:\\d{2}(?::\\d{2})?)?`,
  `\\d{1,2}(?:\\.\\s?|/)\\d{1,2}(?:\\.\\s?|/)\\d{4}(?:,?\\s+${CLOCK})?`,
];
const DATE = new RegExp(DATE_PATTERNS.map((pattern) => `(?:${pattern})`).join('|'), 'u');
const EVERY_DATE = new RegExp(DATE.source, 'gu');

const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/**
 * "Clara Whitfield, Europe correspondent", "Petra Novak | Kessin Bureau", "Camille Roux-Delsart,
 * correspondent in Hallby": a name, then the writer's post.
 */
const NAME_WITH_ROLE =
  /^([^,|•·]+?)\s*[,|•·]\s*(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|editor|writer|bureau|staff|desk|newsdesk|columnist)s?(?:\s+in\s+\p{Lu}[\p{L}-]+)?$/iu;
/** Separators left at the end of a name cut from a line ("Priya Ramaswamy –", "Jane Doe |"). */
const TRAILING_SEPARATORS = /[\s,|•·–—-]+$/u;
const POST = String.raw`(?:our|a|the) (?:[\p{L}-]+ ){0,2}(?:correspondent|reporter|envoy|staff)`;
/** "By …", and a translated "From our correspondent …" (German "Von unserem Korrespondenten"). */
const BYLINE_PREFIX = new RegExp(
  String.raw`^(?:written by|by|author|reporter|автор|from(?= ${POST}))\s*:?\s+`,
  'iu',
);
/**
 * A byline naming the post first: "By our correspondent in Tarsk, Claire Demonceau", "From our
 * correspondent Katharina Wendel, Vienna".
 */
const POST_BEFORE_NAME = new RegExp(
  String.raw`^${POST}(?: in [\p{Lu}][\p{L}-]+)?(?:,\s*|\s+(?=\p{Lu}))`,
  'iu',
);
/** The writer's town after the name: "Katharina Wendel, Vienna". */
const PLACE_AFTER_NAME = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s*\p{Lu}[\p{L}-]+$/u;
// Labels and counters that may share the line with a date ("Time:", "Published:", "Click:167").
const META_LABEL = /\p{L}+:\s*\d*/gu;
// Words that may share the line with a date: "Published … | Last updated 19:05", "· 8 min read".
// A translation keeps the original's articles and clock: "Published the 11/11/2025 at 07h12",
// "18:47 clock" (German "Uhr").
const META_WORDS =
  /\b(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at| the)?|\d+ min(?:ute)?s? read|reading time:?\s*\d+\s*min(?:ute)?s?|\d+ (?:minutes?|hours?|days?) ago|\d+ comments?)\b|\b\d{1,2}[:h]\d{2}(?:\s+(?:[A-Z]{2,4}|clock|o'clock)\b)?|\b(?:at|on|the)\b/giu;

/** Most words of a byline that shares its line with the date. */
const BYLINE_WORDS = 9;

/** The date (with time) in a metadata line; null if none, or if the line is mostly something else. */
export function findDateline(line: string): LineRange | null {
  const match = DATE.exec(line);
  if (!match) return null;
  const start = match.index;
  const end = start + match[0].trimEnd().length;
  const before = line.slice(0, start);
  const lead = before.replace(TRAILING_SEPARATORS, '');
  // "Jane Doe | 12 March 2024", "From our correspondent Katharina Wendel, Vienna | 12.02.2026".
  const leadIsByline = isNameLike(lead) || (BYLINE_PREFIX.test(lead) && wordsOf(lead).length <= BYLINE_WORDS);
  const rest = `${leadIsByline ? '' : before} ${line.slice(end)}`
    .replace(EVERY_DATE, ' ') // "Published: 15:12, 12 March 2024 | Updated: 17:40, 12 March 2024"
    .replace(META_WORDS, ' ')
    .replace(META_LABEL, ' ');
  return wordsOf(rest.replace(/[|•·,\-–]/gu, ' ')).length <= 2 ? { start, end } : null;
}

/** The author's name in a byline line ("Written by NAME", or NAME glued before the date). */
export function findByline(line: string, dateline: LineRange | null): LineRange | null {
  const prefixed = BYLINE_PREFIX.exec(line);
  if (prefixed) {
    const end = dateline && dateline.start > prefixed[0].length ? dateline.start : line.length;
    const written = line
      .slice(prefixed[0].length, end)
      .replace(/[\s,|•·-]+(?:(?:first |last )?(?:published|updated|posted)(?: on| at)?)?[\s,|•·:-]*$/iu, '');
    const post = POST_BEFORE_NAME.exec(written)?.[0].length ?? 0;
    const named = written.slice(post);
    const name = NAME_WITH_ROLE.exec(named)?.[1] ?? PLACE_AFTER_NAME.exec(named)?.[1] ?? named;
    if (/^\p{Lu}/u.test(name) && wordsOf(name).length <= 6) {
      const start = prefixed[0].length + post;
      return { start, end: start + name.length };
    }
    return null;
  }
  if (dateline && dateline.start > 0) {
    const name = line.slice(0, dateline.start).replace(TRAILING_SEPARATORS, '');
    if (isNameLike(name)) return { start: 0, end: name.length };
  }
  const withRole = NAME_WITH_ROLE.exec(line);
  if (!dateline && withRole?.[1] && isNameLike(withRole[1])) return { start: 0, end: withRole[1].length };
  return null;
}

/** Labels of a date that have a name's shape: "Published On 26 Oct 2023", "Last Updated". */
const DATE_LABEL = /^(?:first |last )?(?:published|updated|posted|modified|created|date)(?: (?:on|at))?$/iu;

/** A region a page files its story under ("Middle East", "Eastern Europe"), above the dateline. */
const REGION_LABEL = /^(?:middle|north|south|east|west|northern|southern|eastern|western)\s/iu;

/** Two to four capitalised words and nothing else: the shape of a person's name. */
export function isNameLike(text: string): boolean {
  // "NEWS IN BRIEF" has the shape but not a name's lower-case letters.
  return NAME.test(text) && /\p{Ll}/u.test(text) && !DATE_LABEL.test(text.trim()) && !REGION_LABEL.test(text);
}

/**
 * The owner a copyright line names: "© 2026 The Velmora Chronicle Ltd | About us", "(c) 2026
 * Orvania Press. All rights reserved.", "© L'Écho du Matin 2026 – Tous droits réservés", "© 2026
 * «Новости Побережья». Все права защищены."
 */
const COPYRIGHT_OWNER = new RegExp(
  String.raw`(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[–—-]\s*\d{4})?\s*)?[«"“„]?(\p{Lu}[^|·•,.©"“”«»]*?)[»"”“]?\s*(?:[|·•,.]|\ball rights\b|[–—-]?\s*${RIGHTS_RESERVED.source}|$)`,
  'iu',
);
/** What follows an owner's name and is no part of it: a legal form ("Ltd", "d.d."), a year, a dash. */
const OWNER_TAIL = /(?:\s+(?:Ltd|Limited|Inc|GmbH|plc|LLC|AG|AB|SA|Co|d\.?d?|\d{4}|[–—-]))+$/iu;
/** Most words of an outlet's name. */
const OUTLET_WORDS = 6;

/** The outlet a copyright line names, for an article imported with no outlet of its own; null if none. */
export function outletOfCopyright(line: string): string | null {
  const owner = COPYRIGHT_OWNER.exec(line)?.[1]?.replace(OWNER_TAIL, '').trim();
  if (!owner || wordsOf(owner).length > OUTLET_WORDS || !/\p{L}{2}/u.test(owner)) return null;
  return owner;
}
