/**
 * Is a page written in English? The corpus's facts are worded in English, so on other pages only
 * language-neutral features (actors, numbers, dates) can meet them (detect-score.ts 'structure').
 * Method: the share of English function words among the page's words. Cost: one regex pass.
 */
/**
 * A word: a run between spaces, digits and punctuation. Plain classes, not Unicode property ones:
 * those cost milliseconds to compile on every page the content script runs on.
 */
const WORD = /[^\s\d.,;:!?"'“”‘’„«»()[\]{}/\\–—-]+/g;
/** Function words frequent in English and rare as words of other languages. */
const ENGLISH = new Set(
  'the of and to is was that for with by from has have its are were been said this which who not but their they he she will would'.split(
    ' ',
  ),
);
/**
 * Chinese, Japanese and Korean letters (a plain class, as WORD is): a run of them between two spaces
 * holds several words in Chinese and Japanese, and Korean's spaced words are long runs too.
 */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Characters per word in those scripts, roughly. */
const CHARS_PER_WORD = 2;
/** Share of function words above which a text is English (English prose has ≈ 25 %). */
const ENGLISH_SHARE = 0.06;

/**
 * The words of `text` and how many are English function words, each added to `distinct` when one
 * is given. Chinese, Japanese and Korean runs hold many words between two spaces: a page in
 * Traditional Chinese with English names in brackets and an English post had read as English.
 */
function englishWords(
  text: string,
  distinct?: Set<string>,
): { words: number; english: number; unspaced: boolean } {
  let words = 0;
  let english = 0;
  let unspaced = false;
  for (const match of text.matchAll(WORD)) {
    if (UNSPACED.test(match[0])) {
      unspaced = true;
      words += Math.ceil(match[0].length / CHARS_PER_WORD);
    } else words++;
    const word = match[0].toLowerCase();
    if (!ENGLISH.has(word)) continue;
    english++;
    distinct?.add(word);
  }
  return { words, english, unspaced };
}

export function looksEnglish(text: string): boolean {
  const { words, english } = englishWords(text);
  return words === 0 || english / words >= ENGLISH_SHARE;
}

/** Words a sentence needs before its share of function words says anything. */
const SENTENCE_MIN_WORDS = 5;
/** Share of English function words in an English sentence (prose has ≈ 25 %; a page needs 6 %). */
const SENTENCE_ENGLISH_SHARE = 0.15;
/** Function words other languages share with English ("is" in Dutch, German, Swedish). */
const SHARED_FUNCTION_WORDS = ['is'];

/**
 * Is one sentence of a page in another language written in English (a quoted statement, an
 * embedded post)? The same count as looksEnglish, with a floor fit for a sentence, no Chinese,
 * Japanese or Korean, and two different English function words besides those other languages share.
 */
export function looksEnglishSentence(text: string): boolean {
  const distinct = new Set<string>();
  const { words, english, unspaced } = englishWords(text, distinct);
  for (const word of SHARED_FUNCTION_WORDS) distinct.delete(word);
  return (
    !unspaced &&
    words >= SENTENCE_MIN_WORDS &&
    distinct.size >= 2 &&
    english / words >= SENTENCE_ENGLISH_SHARE
  );
}
