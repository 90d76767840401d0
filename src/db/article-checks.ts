/**
 * Checks on articles a user imports, before and after the corpus engine runs, each failing with
 * an ImportError that says what is wrong and with which article: no name or a duplicate name,
 * empty, binary (NUL bytes, replacement or control characters), too large, too many articles, and
 * "not an article": fewer than MIN_PROSE_SENTENCES sentences of prose in what the engine kept as
 * reporting once site chrome was removed.
 */
import { sourceIdFor } from '../core/build-pack';
import { isProse, wordsOf } from '../core/chrome-patterns';
import type { Source } from '../core/pack-schema';
import { splitSentences } from '../core/sentences';
import { spanOf } from '../core/span';
import { ImportError } from './import-error';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const MAX_ARTICLES = 200;
export const MIN_PROSE_SENTENCES = 2;
const MIN_SENTENCE_WORDS = 4;

export function checkArticleCount(count: number): void {
  if (count === 0) throw new ImportError('no-articles', 'Nothing to import: add at least one article.');
  if (count > MAX_ARTICLES) {
    throw new ImportError(
      'too-many',
      `Too many articles (${count}): a corpus holds at most ${MAX_ARTICLES}.`,
    );
  }
}

/** Refuses a repeated name, or two names that would give the same source id. */
export function checkArticleNames(names: string[], taken: Iterable<string> = []): void {
  const seen = new Map<string, string>([...taken].map((name) => [sourceIdFor(name), name]));
  for (const name of names) {
    if (!name.trim()) throw new ImportError('invalid-name', 'Every article needs a name.');
    const other = seen.get(sourceIdFor(name));
    if (other !== undefined) {
      const why = other === name ? 'is used twice' : `is too close to "${other}"`;
      throw new ImportError('duplicate-name', `The name "${name}" ${why}: names must differ.`, name);
    }
    seen.set(sourceIdFor(name), name);
  }
}

/** Size, emptiness and binary content of one article's raw text. */
export function checkArticleText(name: string, text: string): void {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ARTICLE_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    throw new ImportError('too-large', `"${name}" is ${mb} MB: an article may be at most 2 MB.`, name);
  }
  if (!text.trim()) throw new ImportError('empty', `"${name}" is empty.`, name);
  if (looksBinary(text))
    throw new ImportError('binary', `"${name}" looks like a binary file, not text.`, name);
}

/** NUL bytes, or more than 1% replacement characters or control characters (other than whitespace). */
export function looksBinary(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (code === 0xfffd || code === 0x7f || (code < 0x20 && !WHITESPACE_CONTROLS.has(code))) odd++;
  }
  return odd > Math.max(2, text.length / 100);
}

/** Tab, line feed, vertical tab, form feed, carriage return. */
const WHITESPACE_CONTROLS = new Set([9, 10, 11, 12, 13]);

/** How many prose sentences the engine found in a source's reporting spans. */
export function proseSentenceCount(source: Source): number {
  const spans = source.reporting.map(([start, end]) => spanOf(source.text, start, end));
  return splitSentences(source.text, spans).filter(
    (sentence) => isProse(sentence.text) && wordsOf(sentence.text).length >= MIN_SENTENCE_WORDS,
  ).length;
}

export function checkIsArticle(name: string, source: Source): void {
  const count = proseSentenceCount(source);
  if (count < MIN_PROSE_SENTENCES) {
    throw new ImportError(
      'not-an-article',
      `"${name}" does not read as an article: ${count === 0 ? 'no sentence' : 'only one sentence'} of prose was found once menus and page furniture were removed.`,
      name,
    );
  }
}
