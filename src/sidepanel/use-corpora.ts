/** The corpora the panel shows. Provisional: the bundled pack (the database replaces it). */
import shippedPack from 'virtual:parallax-pack';
import { useMemo } from 'preact/hooks';
import { buildLookup, type CorpusLookup } from './corpus-lookup';

export function useCorpora(): CorpusLookup | null {
  return useMemo(() => buildLookup([shippedPack]), []);
}
