/**
 * Turns one raw article into a Source record plus its reporting sentences: chrome removed
 * (article-text.ts), metadata kept as metadata, sentences with exact offsets (sentences.ts).
 */
import { outletOfCopyright } from './article-meta';
import { extractArticle, type ArticleText } from './article-text';
import { findDates } from './dates';
import { looksEnglish } from './detect-language';
import type { Source } from './pack-schema';
import { splitSentences, type Sentence } from './sentences';

export interface ArticleInput {
  /** File name or import name. */
  file: string;
  text: string;
  meta?: Partial<Pick<Source, 'outlet' | 'url' | 'published' | 'byline' | 'language' | 'notes'>> & {
    /** When the page shows no date: the date of the reported event, to resolve "on Thursday". */
    eventDate?: string | null;
  };
}

export interface PreparedSource {
  source: Source;
  sentences: Sentence[];
  /** The day relative dates resolve against (ISO), when known. */
  anchorDate: string | null;
}

/** A stable source id from the file name: "source:" + the name without its extension. */
export function sourceIdFor(file: string): string {
  return `source:${file.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export function prepareSource(article: ArticleInput, origin: Source['origin']): PreparedSource {
  const text = article.text;
  const extracted = extractArticle(text);
  const datelineIso = extracted.dateline ? (findDates(extracted.dateline.text, null)[0]?.iso ?? null) : null;
  const published = article.meta?.published ?? datelineIso;
  const notes = [article.meta?.notes, ...extracted.notes.map((note) => note.text)].filter(Boolean).join(' ');
  const firstLine =
    text
      .split(/\r?\n/)
      .find((line) => line.trim())
      ?.trim() ?? article.file;
  const source: Source = {
    id: sourceIdFor(article.file),
    file: article.file,
    // An article imported as text names its outlet in its copyright line, if anywhere.
    outlet: article.meta?.outlet ?? copyrightOutlet(extracted) ?? article.file.replace(/\.[^.]+$/, ''),
    title: extracted.title?.text ?? firstLine,
    url: article.meta?.url ?? null,
    published: published ?? null,
    byline: article.meta?.byline ?? extracted.byline?.text ?? null,
    // Unstated, a language is told only as English or not: the alignment reads the others by their
    // names, numbers, dates and news words (source-language.ts).
    language: article.meta?.language ?? (looksEnglish(reportingText(text, extracted)) ? 'en' : 'und'),
    notes: notes || null,
    origin,
    text,
    reporting: extracted.reporting.map((span) => [span.start, span.end]),
  };
  return {
    source,
    sentences: splitSentences(text, extracted.reporting),
    anchorDate: published ?? article.meta?.eventDate ?? firstAbsoluteDate(text, extracted.reporting),
  };
}

function reportingText(text: string, extracted: ArticleText): string {
  return extracted.reporting.map((span) => text.slice(span.start, span.end)).join('\n');
}

function copyrightOutlet(extracted: ArticleText): string | null {
  const line = extracted.dropped.find((span) => span.reason === 'copyright');
  return line ? outletOfCopyright(line.text) : null;
}

function firstAbsoluteDate(text: string, reporting: Array<{ start: number; end: number }>): string | null {
  for (const span of reporting) {
    const found = findDates(text.slice(span.start, span.end), null).find(
      (date) => date.iso && !date.relative,
    );
    if (found?.iso) return found.iso;
  }
  return null;
}
