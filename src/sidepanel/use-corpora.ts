/** Every corpus in the database as packs, kept current with liveQuery (imports show at once). */
import { useEffect, useState } from 'preact/hooks';
import { watch } from '../db/live';
import type { CorpusPack } from '../core/pack-schema';
import { buildLookup, type CorpusLookup } from './corpus-lookup';
import { readAllPacks, takeEarlyPacks } from './early-reads';

export function useCorpora(): { lookup: CorpusLookup | null; error: string | null } {
  const [lookup, setLookup] = useState<CorpusLookup | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const show = (packs: CorpusPack[]): void => {
      // For `npm run bench`: when the corpus is ready, against the fact list's budget.
      if (performance.getEntriesByName('parallax:corpora-ready').length === 0)
        performance.mark('parallax:corpora-ready');
      setLookup(buildLookup(packs));
      setError(null);
    };
    const fail = (failure: unknown): void =>
      setError(failure instanceof Error ? failure.message : String(failure));
    // The read started before the first render shows first; then a live query keeps it current
    // (subscribed after it, so the two do not read the same tables at once).
    let stop = (): void => undefined;
    let closed = false;
    const subscribe = (): void => {
      if (!closed) stop = watch(readAllPacks, show, fail);
    };
    const early = takeEarlyPacks();
    if (early) void early.then(show, fail).finally(subscribe);
    else subscribe();
    return () => {
      closed = true;
      stop();
    };
  }, []);
  return { lookup, error };
}
