/**
 * A fact with everything the fact card shows: its mentions grouped by source in corpus order,
 * the corpus sources that do not report it, and its discrepancies. One read transaction.
 */
import type { Discrepancy, FactMention } from '../core/pack-schema';
import { plainDiscrepancy, plainFactMention } from './corpus-rows';
import { corpusWithSources, inCorpusOrder } from './corpus-sources';
import type { ParallaxDatabase } from './database';
import type { CorpusRow, FactRow, SourceRow } from './schema';

export interface FactDetails {
  fact: FactRow;
  corpus: CorpusRow;
  /** Sources that report the fact, in corpus order, each with its passages in text order. */
  bySource: Array<{ source: SourceRow; mentions: FactMention[] }>;
  /** Sources of the corpus that do not report it, in corpus order. */
  notReportedBy: SourceRow[];
  discrepancies: Discrepancy[];
}

export async function factWithMentions(db: ParallaxDatabase, factId: string): Promise<FactDetails | null> {
  return db.transaction('r', [db.facts, db.corpora, db.sources, db.mentions, db.discrepancies], async () => {
    const fact = await db.facts.get(factId);
    if (!fact) return null;
    const frame = await corpusWithSources(db, fact.corpusId);
    if (!frame) return null;
    const [mentions, discrepancies] = await Promise.all([
      db.mentions.where('[kind+ownerId]').equals(['fact', factId]).toArray(),
      db.discrepancies.where('fact').equals(factId).toArray(),
    ]);
    const ordered = inCorpusOrder(frame.corpus.sourceIds, mentions);
    const bySource = frame.sources
      .map((source) => ({
        source,
        mentions: ordered.filter((mention) => mention.source === source.id).map(plainFactMention),
      }))
      .filter((group) => group.mentions.length > 0);
    const reporting = new Set(bySource.map((group) => group.source.id));
    return {
      fact,
      corpus: frame.corpus,
      bySource,
      notReportedBy: frame.sources.filter((source) => !reporting.has(source.id)),
      discrepancies: discrepancies.sort((a, b) => a.ordinal - b.ordinal).map(plainDiscrepancy),
    };
  });
}
