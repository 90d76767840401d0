/**
 * Keys and slugs of names, by any-ascii transliteration:
 * - `nameKey`: a phonetic key for one name token (any-ascii transliteration, then folding of
 *   spelling variants: kh/ch/gh/sh, ou/oo, w/v, e/i/y, s/z, c/k/q, doubled letters, Slavic
 *   feminine endings), so "Zacharovová", "Sacharowa" and "Захарова" give the same key, and a
 *   Czech/Slovak feminine "-ová" (written with its accent, so it is unambiguous) keys like the
 *   surname it is formed from: "Nováková" = "Novák", "Dvořáková" = "Dvořák".
 * - `slugOf`: a stable URL-safe slug.
 * Cost: O(length) per call.
 */
import anyAscii from 'any-ascii';
import { CZECH_FEMININE, foldAsciiKey } from './name-fold';
import { nameTokens, normalizeText } from './names';

/** Phonetic key of one name token; '' when it has no letters. */
export function nameKey(token: string): string {
  return foldAsciiKey(anyAscii(token.normalize('NFC').replace(CZECH_FEMININE, '')));
}

/** Keys of every token of a multi-word name, empty keys dropped. */
export function nameKeys(name: string): string[] {
  return nameTokens(name)
    .map(nameKey)
    .filter((key) => key.length > 0);
}

/**
 * Arabic articles as their own words: glued by a hyphen ("al-Haddouri", "El-Sisi") or written in
 * lower case before a name ("Zia ul Haq", "Abd el Karim"). "Al Okafor" is a first name.
 */
const ARABIC_ARTICLE = /(?<!\p{L})(?:(?:[Aa]l|[Ee]l|ul)[-\u2010\u2011](?=\p{L})|(?:al|el|ul)\s+(?=\p{Lu}))/gu;
/** "Abd" (servant of), alone or with its article glued on: "Abd", "Abdul", "Abdel", "Abdal", "Abdu". */
const ABD_KEY = /^abd(?:ul|il|al|ol|u|i)?$/;
/** The same glued to the name it heads: "Abdelkarim", "Abdulkarim", "Abdirahman". */
const ABD_GLUED = /^abd(?:ul|il|al|ol|u|i)(.{3,})$/;

/**
 * Token keys of a person's name with the particles of Arabic names folded, so one transliterated
 * name keys alike however its particles are written: "Abdelkarim Haddouri", "Abdul Karim
 * al-Haddouri" and "Abd al-Karim Hadduri" all key "abdkarim haduri". Articles are dropped; "Abd"
 * joins the word it heads unless that word ends the name ("Abdul Okafor" keeps its surname, so
 * "Okafor" still names him). "Abu" (father of) stays a word: partial names keep it ("Abu Marzouk").
 */
export function personNameKeys(name: string): string[] {
  const keys = nameKeys(name.replace(ARABIC_ARTICLE, ''));
  const folded: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (ABD_KEY.test(key) && i + 2 < keys.length) {
      folded.push(`abd${keys[i + 1] as string}`);
      i++;
    } else folded.push(key.replace(ABD_GLUED, 'abd$1'));
  }
  return folded;
}

/** A stable URL-safe slug: "Musa Abu Marzuk" → "musa-abu-marzuk". */
export function slugOf(name: string): string {
  return anyAscii(normalizeText(name))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
