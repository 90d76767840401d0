/**
 * The coverage matrix of a corpus: facts (rows, corpus order) × sources (columns, corpus order).
 * A cell is 'discrepancy' when one of the fact's discrepancies cites a passage of that source
 * (the source reported it, differently from another), else 'reported' when the source has a
 * passage of the fact, else 'not-reported'.
 */
import { corpusWithSources } from './corpus-sources';
import type { ParallaxDatabase } from './database';
import type { CorpusRow, SourceRow } from './schema';

export type Coverage = 'reported' | 'not-reported' | 'discrepancy';

export interface CoverageMatrix {
  corpus: CorpusRow;
  sources: SourceRow[];
  /** One row per fact; `cells[i]` is the coverage by `sources[i]`. */
  facts: Array<{ id: string; label: string; cells: Coverage[] }>;
}

export async function coverageMatrix(db: ParallaxDatabase, corpusId: string): Promise<CoverageMatrix | null> {
  return db.transaction('r', [db.corpora, db.sources, db.facts, db.mentions, db.discrepancies], async () => {
    const frame = await corpusWithSources(db, corpusId);
    if (!frame) return null;
    const [facts, mentions, discrepancies] = await Promise.all([
      db.facts.where('corpusId').equals(corpusId).toArray(),
      db.mentions.where('corpusId').equals(corpusId).toArray(),
      db.discrepancies.where('corpusId').equals(corpusId).toArray(),
    ]);
    const reported = new Set(
      mentions
        .filter((mention) => mention.kind === 'fact')
        .map((mention) => `${mention.ownerId}\n${mention.source}`),
    );
    const differing = new Set(
      discrepancies.flatMap((item) => item.mentions.map((mention) => `${item.fact}\n${mention.source}`)),
    );
    const cell = (factId: string, sourceId: string): Coverage => {
      const key = `${factId}\n${sourceId}`;
      if (differing.has(key)) return 'discrepancy';
      return reported.has(key) ? 'reported' : 'not-reported';
    };
    return {
      corpus: frame.corpus,
      sources: frame.sources,
      facts: facts
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((fact) => ({
          id: fact.id,
          label: fact.label,
          cells: frame.sources.map((source) => cell(fact.id, source.id)),
        })),
    };
  });
}
