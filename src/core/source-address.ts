/**
 * Knowing a page by its address alone: the corpus source whose URL is the page's, after light
 * normalisation (scheme, "www.", fragment, trailing slash, utm_* parameters). The content script
 * settles a page that names no corpus actor with this, so it bundles none of the detection code.
 */
import type { PageDetection } from './detect-page';

/** A URL reduced to what identifies the page; '' when it is not an http(s) URL. */
export function normalizeUrl(url: string | null): string {
  const match = /^https?:\/\/(?:www\.)?([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec((url ?? '').trim());
  if (!match) return '';
  const host = (match[1] ?? '').toLowerCase();
  const path = (match[2] ?? '').replace(/\/+$/, '');
  const query = (match[3] ?? '')
    .slice(1)
    .split('&')
    .filter((pair) => pair && !/^utm_/i.test(pair))
    .join('&');
  return `${host}${path}${query ? `?${query}` : ''}`;
}

/** The id of the source published at `url`, or null. */
export function sourceAtAddress(
  url: string,
  sources: Array<{ id: string; url: string | null }>,
): string | null {
  const pageUrl = normalizeUrl(url);
  if (!pageUrl) return null;
  return sources.find((source) => normalizeUrl(source.url) === pageUrl)?.id ?? null;
}

/** What a page naming no corpus actor gets: nothing, but it can still be a source by its address. */
export function addressOnlyDetection(
  url: string,
  index: { sources: Array<{ id: string; url: string | null }> },
): PageDetection {
  return { facts: [], actors: [], selfSource: sourceAtAddress(url, index.sources) };
}
