/**
 * The list of stored corpora and the removal of a user corpus (the options page's corpus list).
 * The shipped corpus is replaced only by seeding (seed.ts), never deleted here.
 */
import { corpusTables, deleteCorpusRows } from './corpus-store';
import type { ParallaxDatabase } from './database';
import type { CorpusRow } from './schema';

/** The corpora in display order: shipped first, then by creation time, then id. */
export async function listCorpora(db: ParallaxDatabase): Promise<CorpusRow[]> {
  const corpora = await db.corpora.toArray();
  return corpora.sort(
    (a, b) =>
      Number(a.origin === 'user') - Number(b.origin === 'user') ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Deletes a user corpus and all its rows; false when there is no such user corpus. */
export async function deleteUserCorpus(db: ParallaxDatabase, corpusId: string): Promise<boolean> {
  return db.transaction('rw', corpusTables(db), async () => {
    const corpus = await db.corpora.get(corpusId);
    if (corpus?.origin !== 'user') return false;
    await deleteCorpusRows(db, corpusId);
    return true;
  });
}
