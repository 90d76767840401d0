/**
 * Reads, writes and deletes all rows of one corpus. These run inside the caller's transaction
 * (seed.ts, import.ts), so a corpus is replaced all at once or not at all. Writing refuses to
 * overwrite a row that belongs to another corpus: ids are global (schema.ts), and a collision
 * means a pack that would corrupt someone else's data.
 */
import type { Table } from 'dexie';
import type { ParallaxDatabase } from './database';
import type { CorpusRows } from './corpus-rows';
import { CORPUS_TABLES } from './schema';

/** The tables a transaction that replaces a corpus must hold. */
export function corpusTables(db: ParallaxDatabase): Table[] {
  return CORPUS_TABLES.map((name) => db.table(name));
}

export class CorpusCollisionError extends Error {
  override name = 'CorpusCollisionError';
}

export async function deleteCorpusRows(db: ParallaxDatabase, corpusId: string): Promise<void> {
  await Promise.all([
    db.sources.where('corpusId').equals(corpusId).delete(),
    db.sourceTexts.where('corpusId').equals(corpusId).delete(),
    db.actors.where('corpusId').equals(corpusId).delete(),
    db.facts.where('corpusId').equals(corpusId).delete(),
    db.mentions.where('corpusId').equals(corpusId).delete(),
    db.discrepancies.where('corpusId').equals(corpusId).delete(),
  ]);
  await db.corpora.delete(corpusId);
}

/** Writes a corpus whose old rows were deleted first (in the same transaction). */
export async function writeCorpusRows(db: ParallaxDatabase, rows: CorpusRows): Promise<void> {
  const corpusId = rows.corpus.id;
  await Promise.all([
    refuseForeignRows(db.sources, rows.sources, corpusId),
    refuseForeignRows(db.actors, rows.actors, corpusId),
    refuseForeignRows(db.facts, rows.facts, corpusId),
    refuseForeignRows(db.discrepancies, rows.discrepancies, corpusId),
  ]);
  await db.corpora.put(rows.corpus);
  await db.sources.bulkPut(rows.sources);
  await db.sourceTexts.bulkPut(rows.sourceTexts);
  await db.actors.bulkPut(rows.actors);
  await db.facts.bulkPut(rows.facts);
  await db.mentions.bulkPut(rows.mentions);
  await db.discrepancies.bulkPut(rows.discrepancies);
}

async function refuseForeignRows<T extends { id: string; corpusId: string }>(
  table: Table<T, string>,
  rows: T[],
  corpusId: string,
): Promise<void> {
  const existing = await table.bulkGet(rows.map((row) => row.id));
  const foreign = existing.find((row) => row !== undefined && row.corpusId !== corpusId);
  if (foreign) {
    throw new CorpusCollisionError(`${foreign.id} already belongs to corpus ${foreign.corpusId}`);
  }
}

/** Every row of a corpus, or null when there is no such corpus. */
export async function readCorpusRows(db: ParallaxDatabase, corpusId: string): Promise<CorpusRows | null> {
  return db.transaction('r', corpusTables(db), async () => {
    const corpus = await db.corpora.get(corpusId);
    if (!corpus) return null;
    const [sources, sourceTexts, actors, facts, mentions, discrepancies] = await Promise.all([
      db.sources.where('corpusId').equals(corpusId).toArray(),
      db.sourceTexts.where('corpusId').equals(corpusId).toArray(),
      db.actors.where('corpusId').equals(corpusId).toArray(),
      db.facts.where('corpusId').equals(corpusId).toArray(),
      db.mentions.where('corpusId').equals(corpusId).toArray(),
      db.discrepancies.where('corpusId').equals(corpusId).toArray(),
    ]);
    return { corpus, sources, sourceTexts, actors, facts, mentions, discrepancies };
  });
}
