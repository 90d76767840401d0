/** The coverage matrix cell by cell against the pack: reported, not reported, discrepancy. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { coverageMatrix } from './coverage-matrix';
import { seededDb } from './test-support';

describe('coverageMatrix', () => {
  it('has one row per fact and one column per source, in corpus order', async () => {
    const { db, pack } = await seededDb();
    const matrix = await coverageMatrix(db, pack.corpus.id);
    expect(matrix?.sources.map((source) => source.id)).toEqual(pack.sources.map((source) => source.id));
    expect(matrix?.facts.map((fact) => [fact.id, fact.label])).toEqual(
      pack.facts.map((f) => [f.id, f.label]),
    );
  });

  it('marks reported, not reported and discrepancy cells', async () => {
    const { db, pack } = await seededDb();
    const matrix = await coverageMatrix(db, pack.corpus.id);
    pack.facts.forEach((fact, row) => {
      pack.sources.forEach((source, column) => {
        const differs = pack.discrepancies.some(
          (item) => item.fact === fact.id && item.mentions.some((m) => m.source === source.id),
        );
        const reports = fact.mentions.some((m) => m.source === source.id);
        const expected = differs ? 'discrepancy' : reports ? 'reported' : 'not-reported';
        expect(matrix?.facts[row]?.cells[column], `${fact.id} × ${source.id}`).toBe(expected);
      });
    });
    const cells = matrix?.facts.flatMap((fact) => fact.cells) ?? [];
    expect(new Set(cells)).toEqual(new Set(['reported', 'not-reported', 'discrepancy']));
  });

  it('returns null for an unknown corpus', async () => {
    const { db } = await seededDb();
    expect(await coverageMatrix(db, 'corpus:nope')).toBeNull();
  });
});
