/**
 * The day a page says it was published, from its metadata: `article:published_time` and similar
 * meta tags, a JSON-LD `datePublished`, else the first `<time datetime>` in the article. Many
 * pages show their date only in a byline, which page-text.ts leaves out of the text (a byline
 * names who wrote the story, not whom it is about), so detection asks the page itself.
 * Reads the DOM only (content script and CLI alike); a few querySelector calls.
 */
import { parseIsoDay } from './iso-day';

const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="publishdate"]',
  'meta[name="publish_date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
].join(', ');

/** "2023-10-26T19:12:00+03:00" → "2023-10-26"; null unless it starts with a plausible day. */
export function isoDay(value: string | null | undefined): string | null {
  const day = parseIsoDay(value?.trim());
  if (!day) return null;
  const { y, m, d } = day;
  if (y < 1990 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return (value ?? '').trim().slice(0, 10);
}

/** The first `datePublished` in a JSON-LD value (an object, an array, or an `@graph`). */
function jsonLdDate(value: unknown, depth = 0): string | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonLdDate(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return isoDay(record.datePublished);
  return jsonLdDate(record['@graph'], depth + 1);
}

export function pagePublishedDay(doc: Document, root: Element | null = doc.body): string | null {
  for (const meta of doc.querySelectorAll(DATE_METAS)) {
    const day = isoDay(meta.getAttribute('content'));
    if (day) return day;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const day = jsonLdDate(JSON.parse(script.textContent ?? ''));
      if (day) return day;
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return isoDay(root?.querySelector('time[datetime]')?.getAttribute('datetime'));
}
