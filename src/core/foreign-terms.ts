/**
 * Common news words in other languages read as the English content term they stand for, so a page
 * in another language can share what happened with a fact, not only its names, numbers and dates
 * ("wydalenia", "espellere", "بطرد" → expel). Pages not in English are otherwise scored on
 * structure alone (detect-score.ts), and a claim whose actors every passage names ("Israel asked
 * Russia to expel the Hamas delegation") cannot be told from the others.
 * Matching (the stems are in foreign-stems.ts and general-news-stems.ts): at a word start, and at the start of each part of
 * a hyphenated word ("Hamas-terroristen"); phrases word by word; Chinese and Japanese, written
 * without spaces, anywhere; in Arabic, Persian and Hebrew also after the particles written onto a
 * word (و ف ب ل ك, ال; ו ה ב ל מ ש כ); Greek without its accents, which move as words inflect.
 * Cost: O(words) per sentence, a Map lookup per word form.
 */
import { FOREIGN_STEMS } from './foreign-stems';
import { GENERAL_NEWS_STEMS } from './general-news-stems';
import { chineseAsSimplified } from './han-traditional';
import { wordTerm } from './terms';

const ABJAD = /[\u0590-\u06ff]/u;
/** Kana and CJK ideographs: these texts have no spaces between words. */
const UNSPACED = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const ARABIC_PARTICLES = /^(?:[وفبلك]{0,2})(?:ال)?/u;
const HEBREW_PARTICLES = /^[והבלמשכ]{0,2}/u;
const WORD = /[\p{L}\p{M}\u200c'’-]+/gu;
/** Stems are looked up by their first letters (two: Korean stems are two syllables). */
const KEY_LETTERS = 2;

interface Lexicon {
  /** Every English term the lexicon reads. */
  vocabulary: Set<string>;
  /** First KEY_LETTERS letters → [stem, term] of the one-word stems starting so. */
  byStart: Map<string, Array<[string, string]>>;
  /** The same for words a stem starts that do not say its term ("!sanglant": bloody, not blood). */
  unlike: Map<string, Array<[string, string]>>;
  /** First KEY_LETTERS letters of a phrase's first stem → the stems of its consecutive words, and their term. */
  phrases: Map<string, Array<[string[], string]>>;
  /** The same for phrases whose first word does not say its term ("!поддерж_контакт": maintain contacts). */
  unlikePhrases: Map<string, Array<[string[], string]>>;
  /** Chinese and Japanese stems, found anywhere in the text. */
  unspaced: Array<[string, string]>;
}

let lexicon: Lexicon | null = null;

function buildLexicon(): Lexicon {
  const byStart = new Map<string, Array<[string, string]>>();
  const unlike = new Map<string, Array<[string, string]>>();
  const phrases = new Map<string, Array<[string[], string]>>();
  const unlikePhrases = new Map<string, Array<[string[], string]>>();
  const unspaced: Array<[string, string]> = [];
  const tables = [...Object.entries(FOREIGN_STEMS), ...Object.entries(GENERAL_NEWS_STEMS)];
  for (const [english, stems] of tables) {
    const term = wordTerm(english);
    if (!term) continue;
    for (const stem of stems.split(' ').map(withoutGreekAccents)) {
      if (UNSPACED.test(stem)) {
        unspaced.push([stem, term]);
        continue;
      }
      if (stem.includes('_')) {
        // "!поддерж_контакт": a phrase whose first word does not say the term there.
        const [table, phrase] = stem.startsWith('!') ? [unlikePhrases, stem.slice(1)] : [phrases, stem];
        const parts = phrase.split('_');
        const start = (parts[0] ?? '').slice(0, KEY_LETTERS);
        table.set(start, [...(table.get(start) ?? []), [parts, term]]);
        continue;
      }
      const [table, word] = stem.startsWith('!') ? [unlike, stem.slice(1)] : [byStart, stem];
      const start = word.slice(0, KEY_LETTERS);
      table.set(start, [...(table.get(start) ?? []), [word, term]]);
    }
  }
  const vocabulary = new Set(tables.flatMap(([english]) => wordTerm(english) ?? []));
  return { vocabulary, byStart, unlike, phrases, unlikePhrases, unspaced };
}

const GREEK = /[\u0370-\u03ff]/u;
/** Greek moves its accent as a word inflects (όμηρος, ομήρων): stems and words are read without it. */
const withoutGreekAccents = (text: string): string =>
  GREEK.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '') : text;

/** The forms of a word a stem may start: itself, its hyphenated parts, and without particles. */
function wordForms(word: string): string[] {
  if (GREEK.test(word)) return [withoutGreekAccents(word)];
  if (word.includes('-')) return [word, ...word.split('-').filter(Boolean)];
  if (!ABJAD.test(word)) return [word];
  const bare = word.replace(/^[\u0590-\u05ff]/u.test(word) ? HEBREW_PARTICLES : ARABIC_PARTICLES, '');
  if (!bare || bare === word) return [word];
  // A letter that may be a particle may also start the word: "במגעים" is ב + מגעים, not ב + מ + געים.
  const one = word.slice(1);
  return one !== bare && one.length > 1 ? [word, one, bare] : [word, bare];
}

const startsAny = (forms: string[] | undefined, stem: string): boolean =>
  forms?.some((form) => form.startsWith(stem)) ?? false;

/** Whether a sentence in another language can say `term`: the lexicon has words for it. */
export function isForeignReadable(term: string): boolean {
  return (lexicon ??= buildLexicon()).vocabulary.has(term);
}

/** The English content terms (terms.ts) of the news words in a sentence in another language. */
export function foreignTerms(text: string): Set<string> {
  const { byStart, unlike, phrases, unlikePhrases, unspaced } = (lexicon ??= buildLexicon());
  const words = [...text.toLowerCase().matchAll(WORD)].map(([word]) => wordForms(word));
  const terms = new Set<string>();
  if (UNSPACED.test(text)) {
    // 驅逐 as 驱逐: the stems are listed Simplified (Japanese, with kana, is read as written).
    const simplified = chineseAsSimplified(text);
    for (const [stem, term] of unspaced)
      if (text.includes(stem) || simplified.includes(stem)) terms.add(term);
  }
  words.forEach((forms, at) => {
    // A phrase's stems start consecutive words from this one.
    const phraseHere = ([stems]: [string[], string]): boolean =>
      stems.every((stem, k) => startsAny(words[at + k], stem));
    for (const form of forms) {
      const start = form.slice(0, KEY_LETTERS);
      const not = [
        ...(unlike.get(start) ?? []).filter(([word]) => form.startsWith(word)),
        ...(unlikePhrases.get(start) ?? []).filter(phraseHere),
      ].map(([, term]) => term);
      for (const [stem, term] of byStart.get(start) ?? [])
        if (form.startsWith(stem) && !not.includes(term)) terms.add(term);
      for (const phrase of phrases.get(start) ?? []) if (phraseHere(phrase)) terms.add(phrase[1]);
    }
  });
  return terms;
}
