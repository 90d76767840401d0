/**
 * Dates as reported: absolute ("October 26", "26 October 2023", "2023-10-28", "Oct.26 - 2023")
 * and relative ("on Thursday", "on the 26th", "26日") resolved against the article's date.
 * Method: a few regexes over the text; ISO output (YYYY-MM-DD) when the date can be pinned.
 * Cost: O(text).
 */
import { ABJAD_MONTHS, MONTH_WORDS, monthNumber, RUSSIAN_STEMS } from './month-names';
import { parseIsoDay } from './iso-day';
import { ANY_DIGIT, HAS_DIGIT, westernDigits } from './numbers';
import { spanOf, type Span } from './span';

export interface ReportedDate extends Span {
  /** YYYY-MM-DD, or null when it cannot be pinned (no year and no article date). */
  iso: string | null;
  relative: boolean;
}

const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Ends at a period or a word boundary: "28 juli", "26 octombrie", "1 augusti" are not "28 Jul"…
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\.|\b)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** Month names in other languages than English, longest first; Russian by stem (see below). */
const FOREIGN_MONTH = [...MONTH_WORDS.flatMap((names) => names.slice(1)), ...ABJAD_MONTHS.flat()]
  .sort((a, b) => b.length - a.length)
  .join('|');
const RUSSIAN_MONTH = RUSSIAN_STEMS.filter(Boolean).join('|');

const PATTERNS: Array<{
  regex: RegExp;
  parse: (m: RegExpMatchArray) => { y?: number; m: number; d: number };
}> = [
  {
    regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    parse: (m) => ({ y: +(m[1] ?? 0), m: +(m[2] ?? 0), d: +(m[3] ?? 0) }),
  },
  {
    regex: new RegExp(String.raw`\b${MONTH}\s*${DAY}\b(?:\s*(?:,|-)?\s*(\d{4}))?`, 'gi'),
    parse: (m) => ({ m: monthOf(m[1]), d: +(m[2] ?? 0), ...(m[3] ? { y: +m[3] } : {}) }),
  },
  {
    // Day first with dots, as written across Europe: "12.03.2024", "12. 3. 2024" (slashes are
    // left out: 03/12/2024 is 12 March or 3 December depending on the writer).
    regex: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g,
    parse: (m) => ({ y: +(m[3] ?? 0), m: +(m[2] ?? 0), d: +(m[1] ?? 0) }),
  },
  {
    regex: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4}))?`, 'gi'),
    parse: (m) => ({ m: monthOf(m[2]), d: +(m[1] ?? 0), ...(m[3] ? { y: +m[3] } : {}) }),
  },
  {
    // Day first in other languages: "26 octobre 2023", "26. Oktober", "26 de octubre de 2023",
    // "26 октября", "26 жовтня", "26 أكتوبر", "۲۶ اکتبر", "26 באוקטובר" (ב- "in" glued on).
    regex: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(${ANY_DIGIT}{1,2})\.?\s+(?:de\s+|ב-?)?(?:(${FOREIGN_MONTH})(?![\p{L}])|(${RUSSIAN_MONTH})\p{L}*)(?:,?\s+(?:de\s+)?(${ANY_DIGIT}{4}))?`,
      'giu',
    ),
    parse: (m) => ({
      m: monthNumber(m[2] ?? m[3] ?? ''),
      d: Number(westernDigits(m[1] ?? '0')),
      ...(m[4] ? { y: Number(westernDigits(m[4])) } : {}),
    }),
  },
  {
    // Chinese, Japanese and Korean: "2023年10月26日", "10月26日", "10월 26일".
    regex: /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu,
    parse: (m) => ({ m: +(m[2] ?? 0), d: +(m[3] ?? 0), ...(m[1] ? { y: +m[1] } : {}) }),
  },
];
const ORDINAL_DAY = /\b(?:on|since|from|until|by)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/gi;
/**
 * Chinese, Japanese and Korean news give the day alone for a day of the current month ("26日、モスクワを
 * 訪れた", "26일"); not a count of days ("3日間") nor 日本/일본 (Japan).
 */
const CJK_DAY = /(?<!\d)(\d{1,2})\s*(?:日(?![間本])|일(?!간|본))/gu;
const WEEKDAY =
  /\b(?:on|last|this|earlier on|later on)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi;

/**
 * Weekdays as other languages name them in a report, Sunday first: lower case where the language
 * writes them so (fr, es, it, pt, nl: "dimanche soir", "el domingo"), German by its noun ("am
 * Sonntag", "Sonntagabend"), Slavic after their preposition ("в воскресенье", "w niedzielę",
 * "у неділю", "v neděli"): a capitalised "Domingo" is a name. Arabic, Persian, Hebrew and Turkish
 * as news writes them ("الخميس", "پنجشنبه", "ביום חמישי", "perşembe"), Hebrew and Turkish with the
 * word for day where the name alone says something else (שני: second; pazar: market). Read as
 * past days.
 */
const FOREIGN_WEEKDAYS: string[][] = [
  [
    'dimanche',
    'domingo',
    'domenica',
    'zondag',
    'Sonntag',
    'в воскресенье',
    'w niedzielę',
    'у неділю',
    'в неділю',
    'v neděli',
    'الأحد',
    'ביום ראשון',
    'יום ראשון',
    'pazar günü',
    'Pazar günü',
    'یکشنبه',
  ],
  [
    'lundi',
    'lunes',
    'lunedì',
    'segunda-feira',
    'maandag',
    'Montag',
    'в понедельник',
    'w poniedziałek',
    'у понеділок',
    'в понеділок',
    'v pondělí',
    'الاثنين',
    'الإثنين',
    'ביום שני',
    'יום שני',
    'pazartesi',
    'Pazartesi',
    'دوشنبه',
  ],
  [
    'mardi',
    'martes',
    'martedì',
    'terça-feira',
    'dinsdag',
    'Dienstag',
    'во вторник',
    'we wtorek',
    'у вівторок',
    'в вівторок',
    'v úterý',
    'الثلاثاء',
    'ביום שלישי',
    'יום שלישי',
    'salı günü',
    'Salı günü',
    'سه‌شنبه',
    'سه شنبه',
  ],
  [
    'mercredi',
    'miércoles',
    'mercoledì',
    'quarta-feira',
    'woensdag',
    'Mittwoch',
    'в среду',
    'w środę',
    'у середу',
    'в середу',
    've středu',
    'الأربعاء',
    'ביום רביעי',
    'יום רביעי',
    'çarşamba',
    'Çarşamba',
    'چهارشنبه',
  ],
  [
    'jeudi',
    'jueves',
    'giovedì',
    'quinta-feira',
    'donderdag',
    'Donnerstag',
    'в четверг',
    'w czwartek',
    'у четвер',
    'в четвер',
    've čtvrtek',
    'الخميس',
    'ביום חמישי',
    'יום חמישי',
    'perşembe',
    'Perşembe',
    'پنجشنبه',
    'پنج‌شنبه',
    'پنج شنبه',
  ],
  [
    'vendredi',
    'viernes',
    'venerdì',
    'sexta-feira',
    'vrijdag',
    'Freitag',
    'в пятницу',
    'w piątek',
    'у пʼятницю',
    'в пʼятницю',
    'v pátek',
    'الجمعة',
    'ביום שישי',
    'יום שישי',
    'cuma günü',
    'Cuma günü',
    'جمعه',
  ],
  [
    'samedi',
    'sábado',
    'sabato',
    'zaterdag',
    'Samstag',
    'Sonnabend',
    'в субботу',
    'w sobotę',
    'у суботу',
    'в суботу',
    'v sobotu',
    'السبت',
    'בשבת',
    'cumartesi',
    'Cumartesi',
    'شنبه',
  ],
];
const FOREIGN_WEEKDAY_INDEX = new Map(
  FOREIGN_WEEKDAYS.flatMap((names, day) => names.map((name): [string, number] => [name, day])),
);
/** A date right after a weekday ("lunedì 2 febbraio", "پنجشنبه (۲۶ اکتبر)") says the day itself. */
const DATE_FOLLOWS = new RegExp(String.raw`^[\s,(،]*${ANY_DIGIT}`, 'u');
/** German weekdays start a compound ("Sonntagabend"); the others stand as words. */
const FOREIGN_WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}-])(${[...FOREIGN_WEEKDAY_INDEX.keys()].join('|')})(?:(?<=tag|woch|abend)(?:abend|morgen|nachmittag|vormittag|nacht))?(?![\p{L}-])`,
  'gu',
);

function monthOf(name: string | undefined): number {
  return MONTH_INDEX[(name ?? '').slice(0, 3).toLowerCase()] ?? 0;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** Finds the dates in `text`; `articleDate` (ISO) resolves missing years and relative dates. */
export function findDates(text: string, articleDate: string | null): ReportedDate[] {
  const anchor = parseIsoDay(articleDate);
  const found: ReportedDate[] = [];
  const taken = (start: number, end: number): boolean => found.some((d) => start < d.end && end > d.start);
  // Absolute dates and days of the month have digits; a text without any has only weekdays.
  const digits = HAS_DIGIT.test(text);
  for (const { regex, parse } of digits ? PATTERNS : []) {
    for (const match of text.matchAll(regex)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      const parts = parse(match);
      if (parts.m < 1 || parts.m > 12 || parts.d < 1 || parts.d > 31) continue;
      const year = parts.y ?? anchor?.y;
      found.push({
        ...spanOf(text, start, end),
        iso: year ? iso(year, parts.m, parts.d) : null,
        relative: false,
      });
    }
  }
  for (const match of digits ? [...text.matchAll(ORDINAL_DAY), ...text.matchAll(CJK_DAY)] : []) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken(start, end)) continue;
    const day = +(match[1] ?? 0);
    found.push({
      ...spanOf(text, start, end),
      iso: anchor ? iso(anchor.y, anchor.m, day) : null,
      relative: true,
    });
  }
  for (const match of text.matchAll(WEEKDAY)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken(start, end)) continue;
    const name = match[1] ?? '';
    // A period that begins on a weekday ("mourning, beginning on Tuesday") may have begun or be about
    // to: the nearer of the two.
    const iso = STARTS_BEFORE.test(text.slice(Math.max(0, start - 20), start))
      ? nearestWeekday(name, anchor)
      : resolveWeekday(name, anchor, speaksOfFuture(text, start, match[0]));
    found.push({ ...spanOf(text, start, end), iso, relative: true });
  }
  for (const match of text.matchAll(FOREIGN_WEEKDAY)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const day = FOREIGN_WEEKDAY_INDEX.get(match[1] ?? '');
    // "lunedì 2 febbraio": the date that follows says the day.
    if (day === undefined || taken(start, end) || DATE_FOLLOWS.test(text.slice(end, end + 4))) continue;
    found.push({
      ...spanOf(text, start, end),
      iso: resolveWeekday(WEEKDAYS[day] ?? '', anchor, false),
      relative: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Words in a weekday's clause that put it in the future: "is expected to visit Kessin on
 * Wednesday", and reported plans, however far back in the clause ("said it would compensate
 * affected customers and lay on 14 extra flights on Saturday", "it expects a near-normal schedule
 * on Saturday", "said it was adding twelve extra flights on Saturday").
 */
const FUTURE_IN_CLAUSE =
  /\b(?:will|would|shall|won't|wouldn't|(?:is|are|was|were)\s+(?:expected|due|scheduled|set|planning|going)|plans?\s+to|expects?|(?:said|says)\s+(?:that\s+)?\p{L}+\s+(?:is|are|was|were)\s+\p{L}+ing)\b|'ll\b/iu;
/** A period's start told right before the weekday: "beginning on Tuesday", "starting on Monday". */
const STARTS_BEFORE = /\b(?:beginning|starting)\s*$/iu;
/** "next Wednesday", "the coming Friday". */
const NEXT_BEFORE = /\b(?:next|coming)\s*$/iu;
/** A report's own day, told right before the weekday: "the ministry said on Tuesday" is past. */
const REPORTED_BEFORE =
  /\b(?:said|says|told|announced|confirmed|added|stated|reported|wrote|declared|claimed|warned)(?:\s+\p{L}+)?\s*$/iu;
/** How far back a weekday's clause is read: the sentence, or this many characters of it. */
const CLAUSE_CHARS = 120;

function speaksOfFuture(text: string, start: number, written: string): boolean {
  if (/^last\b/iu.test(written)) return false;
  const before = text.slice(Math.max(0, start - CLAUSE_CHARS), start);
  if (NEXT_BEFORE.test(before)) return true;
  if (REPORTED_BEFORE.test(before)) return false;
  const sentenceStart = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('; '),
  );
  return FUTURE_IN_CLAUSE.test(before.slice(sentenceStart + 1));
}

/** The weekday nearer the article's date, before or after it (after when both are as near). */
function nearestWeekday(name: string, anchor: { y: number; m: number; d: number } | null): string | null {
  const past = resolveWeekday(name, anchor, false);
  const next = resolveWeekday(name, anchor, true);
  if (!past || !next || !anchor) return past;
  const day = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  return Date.parse(next) - day <= day - Date.parse(past) ? next : past;
}

/**
 * The most recent such weekday on or before the article's date (news reports the past), or the
 * next one after it when the sentence speaks of the future.
 */
function resolveWeekday(
  name: string,
  anchor: { y: number; m: number; d: number } | null,
  ahead: boolean,
): string | null {
  if (!anchor) return null;
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const date = new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d));
  const shift = ahead ? (target - date.getUTCDay() + 7) % 7 : -((date.getUTCDay() - target + 7) % 7);
  date.setUTCDate(date.getUTCDate() + shift);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
