import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { isoDay, pagePublishedDay } from './page-date';

function doc(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('pagePublishedDay', () => {
  it('reads article:published_time and its kin', () => {
    const page = doc(
      '<head><meta property="article:published_time" content="2024-05-29T13:26:00+03:00"></head><body><p>Text</p></body>',
    );
    expect(pagePublishedDay(page)).toBe('2024-05-29');
    expect(
      pagePublishedDay(doc('<head><meta name="pubdate" content="2023-10-26"></head><body></body>')),
    ).toBe('2023-10-26');
    // As Chinese portals write it, and as a meta name where others have a property.
    expect(
      pagePublishedDay(
        doc('<head><meta name="publishdate" content="2023-10-13 19:26:00"></head><body></body>'),
      ),
    ).toBe('2023-10-13');
    expect(
      pagePublishedDay(
        doc('<head><meta name="article:published_time" content="2023-10-13T19:26"></head><body></body>'),
      ),
    ).toBe('2023-10-13');
  });

  it('reads a JSON-LD datePublished, in an @graph too, and survives broken JSON', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2023-06-20T09:00:00Z' }],
    });
    const page = doc(
      `<head><script type="application/ld+json">{broken</script><script type="application/ld+json">${graph}</script></head><body></body>`,
    );
    expect(pagePublishedDay(page)).toBe('2023-06-20');
  });

  it('falls back to the first <time datetime> in the article, and is null with nothing to go on', () => {
    const page = doc(
      '<body><header><time datetime="2026-01-01">Today</time></header><article><time datetime="2023-10-26T19:12">26.10.2023</time><p>Text</p></article></body>',
    );
    expect(pagePublishedDay(page, page.querySelector('article'))).toBe('2023-10-26');
    expect(pagePublishedDay(doc('<body><p>26 October 2023</p></body>'))).toBeNull();
  });
});

describe('isoDay', () => {
  it('takes the day of an ISO date and refuses what is not one', () => {
    expect(isoDay(' 2023-10-26T19:12:00+03:00')).toBe('2023-10-26');
    expect(isoDay('26.10.2023')).toBeNull();
    expect(isoDay('2023-13-01')).toBeNull();
    expect(isoDay(null)).toBeNull();
  });
});
