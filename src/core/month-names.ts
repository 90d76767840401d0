/** Month names by number, for dates and months in other languages (dates.ts, detect-time.ts). */

/**
 * Month names by number (1–12), as whole words: English, German, French, Spanish, Italian and
 * Ukrainian (nominative and genitive); Russian by stem, as its case endings vary ("января",
 * "октябре"), except May, whose stem would also start "майор".
 */
export const MONTH_WORDS: string[][] = [
  ['january', 'januar', 'janvier', 'enero', 'gennaio', 'січень', 'січня'],
  ['february', 'februar', 'février', 'febrero', 'febbraio', 'лютий', 'лютого'],
  ['march', 'märz', 'mars', 'marzo', 'березень', 'березня'],
  ['april', 'avril', 'abril', 'aprile', 'квітень', 'квітня'],
  ['may', 'mai', 'mayo', 'maggio', 'май', 'мая', 'мае', 'травень', 'травня'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'червень', 'червня'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'липень', 'липня'],
  ['august', 'août', 'agosto', 'серпень', 'серпня'],
  ['september', 'septembre', 'septiembre', 'settembre', 'вересень', 'вересня'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'жовтень', 'жовтня'],
  ['november', 'novembre', 'noviembre', 'листопад', 'листопада'],
  ['december', 'dezember', 'décembre', 'diciembre', 'dicembre', 'грудень', 'грудня'],
];
/** Russian months by stem, their case endings vary (May left out: its stem starts "майор"). */
export const RUSSIAN_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  '',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

/**
 * Gregorian month names in Arabic, Persian and Hebrew (January … December), as news in those
 * languages dates Western events: "26 أكتوبر", "۲۶ اکتبر", "26 באוקטובר".
 */
export const ABJAD_MONTHS: string[][] = [
  ['يناير', 'ژانویه', 'ינואר'],
  ['فبراير', 'فوریه', 'פברואר'],
  ['مارس', 'מרץ', 'מרס'],
  ['أبريل', 'آوریل', 'אפריל'],
  ['مايو', 'מאי'],
  ['يونيو', 'ژوئن', 'יוני'],
  ['يوليو', 'ژوئیه', 'יולי'],
  ['أغسطس', 'اوت', 'אוגוסט'],
  ['سبتمبر', 'سپتامبر', 'ספטמבר'],
  ['أكتوبر', 'اکتبر', 'אוקטובר'],
  ['نوفمبر', 'نوامبر', 'נובמבר'],
  ['ديسمبر', 'دسامبر', 'דצמבר'],
];

const MONTH_OF = new Map<string, number>(
  [...MONTH_WORDS, ...ABJAD_MONTHS].flatMap((names, at) =>
    names.map((name) => [name, (at % 12) + 1] as const),
  ),
);

/** The month (1–12) a name or a Russian stem names, in any of the languages above; 0 for none. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const known = MONTH_OF.get(lower);
  if (known) return known;
  const stem = RUSSIAN_STEMS.findIndex((prefix) => prefix !== '' && lower.startsWith(prefix));
  return stem + 1;
}
