/**
 * Knowing the page: is it one of the corpus sources? Yes when its URL is a source's URL (after
 * light normalisation: scheme, "www.", fragment, trailing slash, utm_* parameters), or when at
 * least half of the source's text fingerprint is on the page.
 * Fingerprint: the words of the source's reporting text (match-text.ts forms), every run of 8
 * consecutive words hashed (FNV-1a, 32 bit), the FINGERPRINT_SIZE smallest hashes kept (a
 * bottom-k sketch, so a page that holds the article holds most of them, whatever its chrome).
 * Cost: O(words) per text; a Set of the page's shingle hashes.
 */
import { buildMatchText } from './match-text';
import { sourceAtAddress } from './source-address';

export const SHINGLE_WORDS = 8;
export const FINGERPRINT_SIZE = 200;
/** Share of a source's fingerprint that must be on the page. */
export const SELF_SOURCE_OVERLAP = 0.5;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The words of a match text ("  a  b  " → ["a", "b"]). */
export function matchWords(matchText: string): string[] {
  return matchText.split('  ').filter(Boolean);
}

/** Hashes of every run of SHINGLE_WORDS consecutive words. */
export function shingleHashes(words: string[]): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    hashes.push(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return hashes;
}

/** The source's fingerprint: the smallest distinct shingle hashes of its reporting text. */
export function textFingerprint(text: string): number[] {
  return [...new Set(shingleHashes(matchWords(buildMatchText(text).text)))]
    .sort((a, b) => a - b)
    .slice(0, FINGERPRINT_SIZE);
}

export interface KnownSource {
  id: string;
  url: string | null;
  fingerprint: number[];
}

/** The source the page is, by URL or by fingerprint overlap of its words; null when none. */
export function findSelfSource(words: string[], url: string, sources: KnownSource[]): string | null {
  const byUrl = sourceAtAddress(url, sources);
  if (byUrl) return byUrl;
  const page = new Set(shingleHashes(words));
  let best: { id: string; overlap: number } | null = null;
  for (const source of sources) {
    if (source.fingerprint.length === 0) continue;
    const found = source.fingerprint.filter((hash) => page.has(hash)).length;
    const overlap = found / source.fingerprint.length;
    if (overlap >= SELF_SOURCE_OVERLAP && (!best || overlap > best.overlap))
      best = { id: source.id, overlap };
  }
  return best?.id ?? null;
}
