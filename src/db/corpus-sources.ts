/** A corpus with its sources in corpus order: the frame every per-source query answers in. */
import type { ParallaxDatabase } from './database';
import type { CorpusRow, SourceRow } from './schema';

export interface CorpusWithSources {
  corpus: CorpusRow;
  /** In corpus order (`corpus.sourceIds`). */
  sources: SourceRow[];
}

export async function corpusWithSources(
  db: ParallaxDatabase,
  corpusId: string,
): Promise<CorpusWithSources | null> {
  const corpus = await db.corpora.get(corpusId);
  if (!corpus) return null;
  const sources = await db.sources.bulkGet(corpus.sourceIds);
  return { corpus, sources: sources.filter((source) => source !== undefined) };
}

/** Orders items by their source's position in the corpus, then by start offset. */
export function inCorpusOrder<T extends { source: string; start: number; end: number }>(
  sourceIds: string[],
  items: T[],
): T[] {
  const position = new Map(sourceIds.map((id, index) => [id, index]));
  const rank = (item: T): number => position.get(item.source) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => rank(a) - rank(b) || a.start - b.start || a.end - b.end);
}
