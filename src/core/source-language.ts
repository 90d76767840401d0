/**
 * Which sources of a corpus are read across languages. The facts are worded in English when the
 * corpus has English sources; a source in another language then meets them by names, numbers,
 * dates and the news words foreign-terms.ts reads. A corpus all in one other language reads as it is.
 */
import type { Source } from './pack-schema';

/** Whether the source is written in English, as stated or as read (source-prep.ts). */
export function isEnglishSource(source: Pick<Source, 'language'>): boolean {
  return /^en\b/i.test(source.language);
}

/** Ids of the sources not in English, when the corpus also has English ones. */
export function otherLanguageSources(sources: Array<Pick<Source, 'id' | 'language'>>): Set<string> {
  const other = sources.filter((source) => !isEnglishSource(source));
  return other.length === sources.length ? new Set() : new Set(other.map((source) => source.id));
}
