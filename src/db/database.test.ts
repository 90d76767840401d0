/** The schema as opened: current version, every table, and the indexes the queries rely on. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, STORES_V2 } from './schema';
import { freshDb, seededDb } from './test-support';

describe('ParallaxDatabase', () => {
  it('opens at the current schema version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(STORES_V2).sort());
  });

  it('finds actors by any alias (multi-entry index) and facts by actor', async () => {
    const { db, pack } = await seededDb();
    const actor = pack.actors.find((item) => item.aliases.length > 1);
    const alias = actor?.aliases[1] ?? '';
    expect((await db.actors.where('aliases').equals(alias).toArray()).map((a) => a.id)).toContain(actor?.id);
    const withActor = await db.facts
      .where('actors')
      .equals(actor?.id ?? '')
      .primaryKeys();
    expect(withActor.sort()).toEqual(
      pack.facts
        .filter((f) => f.actors.includes(actor?.id ?? ''))
        .map((f) => f.id)
        .sort(),
    );
  });

  it('finds mentions by owner, by source and by kind and owner', async () => {
    const { db, pack } = await seededDb();
    const fact = pack.facts[0];
    const source = pack.sources[0];
    expect(
      await db.mentions
        .where('[kind+ownerId]')
        .equals(['fact', fact?.id ?? ''])
        .count(),
    ).toBe(fact?.mentions.length);
    expect(
      await db.mentions
        .where('ownerId')
        .equals(fact?.id ?? '')
        .count(),
    ).toBe(fact?.mentions.length);
    const inSource =
      pack.facts.flatMap((f) => f.mentions).filter((m) => m.source === source?.id).length +
      pack.actors.flatMap((a) => a.mentions).filter((m) => m.source === source?.id).length;
    expect(
      await db.mentions
        .where('source')
        .equals(source?.id ?? '')
        .count(),
    ).toBe(inSource);
  });
});
