/** Passage search on the shipped corpus: completeness against a brute-force scan, folding, ranking, offsets. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { searchPassages } from './search-passages';
import { passageWords } from './search-tokens';
import { seededDb } from './test-support';

describe('searchPassages', () => {
  it('finds every passage containing all query words by prefix, and nothing else', async () => {
    const { db, pack } = await seededDb();
    const passages = pack.facts.flatMap((fact) => fact.mentions);
    for (const query of ['hamas', 'moscow deleg', 'TASS', 'zakharova', 'bagheri', 'putin', 'met']) {
      const words = passageWords(query);
      const expected = passages.filter((mention) => {
        const own = passageWords(mention.text);
        return words.every((word) => own.some((w) => w.startsWith(word)));
      });
      const hits = await searchPassages(db, query, { limit: 1000 });
      expect(hits.length, query).toBe(expected.length);
      expect(new Set(hits.map((hit) => `${hit.source}:${hit.start}`)), query).toEqual(
        new Set(expected.map((m) => `${m.source}:${m.start}`)),
      );
    }
  });

  it('is case- and diacritic-insensitive', async () => {
    const { db } = await seededDb();
    const plain = await searchPassages(db, 'marzouk');
    expect(plain.length).toBeGreaterThan(0);
    expect(await searchPassages(db, 'MARZOÛK')).toEqual(plain);
    expect(await searchPassages(db, 'Marzou\u0301k')).toEqual(plain);
  });

  it('ranks exact words over prefixes and phrases over scattered words', async () => {
    const { db } = await seededDb();
    const hits = await searchPassages(db, 'hamas delegation', { limit: 1000 });
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const top = hits[0];
    expect(top?.text.toLowerCase()).toContain('hamas delegation');
    expect(top?.score).toBe(2 + 2 + 2);
    const prefix = await searchPassages(db, 'delegat', { limit: 1000 });
    expect(prefix.every((hit) => hit.score === 1)).toBe(true);
  });

  it('reports passage offsets into the source text and the matched words', async () => {
    const { db, pack } = await seededDb();
    const texts = new Map(pack.sources.map((source) => [source.id, source.text]));
    const hits = await searchPassages(db, 'russian foreign', { limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const text = texts.get(hit.source) ?? '';
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
      expect(hit.label).toBe(pack.facts.find((fact) => fact.id === hit.factId)?.label);
      for (const match of hit.matches) {
        const word = passageWords(text.slice(match.start, match.end))[0] ?? '';
        expect(word.startsWith('russian') || word.startsWith('foreign')).toBe(true);
      }
    }
  });

  it('respects limit and corpus, and answers an empty query with nothing', async () => {
    const { db, pack } = await seededDb();
    expect(await searchPassages(db, 'hamas', { limit: 3 })).toHaveLength(3);
    expect(await searchPassages(db, 'hamas', { corpusId: 'corpus:other' })).toEqual([]);
    expect((await searchPassages(db, 'hamas', { corpusId: pack.corpus.id })).length).toBeGreaterThan(0);
    expect(await searchPassages(db, ' ,. ')).toEqual([]);
    expect(await searchPassages(db, 'zzzzzz')).toEqual([]);
  });
});
