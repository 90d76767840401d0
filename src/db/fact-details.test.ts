/** factWithMentions for every shipped fact: grouping by source in corpus order, silent sources, discrepancies. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { factWithMentions } from './fact-details';
import { seededDb } from './test-support';

describe('factWithMentions', () => {
  it('groups every passage of every fact by source, in corpus order then text order', async () => {
    const { db, pack } = await seededDb();
    const order = pack.sources.map((source) => source.id);
    for (const fact of pack.facts) {
      const details = await factWithMentions(db, fact.id);
      expect(details?.fact).toMatchObject({ id: fact.id, label: fact.label, actors: fact.actors });
      expect(details?.corpus.id).toBe(pack.corpus.id);
      const expected = order
        .map((id) => ({
          id,
          mentions: fact.mentions
            .filter((mention) => mention.source === id)
            .sort((a, b) => a.start - b.start || a.end - b.end),
        }))
        .filter((group) => group.mentions.length > 0);
      expect(
        details?.bySource.map((group) => ({ id: group.source.id, mentions: group.mentions })),
      ).toStrictEqual(expected);
      expect(details?.notReportedBy.map((source) => source.id)).toEqual(
        order.filter((id) => !expected.some((group) => group.id === id)),
      );
      expect(details?.discrepancies).toStrictEqual(
        pack.discrepancies.filter((item) => item.fact === fact.id),
      );
    }
  });

  it('gives the source metadata without its text', async () => {
    const { db, pack } = await seededDb();
    const fact = pack.facts[0];
    const details = await factWithMentions(db, fact?.id ?? '');
    const group = details?.bySource[0];
    const source = pack.sources.find((item) => item.id === group?.source.id);
    expect(group?.source).toMatchObject({ id: source?.id, outlet: source?.outlet, title: source?.title });
    expect(group?.source).not.toHaveProperty('text');
  });

  it('returns null for an unknown fact', async () => {
    const { db } = await seededDb();
    expect(await factWithMentions(db, 'fact:nope')).toBeNull();
  });
});
