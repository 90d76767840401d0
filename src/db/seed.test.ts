/** Seeding: install, idempotence, update keeping user rows, and failures that leave the previous state intact. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ParallaxDatabase } from './database';
import { packFromDb } from './matcher-source';
import { SCHEMA_VERSION } from './schema';
import { installPack, installedPackVersion } from './seed';
import { freshDb, nextShippedPack, shippedPack } from './test-support';
import { addNote, dismissFact, writeSetting } from './user-data';
import { namespacePack } from './user-ids';

/** A small user corpus built from the shipped one: two sources, namespaced. */
function userPack(): ReturnType<typeof shippedPack> {
  const pack = shippedPack();
  const keep = new Set(pack.sources.slice(0, 2).map((source) => source.id));
  const onlyKept = <T extends { source: string }>(list: T[]): T[] => list.filter((m) => keep.has(m.source));
  const facts = pack.facts
    .map((fact) => ({ ...fact, mentions: onlyKept(fact.mentions) }))
    .filter((fact) => fact.mentions.length > 0);
  const factIds = new Set(facts.map((fact) => fact.id));
  return namespacePack({
    version: '1',
    corpus: { id: 'corpus:my-notes', name: 'My notes' },
    sources: pack.sources
      .filter((source) => keep.has(source.id))
      .map((s) => ({ ...s, origin: 'user' as const })),
    actors: pack.actors.map((actor) => ({
      ...actor,
      mentions: onlyKept(actor.mentions),
      ...(actor.titles ? { titles: actor.titles.filter((t) => keep.has(t.source)) } : {}),
    })),
    facts,
    discrepancies: pack.discrepancies
      .filter((item) => factIds.has(item.fact))
      .map((item) => ({ ...item, mentions: onlyKept(item.mentions) })),
  });
}

async function userRows(db: ParallaxDatabase): Promise<unknown> {
  return {
    notes: await db.notes.toArray(),
    dismissals: await db.dismissals.toArray(),
    settings: await db.settings.toArray(),
    userCorpus: await packFromDb(db, 'corpus:my-notes'),
  };
}

async function withUserData(db: ParallaxDatabase): Promise<void> {
  const fact = shippedPack().facts[0];
  if (!fact) throw new Error('no fact');
  await addNote(db, { kind: 'fact', id: fact.id }, 'check the date', 5);
  await dismissFact(db, 'https://example.com/news/1', fact.id, 6);
  await writeSetting(db, 'theme', 'dark');
  await installPack(db, userPack(), { origin: 'user', now: 7 });
}

describe('installPack (seed)', () => {
  it('installs the shipped pack and records meta', async () => {
    const db = freshDb();
    const pack = shippedPack();
    expect(await installPack(db, pack, { origin: 'seed', now: 100 })).toEqual({
      status: 'installed',
      corpusId: pack.corpus.id,
      version: pack.version,
    });
    expect(await db.meta.get('meta')).toEqual({
      key: 'meta',
      packVersion: pack.version,
      schemaVersion: SCHEMA_VERSION,
      seededAt: 100,
    });
    expect(await installedPackVersion(db)).toBe(pack.version);
    expect(await db.facts.count()).toBe(pack.facts.length);
    expect(await db.corpora.get(pack.corpus.id)).toMatchObject({ origin: 'seed', createdAt: 100 });
  });

  it('is idempotent: the same version again is a no-op, unless forced', async () => {
    const db = freshDb();
    const pack = shippedPack();
    await installPack(db, pack, { origin: 'seed', now: 100 });
    const put = vi.spyOn(db.facts, 'bulkPut');
    expect((await installPack(db, pack, { origin: 'seed', now: 200 })).status).toBe('unchanged');
    expect(put).not.toHaveBeenCalled();
    expect((await db.meta.get('meta'))?.seededAt).toBe(100);
    expect((await installPack(db, pack, { origin: 'seed', now: 300, force: true })).status).toBe('installed');
    expect((await db.meta.get('meta'))?.seededAt).toBe(300);
    expect(await packFromDb(db, pack.corpus.id)).toStrictEqual(pack);
    expect(await db.mentions.count()).toBe(
      pack.facts.flatMap((f) => f.mentions).length + pack.actors.flatMap((a) => a.mentions).length,
    );
  });

  it('replaces the shipped corpus with a new version and keeps every user row', async () => {
    const db = freshDb();
    await installPack(db, shippedPack(), { origin: 'seed', now: 100 });
    await withUserData(db);
    const before = await userRows(db);
    const next = nextShippedPack();
    expect((await installPack(db, next, { origin: 'seed', now: 200 })).status).toBe('installed');
    expect(await packFromDb(db, next.corpus.id)).toStrictEqual(next);
    expect(await db.facts.get(shippedPack().facts[1]?.id ?? '')).toBeUndefined();
    expect(
      await db.mentions
        .where('ownerId')
        .equals(shippedPack().facts[1]?.id ?? '')
        .count(),
    ).toBe(0);
    expect(await userRows(db)).toStrictEqual(before);
    expect((await db.meta.get('meta'))?.packVersion).toBe(next.version);
  });

  it('replaces a shipped corpus whose id changed, leaving no rows of the old one', async () => {
    const db = freshDb();
    const old = shippedPack();
    await installPack(db, old, { origin: 'seed' });
    await withUserData(db);
    const renamed = { ...nextShippedPack(), corpus: { id: 'corpus:renamed', name: 'Renamed' } };
    await installPack(db, renamed, { origin: 'seed' });
    expect(await db.corpora.get(old.corpus.id)).toBeUndefined();
    for (const table of ['sources', 'sourceTexts', 'actors', 'facts', 'mentions', 'discrepancies'] as const) {
      expect(await db.table(table).where('corpusId').equals(old.corpus.id).count()).toBe(0);
    }
    expect(await packFromDb(db, 'corpus:renamed')).toStrictEqual(renamed);
    expect(await packFromDb(db, 'corpus:my-notes')).toStrictEqual(userPack());
  });

  it('leaves the previous state intact when a write fails mid-transaction', async () => {
    const db = freshDb();
    const pack = shippedPack();
    await installPack(db, pack, { origin: 'seed', now: 100 });
    await withUserData(db);
    const before = await userRows(db);
    db.facts.hook('creating', (_key, fact) => {
      if (fact.id === 'fact:added-in-the-new-version') throw new Error('worker killed');
    });
    await expect(installPack(db, nextShippedPack(), { origin: 'seed', now: 200 })).rejects.toThrow(
      'worker killed',
    );
    expect(await packFromDb(db, pack.corpus.id)).toStrictEqual(pack);
    expect(await db.meta.get('meta')).toMatchObject({ packVersion: pack.version, seededAt: 100 });
    expect(await userRows(db)).toStrictEqual(before);
  });

  it('leaves the previous state intact when the last write is refused (disk full)', async () => {
    const db = freshDb();
    const pack = shippedPack();
    await installPack(db, pack, { origin: 'seed', now: 100 });
    vi.spyOn(db.meta, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(installPack(db, nextShippedPack(), { origin: 'seed' })).rejects.toThrow('full');
    expect(await packFromDb(db, pack.corpus.id)).toStrictEqual(pack);
    expect((await db.meta.get('meta'))?.packVersion).toBe(pack.version);
  });

  it('refuses a pack that does not hold together, before writing anything', async () => {
    const db = freshDb();
    const pack = shippedPack();
    const broken = { ...pack, facts: [...pack.facts, ...pack.facts.slice(0, 1)] };
    await expect(installPack(db, broken, { origin: 'seed' })).rejects.toThrow(/duplicate fact id/);
    expect(await db.corpora.count()).toBe(0);
  });

  it('never overwrites a row of another corpus', async () => {
    const db = freshDb();
    await installPack(db, shippedPack(), { origin: 'seed' });
    await withUserData(db);
    const user = userPack();
    const shipped = shippedPack();
    const stolen = {
      ...(shipped.facts[0] ?? shipped.facts[1]),
      id: user.facts[0]?.id ?? '',
    } as (typeof shipped.facts)[0];
    const clash = { ...shipped, version: 'x', facts: [...shipped.facts, stolen] };
    await expect(installPack(db, clash, { origin: 'seed' })).rejects.toThrow(/already belongs to corpus/);
    expect(await packFromDb(db, user.corpus.id)).toStrictEqual(user);
    expect(await packFromDb(db, shippedPack().corpus.id)).toStrictEqual(shippedPack());
  });
});

describe('installPack (user)', () => {
  it('refuses ids outside the corpus namespace and a user corpus named like the shipped one', async () => {
    const db = freshDb();
    const pack = shippedPack();
    await expect(installPack(db, pack, { origin: 'user' })).rejects.toThrow(/is not inside/);
    await installPack(db, pack, { origin: 'seed' });
    const asUser = namespacePack(pack);
    await expect(installPack(db, asUser, { origin: 'user' })).rejects.toThrow(
      /already exists as a seed corpus/,
    );
  });
});
