/**
 * Installs a CorpusPack: the bundled pack on install and update (origin 'seed'), or a user corpus
 * (origin 'user', ids already namespaced, see user-ids.ts). One read-write transaction: the old
 * rows of the corpus (for 'seed': of every shipped corpus) are deleted and the new ones written,
 * so a worker killed mid-way leaves the previous state, and user rows (notes, dismissals, settings,
 * other corpora) are never touched. Idempotent: the same seed version is a no-op unless forced.
 */
import type { CorpusPack } from '../core/pack-schema';
import { corpusRows } from './corpus-rows';
import { corpusTables, deleteCorpusRows, writeCorpusRows } from './corpus-store';
import type { ParallaxDatabase } from './database';
import { findIntegrityError } from './pack-integrity';
import { SCHEMA_VERSION } from './schema';
import { findForeignId } from './user-ids';

export interface InstallOptions {
  origin: 'seed' | 'user';
  /** Reinstall even when the same version is installed. */
  force?: boolean;
  /** Clock, for tests. */
  now?: number;
}

export interface InstallResult {
  status: 'installed' | 'unchanged';
  corpusId: string;
  version: string;
}

export class InstallError extends Error {
  override name = 'InstallError';
}

/** Throws InstallError when `pack` may not be stored as `origin`. */
export function checkInstallable(pack: CorpusPack, origin: InstallOptions['origin']): void {
  const integrity = findIntegrityError(pack);
  if (integrity) throw new InstallError(`invalid corpus pack: ${integrity}`);
  const foreign = origin === 'user' ? findForeignId(pack) : null;
  if (foreign) throw new InstallError(`user corpus id ${foreign} is not inside ${pack.corpus.id}/`);
}

export async function installPack(
  db: ParallaxDatabase,
  pack: CorpusPack,
  options: InstallOptions,
): Promise<InstallResult> {
  checkInstallable(pack, options.origin);
  const now = options.now ?? Date.now();
  const result = (status: InstallResult['status']): InstallResult => ({
    status,
    corpusId: pack.corpus.id,
    version: pack.version,
  });
  if (options.origin === 'seed' && !options.force && (await isInstalled(db, pack)))
    return result('unchanged');
  return db.transaction('rw', [...corpusTables(db), db.meta], async () => {
    const existing = await db.corpora.get(pack.corpus.id);
    if (existing && existing.origin !== options.origin) {
      throw new InstallError(`corpus ${pack.corpus.id} already exists as a ${existing.origin} corpus`);
    }
    if (options.origin === 'user') {
      if (existing?.version === pack.version && !options.force) return result('unchanged');
      await deleteCorpusRows(db, pack.corpus.id);
      await writeCorpusRows(db, corpusRows(pack, 'user', existing?.createdAt ?? now));
      return result('installed');
    }
    const meta = await db.meta.get('meta');
    if (meta?.packVersion === pack.version && existing?.version === pack.version && !options.force) {
      return result('unchanged');
    }
    const shipped = await db.corpora.where('origin').equals('seed').primaryKeys();
    for (const corpusId of shipped) await deleteCorpusRows(db, corpusId);
    await writeCorpusRows(db, corpusRows(pack, 'seed', now));
    await db.meta.put({
      key: 'meta',
      packVersion: pack.version,
      schemaVersion: SCHEMA_VERSION,
      seededAt: now,
    });
    return result('installed');
  });
}

/** Read-only fast path (no write lock on every worker start); re-checked inside the write. */
async function isInstalled(db: ParallaxDatabase, pack: CorpusPack): Promise<boolean> {
  return db.transaction('r', db.meta, db.corpora, async () => {
    const [meta, corpus] = await Promise.all([db.meta.get('meta'), db.corpora.get(pack.corpus.id)]);
    return meta?.packVersion === pack.version && corpus?.origin === 'seed' && corpus.version === pack.version;
  });
}

/** The installed shipped pack's version, or null before the first seed. */
export async function installedPackVersion(db: ParallaxDatabase): Promise<string | null> {
  return (await db.meta.get('meta'))?.packVersion ?? null;
}
