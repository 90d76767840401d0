/**
 * Stores a user corpus (already namespaced, see user-ids.ts) for the import API: one transaction
 * that re-checks the stored version (optimistic concurrency: two imports into one corpus cannot
 * silently overwrite each other), deletes the corpus's old rows and writes the new ones.
 * Any failure, including a full disk, is an ImportError and leaves nothing behind.
 */
import type { CorpusPack } from '../core/pack-schema';
import { corpusRows } from './corpus-rows';
import { CorpusCollisionError, corpusTables, deleteCorpusRows, writeCorpusRows } from './corpus-store';
import type { ParallaxDatabase } from './database';
import { ImportError, writeFailure } from './import-error';
import { checkInstallable } from './seed';

export interface ImportResult {
  corpusId: string;
  version: string;
  /** The corpus as stored (ids inside the corpus's namespace). */
  pack: CorpusPack;
}

/**
 * Replaces (or creates) a user corpus in one transaction, provided the stored version is still
 * `expectedVersion` (null: the corpus must not exist). Failures are ImportErrors; nothing is kept.
 */
export async function storeUserCorpus(
  db: ParallaxDatabase,
  pack: CorpusPack,
  expectedVersion: string | null,
  now: number,
): Promise<void> {
  try {
    checkInstallable(pack, 'user');
  } catch (error) {
    throw new ImportError('invalid-pack', error instanceof Error ? error.message : String(error));
  }
  try {
    await db.transaction('rw', corpusTables(db), async () => {
      const current = await db.corpora.get(pack.corpus.id);
      if (current?.origin === 'seed') throw seedCorpusError(pack.corpus.id);
      if ((current?.version ?? null) !== expectedVersion) {
        throw new ImportError('conflict', 'The corpus changed while importing: please try again.');
      }
      await deleteCorpusRows(db, pack.corpus.id);
      await writeCorpusRows(db, corpusRows(pack, 'user', current?.createdAt ?? now));
    });
  } catch (error) {
    if (error instanceof CorpusCollisionError) throw new ImportError('invalid-pack', error.message);
    throw writeFailure(error);
  }
}

export function seedCorpusError(corpusId: string): ImportError {
  return new ImportError(
    'seed-corpus',
    `${corpusId} is the shipped corpus: it cannot be replaced by an import.`,
  );
}
