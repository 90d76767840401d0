/**
 * Schema upgrades: every schema version N adds a `describe('schema upgrade N-1 → N')` here that
 * opens a database at version N-1 with a plain Dexie (the frozen STORES_V{N-1} and a frozen
 * fixture of version N-1 rows), closes it, opens ParallaxDatabase and proves nothing was lost and
 * the upgrade ran.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseCorpusPack } from '../core/pack-schema';
import { ParallaxDatabase } from './database';
import { packFromDb } from './matcher-source';
import { searchPassages } from './queries';
import { SCHEMA_VERSION, STORES_V1, type NoteRow } from './schema';
import { V1_ROWS, V1_USER_CORPUS_ID, expectedPack } from './schema-v1.fixture';
import { installPack } from './seed';
import { shippedPack } from './test-support';
import { notesFor, recentNotes } from './user-data';

describe('schema upgrade 1 → 2', () => {
  it('the fixture is a valid pack as version 1 stored it', () => {
    expect(parseCorpusPack(expectedPack)).toEqual({ ok: true, pack: expectedPack });
  });

  it('keeps every row of a version-1 database and fills notes.lastOpenedAt', async () => {
    const name = `parallax-upgrade-1-2-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.open();
    await v1.transaction('rw', v1.tables, async () => {
      for (const [table, rows] of Object.entries(V1_ROWS)) await v1.table(table).bulkAdd(rows);
    });
    v1.close();

    const db = new ParallaxDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      // Upgrade ran: lastOpenedAt filled from updatedAt, indexed; meta records the new version.
      const notes = await db.notes.orderBy('id').toArray();
      expect(notes).toStrictEqual(
        (V1_ROWS.notes as Array<Omit<NoteRow, 'lastOpenedAt'>>).map((note) => ({
          ...note,
          lastOpenedAt: note.updatedAt,
        })),
      );
      expect((await recentNotes(db)).map((note) => note.id)).toEqual(['note:2', 'note:1']);
      expect(await db.meta.get('meta')).toEqual({ ...(V1_ROWS.meta?.[0] as object), schemaVersion: 2 });
      // Nothing lost: every other table reads back exactly as written.
      for (const [table, rows] of Object.entries(V1_ROWS)) {
        if (table === 'notes' || table === 'meta') continue;
        expect(await db.table(table).toArray(), table).toStrictEqual(
          [...rows].sort((a, b) => (keyOf(db, table, a) < keyOf(db, table, b) ? -1 : 1)),
        );
      }
      expect(await packFromDb(db, V1_USER_CORPUS_ID)).toStrictEqual(expectedPack);
      // Old indexes still answer.
      expect(await notesFor(db, { kind: 'fact', id: expectedPack.facts[0]?.id ?? '' })).toHaveLength(1);
      expect((await searchPassages(db, 'thurs')).map((hit) => hit.text)).toEqual([
        'Moscow hosted a Hamas delegation on Thursday.',
      ]);
      // Seeding the upgraded database keeps the user corpus and notes.
      await installPack(db, shippedPack(), { origin: 'seed' });
      expect(await packFromDb(db, V1_USER_CORPUS_ID)).toStrictEqual(expectedPack);
      expect(await db.notes.count()).toBe(2);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});

function keyOf(db: ParallaxDatabase, table: string, row: unknown): string {
  const keyPath = db.table(table).schema.primKey.keyPath as string;
  return String((row as Record<string, unknown>)[keyPath]);
}
