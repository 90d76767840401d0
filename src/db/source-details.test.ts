/** sourceWithFacts for every shipped source: the full source and its fact passages in offset order. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sourceWithFacts } from './source-details';
import { seededDb } from './test-support';

describe('sourceWithFacts', () => {
  it('gives the full source and its fact passages sorted by offset, each an exact slice', async () => {
    const { db, pack } = await seededDb();
    for (const source of pack.sources) {
      const details = await sourceWithFacts(db, source.id);
      expect(details?.source).toStrictEqual(source);
      expect(details?.corpus.id).toBe(pack.corpus.id);
      const expected = pack.facts
        .flatMap((fact) =>
          fact.mentions
            .filter((m) => m.source === source.id)
            .map((mention) => ({ factId: fact.id, label: fact.label, mention })),
        )
        .sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
      expect(details?.facts).toHaveLength(expected.length);
      expect(new Set(details?.facts)).toEqual(new Set(expected));
      const starts = details?.facts.map((item) => item.mention.start) ?? [];
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const item of details?.facts ?? []) {
        expect(source.text.slice(item.mention.start, item.mention.end)).toBe(item.mention.text);
      }
    }
  });

  it('returns null for an unknown source', async () => {
    const { db } = await seededDb();
    expect(await sourceWithFacts(db, 'source:nope')).toBeNull();
  });
});
