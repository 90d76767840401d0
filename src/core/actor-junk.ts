/**
 * Site chrome and headline words that slipped past the chrome filter: a form is junk when it is
 *  - one word, not a well-known actor, seen once in the whole corpus,
 *  - without real kind evidence (no vote above the weak 1 of "to X" / "X said" / "the X"),
 *  - written in a title-case segment (a line, or a piece of it between ":", "|", ">" or "•", of
 *    two words or more, whose words of four letters or more are all capitalised and with another
 *    capitalised word: "News Category", "Your Position", "Support Us", "Sell Old Clothes and
 *    Other Items"), where a capital says nothing,
 *  - and a common English word: the corpus writes it in lowercase somewhere, or it has an
 *    English noun ending names seldom have (-tion, -sion, -ity, -ness, -ship, -ism).
 * A name in a headline survives as soon as it is seen twice, has evidence, or is no common word.
 *
 * Cost: O(total text) once for the lowercase vocabulary, O(line) per single-mention form.
 */
import { strongestVote, type ActorForm } from './actor-forms';
import { normalizeText } from './names';

const WORD = /\p{L}[\p{L}\p{M}'\u2019]*/gu;
const COMMON_ENDING = /(?:tions?|sions?|ity|ities|ness|ship|ships|isms?)$/u;
const SEGMENT_BREAK = /[\n|>•:]/u;

/** Every word the corpus writes starting with a lowercase letter, normalised. */
export function lowercaseVocabulary(texts: string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts)
    for (const [word] of text.matchAll(WORD))
      if (word.charAt(0) !== word.charAt(0).toUpperCase()) vocabulary.add(normalizeText(word));
  return vocabulary;
}

/** The piece of text around `at` between line breaks and chrome separators. */
function segmentAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SEGMENT_BREAK.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SEGMENT_BREAK.test(text.charAt(to))) to++;
  return text.slice(from, to);
}

/** Two words or more, every word of four letters or more capitalised, and a capital besides `word`'s. */
function isTitleCase(segment: string, word: string): boolean {
  const words = [...segment.matchAll(WORD)].map((m) => m[0]);
  const capital = (w: string): boolean => /^\p{Lu}/u.test(w);
  return (
    words.length >= 2 &&
    words.every((w) => capital(w) || w.replace(/[^\p{L}]/gu, '').length < 4) &&
    words.filter((w) => capital(w) && w !== word).length > 0
  );
}

export function isTitleCaseJunk(
  form: ActorForm,
  textOf: Map<string, string>,
  lowercase: Set<string>,
): boolean {
  const mention = form.mentions[0];
  if (form.known || form.keys.length !== 1 || form.mentions.length !== 1 || !mention) return false;
  if (strongestVote(form) > 1) return false;
  const word = normalizeText(mention.candidate.text);
  if (/\s/u.test(word) || (!lowercase.has(word) && !(word.length >= 6 && COMMON_ENDING.test(word))))
    return false;
  const text = textOf.get(mention.source) ?? '';
  const { start, end } = mention.candidate;
  return isTitleCase(segmentAround(text, start, end), mention.candidate.text);
}

/** Nothing but an opening quote or bracket between the sentence's start (or the line's) and `at`. */
function startsSentence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // A live blog entry's time is no sentence ("15:50 Around 200 supporters cheered").
  if (/^\s*\d{1,2}[:.]\d{2}\s*[—–|-]?\s*$/u.test(text.slice(lineStart, at))) return true;
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'(«]/u.test(text.charAt(i)) && text.charAt(i) !== '\n') i--;
  return i < 0 || /[\n.!?:;—–-]/u.test(text.charAt(i));
}

/**
 * A common word that is capitalised only because it opens a sentence or is shouted in capitals
 * ("Opposition leader Anders Holm said", "Around 2,300 people", "Finance chief QUITS", "IT
 * contract"): one word, no kind evidence, a word the corpus also writes in lowercase, and every
 * mention at a sentence start or in capitals.
 */
export function isCapitalisedCommonWord(
  form: ActorForm,
  textOf: Map<string, string>,
  lowercase: Set<string>,
): boolean {
  if (form.known || form.keys.length !== 1 || form.mentions.length === 0) return false;
  const evidence = strongestVote(form) > 1;
  return form.mentions.every((mention) => {
    const { text: written, start } = mention.candidate;
    const word = normalizeText(written);
    const shouted = written.length >= 2 && written === written.toUpperCase();
    // "QUIT" where the corpus writes "quits": a shouted word is common if an inflection of it is.
    const forms = shouted ? [word, `${word}s`, `${word}ed`, `${word}d`, `${word}ing`] : [word];
    if (/\s/u.test(word) || !forms.some((candidate) => lowercase.has(candidate))) return false;
    // Capitals carry no evidence; a sentence start leaves the kind votes to speak.
    return shouted || (!evidence && startsSentence(textOf.get(mention.source) ?? '', start));
  });
}

/**
 * Common words shouted in capitals, several of them: a tabloid's "EIGHT HOURS", "TWO YEARS",
 * "NINETY-SEVEN" is emphasis, not a name. Every mention is in capitals and every word is one the
 * corpus writes in lowercase (or an inflection of one); a shouted name keeps its capitals
 * ("ZHELEZNY MOST" beside "Zhelezny Most", "KARPRESS").
 */
export function isShoutedCommonWords(form: ActorForm, lowercase: Set<string>): boolean {
  if (form.known || form.mentions.length === 0) return false;
  return form.mentions.every(({ candidate }) => {
    const written = candidate.text;
    const words = normalizeText(written)
      .split(/[\s\u2010\u2011-]+/u)
      .filter(Boolean);
    if (words.length < 2 || written !== written.toUpperCase()) return false;
    return words.every((word) =>
      [word, word.replace(/s$/u, ''), `${word}s`].some((candidate) => lowercase.has(candidate)),
    );
  });
}
