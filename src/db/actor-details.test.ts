/** actorWithMentions against an independent computation from the shipped pack, for every actor. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { actorWithMentions } from './actor-details';
import { seededDb } from './test-support';

describe('actorWithMentions', () => {
  it('gives each source its mentions, the names it used and the titles it gave', async () => {
    const { db, pack } = await seededDb();
    const details = await actorWithMentions(db, 'actor:musa-abu-marzouk');
    const first = details?.bySource.find((view) => view.source.id === pack.sources[0]?.id);
    expect(first?.names).toContain('Musa Abu Marzuk');
    expect(first?.titles).toEqual(['senior member of the Hamas Political Committee']);
    expect(details?.bySource.map((view) => view.source.id)).toEqual(
      pack.sources
        .map((source) => source.id)
        .filter((id) => details?.bySource.some((v) => v.source.id === id)),
    );
  });

  it('matches an independent computation from the pack, for every actor', async () => {
    const { db, pack } = await seededDb();
    for (const actor of pack.actors) {
      const details = await actorWithMentions(db, actor.id);
      expect(details?.actor).toMatchObject({ id: actor.id, name: actor.name, aliases: actor.aliases });
      const expected = pack.sources
        .map((source) => {
          const passages = pack.facts
            .flatMap((fact) => fact.mentions)
            .filter((mention) => mention.source === source.id)
            .sort((a, b) => a.start - b.start || a.end - b.end);
          return {
            source: source.id,
            mentions: actor.mentions
              .filter((mention) => mention.source === source.id)
              .sort((a, b) => a.start - b.start),
            names: [
              ...new Set(
                passages
                  .flatMap((m) => m.framing?.actorNames.filter((n) => n.actor === actor.id) ?? [])
                  .map((n) => n.text),
              ),
            ],
            titles: [
              ...new Set((actor.titles ?? []).filter((t) => t.source === source.id).map((t) => t.title)),
            ],
          };
        })
        .filter((view) => view.mentions.length + view.names.length + view.titles.length > 0);
      expect(
        details?.bySource.map((view) => ({ ...view, source: view.source.id })),
        actor.id,
      ).toStrictEqual(expected);
      expect(details?.facts.map((fact) => fact.id)).toEqual(
        pack.facts.filter((fact) => fact.actors.includes(actor.id)).map((fact) => fact.id),
      );
    }
  });

  it('returns null for an unknown actor', async () => {
    const { db } = await seededDb();
    expect(await actorWithMentions(db, 'actor:nobody')).toBeNull();
  });
});
