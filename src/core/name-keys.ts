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

/** A stable URL-safe slug: "Musa Abu Marzuk" → "musa-abu-marzuk". */
export function slugOf(name: string): string {
  return anyAscii(normalizeText(name))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
