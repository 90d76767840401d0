/**
 * When a name is too short or too common to count on its own, and what counts as support.
 * An ambiguous form ("Ria", "Hamid", "Hayat", "Erdan", "Kani", "US") is kept on a page only when
 * the same actor is named unambiguously somewhere on the page, or another corpus actor is named
 * unambiguously within SUPPORT_WINDOW chars. Used by the index build (flags per alias) and by the
 * page matcher (surface forms). Cost: O(1) per form.
 */

/** Chars between an ambiguous mention and a supporting one. */
export const SUPPORT_WINDOW = 200;

/** Forms of at most this many letters are ambiguous unless canonical or widely attested. */
export const SHORT_LETTERS = 4;

/** A short form is trusted when this many sources of the corpus wrote it. */
export const WIDELY_ATTESTED = 3;

/** A single-token person name is trusted when it is the surname in this many sources. */
export const SURNAME_SOURCES = 2;

/**
 * Names that are also common words or very common given names in the corpus's languages
 * (Arabic, Hebrew, Turkish, Persian, English, Slavic), matched on the folded ASCII form.
 */
export const COMMON_NAME_WORDS = new Set(
  `ria hamid hayat hayyat erdan naim said amir karim salam salem nur noor ali omar umar hassan hasan hussein
  mohammed muhammad mohamed ahmed ahmad abu ibn bin musa mousa moussa yusuf yousef ibrahim khalil malik aziz jamal
  kamal nasser faisal rahman rashid hamza adam eden may rose hope grace mark will bill victor vera nadia lev mir`.split(
    /\s+/,
  ),
);

/** Letters in a form (digits, spaces and punctuation not counted). */
export function letterCount(form: string): number {
  let count = 0;
  for (const char of form) if (/\p{L}/u.test(char)) count++;
  return count;
}

/** True when a folded single-token surface form is a common word or given name. */
export function isCommonNameWord(folded: string): boolean {
  return COMMON_NAME_WORDS.has(folded);
}
