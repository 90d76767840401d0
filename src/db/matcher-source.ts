/**
 * What the MatcherIndex is built from, read back out of the database: one CorpusPack per corpus,
 * exactly as it was installed (`packFromDb` after `installPack(pack)` deep-equals `pack`), and a
 * signature of the stored corpora (ids and versions) so the background can tell when the
 * published index is stale without reading the corpora themselves.
 */
import type { CorpusPack } from '../core/pack-schema';
import { packFromRows } from './corpus-rows';
import { corpusTables, readCorpusRows } from './corpus-store';
import { listCorpora } from './corpora';
import type { ParallaxDatabase } from './database';
import type { CorpusRow } from './schema';

export interface MatcherSource {
  /** Changes whenever a corpus is added, replaced or deleted. */
  signature: string;
  /** Every stored corpus: the shipped ones first, then user corpora in the order they were added. */
  packs: CorpusPack[];
}

export async function packFromDb(db: ParallaxDatabase, corpusId: string): Promise<CorpusPack | null> {
  const rows = await readCorpusRows(db, corpusId);
  return rows ? packFromRows(rows) : null;
}

export function signatureOf(corpora: CorpusRow[]): string {
  return corpora.map((corpus) => `${corpus.id}@${corpus.version}`).join('|');
}

/** The current signature alone: one small table read. */
export async function corpusSignature(db: ParallaxDatabase): Promise<string> {
  return signatureOf(await listCorpora(db));
}

export async function buildMatcherIndexFromDb(db: ParallaxDatabase): Promise<MatcherSource> {
  return db.transaction('r', corpusTables(db), async () => {
    const corpora = await listCorpora(db);
    const packs: CorpusPack[] = [];
    for (const corpus of corpora) {
      const pack = await packFromDb(db, corpus.id);
      if (pack) packs.push(pack);
    }
    return { signature: signatureOf(corpora), packs };
  });
}
