/**
 * Numbers as reported, with their hedges: "at least 1400", "over 1,400", "more than 220".
 * Method: one regex pass; digit groups normalised (1,400 = 1400), "thousand"/"million" scaled,
 * years, clock times and day-of-month numbers left to the date extractor. Cost: O(text).
 */
import { spanOf, type Span } from './span';

export interface ReportedNumber extends Span {
  value: number;
  /** The hedge as written, lower-cased ("at least", "over"), or null for a bare number. */
  hedge: string | null;
}

/**
 * Hedges and what each makes of its number: an approximation ("about 300"), a floor ("at least
 * 15") or a ceiling ("up to 40"). Discrepancies compare hedged numbers by it (discrepancies.ts).
 */
export type HedgeKind = 'approximate' | 'floor' | 'ceiling';
const HEDGE_KINDS: Record<string, HedgeKind> = {
  'at least': 'floor',
  'more than': 'floor',
  over: 'floor',
  nearly: 'approximate',
  almost: 'approximate',
  about: 'approximate',
  around: 'approximate',
  approximately: 'approximate',
  roughly: 'approximate',
  some: 'approximate',
  'up to': 'ceiling',
  'fewer than': 'ceiling',
  'less than': 'ceiling',
  under: 'ceiling',
  'as many as': 'ceiling',
  'at most': 'ceiling',
};
const HEDGES = Object.keys(HEDGE_KINDS);

/** What a hedge as written ("at least") makes of its number; null for a bare number. */
export function hedgeKind(hedge: string | null): HedgeKind | null {
  return hedge === null ? null : (HEDGE_KINDS[hedge] ?? null);
}

/** Whether two numbers lie within `share` of the larger one of each other (298 and 300 at 0.05). */
export function withinShare(a: number, b: number, share: number): boolean {
  return Math.abs(a - b) <= share * Math.max(a, b);
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/**
 * Scale words of other languages, by their stems (case endings vary: "миллиона", "milionów"),
 * and their abbreviations: "42 Millionen", "1,2 milliard", "3 млрд".
 */
const FOREIGN_SCALES: Array<[RegExp, number]> = [
  [/^(?:milliard|miliard|miljard|milyar|миллиард|мільярд|mrd\.?$|mld\.?$|млрд\.?$)/iu, 1e9],
  [
    /^(?:million|millón|millon|milione|milioni|milhão|milhões|milion|miljoen|miljon|milyon|миллион|мільйон|mio\.?$|mln\.?$|млн\.?$)/iu,
    1e6,
  ],
  [/^(?:tausend|mille$|milliers?$|mil$|tysi|duizend|тысяч|тисяч|tisíc|tusen|bin$)/iu, 1e3],
];
/** After a number: a decimal comma's digits, if any, and the next word. */
const FOREIGN_SCALE_AFTER = /^(,\d{1,2})?[ \u00a0\u202f]+(\p{L}+\.?)/u;

/** The scale a word after a number gives it, in English or another language; 1 for none. */
function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const english = SCALE[word.toLowerCase()];
  if (english) return english;
  return FOREIGN_SCALES.find(([pattern]) => pattern.test(word))?.[1] ?? 1;
}
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/**
 * Digit groups as news in many languages write them: "1,400", "1.400" (es, de, it, tr), "1 400"
 * with a space or a no-break space (fr, ru, cs). A dot before three digits is a decimal point only
 * when a scale word follows ("1.125 billion"). A hyphen glued to a word before the number is a
 * prefix ("מ-1,400", Hebrew "from-1,400"), not a minus or a range.
 */
const NUMBER_PATTERN = new RegExp(
  String.raw`(?:\b(${HEDGES.join('|')})\s+)?(?<![\d.,:]|(?<!\p{L})-)(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]?\d|\s+(?:thousand|million|billion)\b)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)|\d+(?:\.\d+)?)(?![\d:])(?:\s+(thousand|million|billion)\b)?`,
  'giu',
);
/** A digit: ASCII, Arabic-Indic or Persian (a regex character class). */
export const ANY_DIGIT = String.raw`[0-9\u0660-\u0669\u06f0-\u06f9]`;
/** Whether a text holds a digit (a cheap test before the patterns). */
export const HAS_DIGIT = new RegExp(ANY_DIGIT);

/** Arabic-Indic and Persian digits and separators, one UTF-16 unit each like their ASCII forms. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/gu;
export function westernDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** True when the number at [start, end) is part of a date or a time rather than a count. */
function looksLikeDatePart(text: string, start: number, end: number, digits: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/^(st|nd|rd|th)\b/i.test(after)) return true; // "26th"
  if (/^\s*[-/.]\s*\d/.test(after) || /\d\s*[-/.]\s*$/.test(before)) return true; // 2023-10-28, Oct.26 - 2023
  const wordBefore = /([A-Za-z]+\.?)\s*$/.exec(before)?.[1] ?? '';
  const wordAfter = /^\s*([A-Za-z]+\.?)/.exec(after)?.[1] ?? '';
  if (MONTHS.test(wordBefore) || MONTHS.test(wordAfter)) return true; // October 26, 26 October
  if (/^\s?[년월일年月日]/u.test(after)) return true; // 2023년 10월 26일, 10月26日
  const value = Number(digits);
  if (/^\d{4}$/.test(digits) && value >= 1900 && value <= 2100) return true; // a year
  // "3 p.m.": no word boundary after the last dot, so "p.m." stands outside the \b group.
  if (/^\s*(?:(?:am|pm|cet|gmt|utc)\b|[ap]\.m\.)/i.test(after)) return true;
  // "19.15 hours", "7.10 Uhr": a clock time (a whole number of hours, "12 hours", is a count).
  if (/^\d{1,2}\.\d{2}$/.test(digits) && Number(digits) < 24 && /^\s*(?:hours?|h|uhr)\b/i.test(after))
    return true;
  // "19 h 40", "12h18": a clock time as French writes it, hours and minutes alike.
  if (
    /^\d{1,2}$/.test(digits) &&
    (/^[ \u00a0]?h[ \u00a0]?\d{2}\b/i.test(after) || /\d[ \u00a0]?h[ \u00a0]?$/i.test(before))
  )
    return true;
  return false;
}

/**
 * Counts written as words, from ten up ("twelve months", "seventeen injured", "twenty thousand"):
 * smaller ones are too common to compare claims by ("one of the", "two sides").
 */
const NUMBER_WORDS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
/** The units a tens word takes after a hyphen ("forty-six"). */
const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const NUMBER_WORD_PATTERN = new RegExp(
  String.raw`(?:\b(${HEDGES.join('|')})\s+)?(?<![\p{L}-])(${Object.keys(NUMBER_WORDS).join('|')})(?:[-‐](${Object.keys(UNITS).join('|')}))?(?![\p{L}-])(?:\s+(thousand|million|billion)\b)?`,
  'giu',
);

/** A cheap test before the pattern, whose hedges are tried at every position of a sentence. */
const HAS_NUMBER_WORD = new RegExp(Object.keys(NUMBER_WORDS).join('|'), 'iu');

function findNumberWords(written: string): ReportedNumber[] {
  const found: ReportedNumber[] = [];
  if (!HAS_NUMBER_WORD.test(written)) return found;
  for (const match of written.matchAll(NUMBER_WORD_PATTERN)) {
    const tens = NUMBER_WORDS[(match[2] ?? '').toLowerCase()] ?? 0;
    // "forty-six": only a tens word takes units ("twelve-six" is no number).
    const units = match[3] && tens >= 20 && tens < 100 ? (UNITS[match[3].toLowerCase()] ?? 0) : 0;
    if (match[3] && units === 0) continue;
    const base = tens + units;
    // "a hundred" alone; "hundreds of" is no count.
    const scale = match[4] ? (SCALE[match[4].toLowerCase()] ?? 1) : 1;
    const start = match.index ?? 0;
    found.push({
      ...spanOf(written, start, start + match[0].length),
      value: base * scale,
      hedge: match[1] ? match[1].toLowerCase() : null,
    });
  }
  return found;
}

/**
 * Counts from ten up written as words in other languages ("onze morts", "zwölf Tote", "двенадцать
 * человек"), read in a passage in another language only ("once" and "elf" are English words too).
 * By stem, for case endings ("двенадцати"); a tens word followed by its units ("quarante-six",
 * "cuarenta y seis", "сорок шесть") is left out rather than read short. No word that also says
 * "percent" ("pour cent", "per cento") or "I am" (Italian "sto").
 */
const FOREIGN_NUMBER_WORDS: Array<[number, string]> = [
  [10, 'zehn dix diez dieci dez dziesięć tien десят deset zece tio'],
  [11, 'elf onze once undici jedenaście одиннадцат одинадцят jedenáct unsprezece elva'],
  [12, 'zwölf douze doce dodici doze dwanaście twaalf двенадцат дванадцят dvanáct doisprezece tolv'],
  [13, 'dreizehn treize trece tredici treze trzynaście dertien тринадцат třináct'],
  [14, 'vierzehn quatorze catorce quattordici catorze czternaście veertien четырнадцат чотирнадцят čtrnáct'],
  [15, 'fünfzehn quinze quince quindici piętnaście vijftien пятнадцат п’ятнадцят пʼятнадцят patnáct'],
  [
    16,
    'sechzehn seize dieciséis sedici dezesseis dezasseis szesnaście zestien шестнадцат шістнадцят šestnáct',
  ],
  [
    17,
    'siebzehn diecisiete diciassette dezessete dezassete siedemnaście zeventien семнадцат сімнадцят sedmnáct',
  ],
  [18, 'achtzehn dieciocho diciotto dezoito osiemnaście achttien восемнадцат вісімнадцят osmnáct'],
  [
    19,
    'neunzehn diecinueve diciannove dezenove dezanove dziewiętnaście negentien девятнадцат девʼятнадцят devatenáct',
  ],
  [20, 'zwanzig vingt veinte venti vinte dwadzieścia twintig двадцат двадцят dvacet douăzeci'],
  [30, 'dreißig trente treinta trenta trinta trzydzieści dertig тридцат тридцят třicet treizeci'],
  [40, 'vierzig quarante cuarenta quaranta quarenta czterdzieści veertig сорок čtyřicet patruzeci'],
  [50, 'fünfzig cinquante cincuenta cinquanta pięćdziesiąt vijftig пятьдесят пʼятдесят padesát cincizeci'],
  [100, 'hundert cien cem honderd сто'],
];
/** Words that continue a tens word into a compound number: "y", "und", units after a space. */
const UNITS_AFTER =
  /^(?:-|\s+(?:y|e|i|und|et|un|une|uno|um|jeden|один|одна|одну|два|две|дві|три|четыре|чотири|пять|пʼять|шесть|шість|семь|сім|восемь|вісім|девять|девʼять|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć)(?!\p{L}))/iu;
const FOREIGN_NUMBER_WORD = /(?<![\p{L}'’ʼ-])[\p{L}’ʼ]+/gu;
let foreignNumberStems: Map<string, number> | null = null;

function findForeignNumberWords(written: string): ReportedNumber[] {
  foreignNumberStems ??= new Map(
    FOREIGN_NUMBER_WORDS.flatMap(([value, stems]) =>
      stems.split(' ').map((stem): [string, number] => [stem, value]),
    ),
  );
  const found: ReportedNumber[] = [];
  for (const match of written.matchAll(FOREIGN_NUMBER_WORD)) {
    const word = match[0].toLowerCase().replace(/['’]/gu, 'ʼ');
    const value = numberOfWord(word, foreignNumberStems);
    if (value === null) continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (value >= 20 && value < 100 && UNITS_AFTER.test(written.slice(end, end + 12))) continue;
    found.push({ ...spanOf(written, start, end), value, hedge: null });
  }
  return found;
}

/** A whole word of the table, or a Slavic stem with its case ending ("двенадцати", "сорока"). */
function numberOfWord(word: string, stems: Map<string, number>): number | null {
  const whole = stems.get(word);
  if (whole !== undefined) return whole;
  if (!/^[\u0400-\u04ff]/u.test(word)) return null;
  for (let cut = word.length - 1; cut >= Math.max(3, word.length - 3); cut--) {
    const value = stems.get(word.slice(0, cut));
    if (value !== undefined) return value;
  }
  return null;
}

/** Numbers in `written`; `otherLanguage`: also count words of other languages (passage-features.ts). */
export function findNumbers(written: string, otherLanguage = false): ReportedNumber[] {
  const digits = findDigitNumbers(written);
  const words = otherLanguage
    ? [...findNumberWords(written), ...findForeignNumberWords(written)]
    : findNumberWords(written);
  return words.length === 0 ? digits : [...digits, ...words].sort((a, b) => a.start - b.start);
}

/**
 * Thousands and ten-thousands as Korean, Chinese and Japanese write them between digits: "1천400명"
 * (1,400), "1万4千" (14,000), "2.5만" (25,000). Read whole, before the digit pass would
 * read "1" and "400" apart.
 */
const CJK_UNITS = /(?<![\d.,])(\d+(?:\.\d+)?)(?:([만万萬])(?:(\d)[천千])?|([천千]))(\d{1,3})?(?![\d.,])/gu;

function findCjkUnitNumbers(text: string, written: string): ReportedNumber[] {
  if (!/[천千만万萬]/u.test(text)) return [];
  return [...text.matchAll(CJK_UNITS)].map((match) => {
    const lead = Number(match[1]);
    const value = match[2]
      ? lead * 1e4 + Number(match[3] ?? 0) * 1e3 + Number(match[5] ?? 0)
      : lead * 1e3 + Number(match[5] ?? 0);
    const start = match.index ?? 0;
    return { ...spanOf(written, start, start + match[0].length), value, hedge: null };
  });
}

function findDigitNumbers(written: string): ReportedNumber[] {
  const found: ReportedNumber[] = [];
  if (!HAS_DIGIT.test(written)) return found;
  // Same length as `written`, so offsets stay exact; spans are cut from `written`.
  const text = westernDigits(written);
  const units = findCjkUnitNumbers(text, written);
  found.push(...units);
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const at = match.index ?? 0;
    if (units.some((unit) => at < unit.end && at + match[0].length > unit.start)) continue;
    const digits = match[2] ?? '';
    const digitsStart = (match.index ?? 0) + match[0].indexOf(digits, match[1] ? match[1].length : 0);
    if (looksLikeDatePart(text, digitsStart, digitsStart + digits.length, digits)) continue;
    const start = match.index ?? 0;
    let end = start + match[0].length;
    let scale = match[3] ? scaleOf(match[3]) : 1;
    let number = digits;
    // Another language's scale word, maybe after a decimal comma: "1,2 milliard", "42 Millionen".
    const foreign = match[3] ? null : FOREIGN_SCALE_AFTER.exec(text.slice(end, end + 30));
    const foreignScale = foreign ? scaleOf(foreign[2]) : 1;
    if (foreign && foreignScale > 1 && (!foreign[1] || !/[,.]/.test(digits))) {
      scale = foreignScale;
      if (foreign[1]) number = `${digits}.${foreign[1].slice(1)}`;
      end += foreign[0].length;
    }
    const grouped = /^\d{1,3}(?:[,. \u00a0\u202f]\d{3})+$/u.test(number) && !(scale > 1 && /\./.test(number));
    const value = Number(grouped ? number.replace(/[,. \u00a0\u202f]/gu, '') : number) * scale;
    found.push({
      ...spanOf(written, start, end),
      value,
      hedge: match[1] ? match[1].toLowerCase() : null,
    });
  }
  return units.length ? found.sort((a, b) => a.start - b.start) : found;
}

/** Small counts as written in words or digits, for tallies ("seven to two", "7–2"). */
const SMALL_COUNTS: Record<string, number> = { ...UNITS, ten: 10, eleven: 11, twelve: 12 };
const COUNT = String.raw`(\d{1,2}|${Object.keys(SMALL_COUNTS).join('|')})`;
const TALLY_PATTERN = new RegExp(
  String.raw`(?<![\d.,/:–—-])(?<!\bfrom\s)\b${COUNT}\s*(?:[-–—]|\s(?:votes?\s)?to\s)\s*${COUNT}\b(?![.,/:]?\d|[-–—]\d)`,
  'giu',
);

const HAS_SMALL_COUNT_WORD = new RegExp(String.raw`\b(?:${Object.keys(SMALL_COUNTS).join('|')})\b`, 'iu');

const countOf = (written: string): number => SMALL_COUNTS[written.toLowerCase()] ?? Number(written);

/**
 * Vote tallies and scores, larger part first: "ruled 7-2", "a 7–2 decision", "voted five to two",
 * "by five votes to two" all read "7:2" or "5:2". The number pass leaves them out (a hyphen between
 * digits reads as a date), and their parts are too small to compare by alone. A rise "from 5 to 7"
 * is no tally (the first part is the larger one, and "from" comes first); "X to Y" counts only
 * beside a word for a vote, a split or a majority.
 */
export function findTallies(written: string): string[] {
  const found: string[] = [];
  if (!HAS_DIGIT.test(written) && !HAS_SMALL_COUNT_WORD.test(written)) return found;
  for (const match of written.matchAll(TALLY_PATTERN)) {
    const larger = countOf(match[1] ?? '');
    const smaller = countOf(match[2] ?? '');
    if (larger <= smaller || larger > 15) continue;
    // Written with "to", it is a tally only beside a vote ("children aged three to two" is none).
    const start = match.index ?? 0;
    const near = written.slice(Math.max(0, start - 20), start + match[0].length + 12);
    if (!/[-–—]/.test(match[0]) && !/\b(?:vot|split|majorit)/i.test(near)) continue;
    found.push(`${larger}:${smaller}`);
  }
  return found;
}

const CLOCK_PATTERN =
  /(?<![\d.,:])\b(\d{1,2})(?:([:.]|[ \u00a0]?h[ \u00a0]?)(\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|hours?\b|h\b|uhr\b)?(?![\d.,:]?\d)/giu;

/**
 * Clock times as the hour they fall in ("4:30 a.m.", "4.30am", "04:30", "4.30 hours", "5am", "4 h 30"
 * read 4h, 4h, 4h, 4h, 5h and 4h): when something happened, compared like a date. A time that opens a
 * sentence is a live blog's entry stamp ("15:22 The vote was 7–2"), not part of the claim; a number
 * with a dot and no clock word is a decimal ("4.30%").
 */
export function findClockHours(written: string): string[] {
  const found: string[] = [];
  if (!HAS_DIGIT.test(written)) return found; // most sentences: no pattern run
  for (const match of written.matchAll(CLOCK_PATTERN)) {
    const [, hourText = '', separator, minutes, suffix] = match;
    const start = match.index ?? 0;
    if (!written.slice(0, start).trim()) continue; // an entry stamp
    if (!minutes && !suffix) continue; // a bare number
    if (separator === '.' && !suffix) continue; // a decimal
    if (!minutes && suffix && /^(?:hours?|h)$/i.test(suffix)) continue; // a duration ("12 hours")
    let hour = Number(hourText);
    if (hour > 23 || Number(minutes ?? 0) > 59) continue;
    if (suffix && /^p/i.test(suffix) && hour < 12) hour += 12;
    if (suffix && /^a/i.test(suffix) && hour === 12) hour = 0;
    found.push(`${hour}h`);
  }
  return found;
}
