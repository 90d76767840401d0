import { describe, expect, it } from 'vitest';
import { addressOnlyDetection, normalizeUrl, sourceAtAddress } from './source-address';

describe('normalizeUrl', () => {
  it.each([
    ['https://www.Example.com/news/1/', 'example.com/news/1'],
    ['http://example.com/news/1#comments', 'example.com/news/1'],
    ['https://example.com/a?id=7&utm_source=x&utm_medium=y', 'example.com/a?id=7'],
    ['https://example.com/a?utm_campaign=z', 'example.com/a'],
    ['file:///tmp/page.html', ''],
    ['', ''],
  ])('%s → %s', (url, expected) => {
    expect(normalizeUrl(url)).toBe(expected);
  });
});

describe('sourceAtAddress', () => {
  const sources = [
    { id: 's:a', url: 'https://news.example/a' },
    { id: 's:b', url: null },
  ];
  it('finds the source published at the page address, whatever its scheme, www or fragment', () => {
    expect(sourceAtAddress('http://www.news.example/a/#top', sources)).toBe('s:a');
    expect(addressOnlyDetection('https://news.example/a?utm_source=x', { sources })).toEqual({
      facts: [],
      actors: [],
      selfSource: 's:a',
    });
  });
  it('finds none for another address or a page with no http address', () => {
    expect(sourceAtAddress('https://news.example/b', sources)).toBeNull();
    expect(sourceAtAddress('about:blank', sources)).toBeNull();
  });
});
