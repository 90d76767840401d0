/**
 * Builds a CorpusPack from article texts. The corpus engine (article text, actors, facts,
 * framing, discrepancies) plugs in here; this first version records the sources.
 */
import type { CorpusPack, Source } from './pack-schema';

export interface ArticleInput {
  /** File name or import name. */
  file: string;
  text: string;
  meta?: Partial<Pick<Source, 'outlet' | 'url' | 'published' | 'byline' | 'language' | 'notes'>>;
}

export interface CorpusInfo {
  id: string;
  name: string;
  description?: string;
}

export interface BuildOptions {
  origin: Source['origin'];
  version: string;
}

/** A stable source id from the file name: "source:" + the name without its extension. */
export function sourceIdFor(file: string): string {
  return `source:${file.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? ''
  );
}

export function buildPack(corpus: CorpusInfo, articles: ArticleInput[], options: BuildOptions): CorpusPack {
  const sources: Source[] = articles.map((article) => ({
    id: sourceIdFor(article.file),
    file: article.file,
    outlet: article.meta?.outlet ?? article.file,
    title: firstLine(article.text),
    url: article.meta?.url ?? null,
    published: article.meta?.published ?? null,
    byline: article.meta?.byline ?? null,
    language: article.meta?.language ?? 'en',
    notes: article.meta?.notes ?? null,
    origin: options.origin,
    text: article.text,
    reporting: [[0, article.text.length]],
  }));
  return { version: options.version, corpus, sources, actors: [], facts: [], discrepancies: [] };
}
