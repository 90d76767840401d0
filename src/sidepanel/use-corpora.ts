/** Every corpus in the database as packs, kept current with liveQuery (imports show at once). */
import { useEffect, useState } from 'preact/hooks';
import { packFromDb, watch } from '../db';
import type { CorpusPack } from '../core/pack-schema';
import { buildLookup, type CorpusLookup } from './corpus-lookup';
import { panelDb } from './panel-db';

export function useCorpora(): { lookup: CorpusLookup | null; error: string | null } {
  const [lookup, setLookup] = useState<CorpusLookup | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () =>
      watch(
        async () => {
          const db = panelDb();
          const corpora = await db.corpora.toArray();
          corpora.sort(
            (a, b) => Number(a.origin === 'user') - Number(b.origin === 'user') || a.createdAt - b.createdAt,
          );
          const packs = await Promise.all(corpora.map((corpus) => packFromDb(db, corpus.id)));
          return packs.filter((pack): pack is CorpusPack => pack !== null);
        },
        (packs) => {
          setLookup(buildLookup(packs));
          setError(null);
        },
        (failure) => setError(failure instanceof Error ? failure.message : String(failure)),
      ),
    [],
  );
  return { lookup, error };
}
