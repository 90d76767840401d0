/**
 * A source as the reader shows it: its metadata, full text and reporting spans, and every fact
 * passage in it sorted by offset (start, then end), each with its fact's label.
 */
import type { FactMention, Source } from '../core/pack-schema';
import { plainFactMention } from './corpus-rows';
import type { ParallaxDatabase } from './database';
import type { CorpusRow } from './schema';

export interface SourceFactMention {
  factId: string;
  label: string;
  mention: FactMention;
}

export interface SourceDetails {
  source: Source;
  corpus: CorpusRow;
  /** Fact passages in text order. */
  facts: SourceFactMention[];
}

export async function sourceWithFacts(db: ParallaxDatabase, sourceId: string): Promise<SourceDetails | null> {
  return db.transaction('r', [db.sources, db.sourceTexts, db.corpora, db.mentions, db.facts], async () => {
    const [meta, text] = await Promise.all([db.sources.get(sourceId), db.sourceTexts.get(sourceId)]);
    if (!meta || !text) return null;
    const corpus = await db.corpora.get(meta.corpusId);
    if (!corpus) return null;
    const mentions = (await db.mentions.where('source').equals(sourceId).toArray())
      .filter((mention) => mention.kind === 'fact')
      .sort((a, b) => a.start - b.start || a.end - b.end || a.ordinal - b.ordinal);
    const facts = await db.facts.bulkGet([...new Set(mentions.map((mention) => mention.ownerId))]);
    const labels = new Map(facts.flatMap((fact) => (fact ? [[fact.id, fact.label] as const] : [])));
    const { corpusId: _corpusId, ...rest } = meta;
    return {
      source: { ...rest, text: text.text, reporting: text.reporting },
      corpus,
      facts: mentions.map((mention) => ({
        factId: mention.ownerId,
        label: labels.get(mention.ownerId) ?? '',
        mention: plainFactMention(mention),
      })),
    };
  });
}
