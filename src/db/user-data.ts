/**
 * The user's own rows: notes on facts, actors, sources and corpora; dismissals ("not the same
 * fact" on a page); settings kept in the database (the ones content scripts need live in
 * storage.local, see platform/settings.ts). None of these is touched when a corpus is replaced, so
 * a note may outlive the fact it was written on when a new pack drops that fact.
 */
import type { ParallaxDatabase } from './database';
import { dismissalId, type DismissalRow, type NoteRow } from './schema';

export type NoteTarget = NoteRow['target'];

export async function addNote(
  db: ParallaxDatabase,
  target: NoteTarget,
  text: string,
  now = Date.now(),
): Promise<NoteRow> {
  const note: NoteRow = {
    id: `note:${crypto.randomUUID()}`,
    target,
    text,
    createdAt: now,
    updatedAt: now,
    lastOpenedAt: now,
  };
  await db.notes.add(note);
  return note;
}

/** False when the note no longer exists. */
export async function updateNote(
  db: ParallaxDatabase,
  id: string,
  text: string,
  now = Date.now(),
): Promise<boolean> {
  return (await db.notes.update(id, { text, updatedAt: now })) > 0;
}

export async function markNoteOpened(db: ParallaxDatabase, id: string, now = Date.now()): Promise<void> {
  await db.notes.update(id, { lastOpenedAt: now });
}

export async function deleteNote(db: ParallaxDatabase, id: string): Promise<void> {
  await db.notes.delete(id);
}

/** Notes on one target, oldest first. */
export async function notesFor(db: ParallaxDatabase, target: NoteTarget): Promise<NoteRow[]> {
  const notes = await db.notes.where('[target.kind+target.id]').equals([target.kind, target.id]).toArray();
  return notes.sort((a, b) => a.createdAt - b.createdAt);
}

/** The notes opened most recently (schema version 2's lastOpenedAt index). */
export async function recentNotes(db: ParallaxDatabase, limit = 10): Promise<NoteRow[]> {
  return db.notes.orderBy('lastOpenedAt').reverse().limit(limit).toArray();
}

export async function dismissFact(
  db: ParallaxDatabase,
  pageKey: string,
  factId: string,
  now = Date.now(),
): Promise<void> {
  const row: DismissalRow = { id: dismissalId(pageKey, factId), pageKey, factId, createdAt: now };
  await db.dismissals.put(row);
}

export async function undismissFact(db: ParallaxDatabase, pageKey: string, factId: string): Promise<void> {
  await db.dismissals.delete(dismissalId(pageKey, factId));
}

/** The fact ids dismissed on a page. */
export async function dismissedFacts(db: ParallaxDatabase, pageKey: string): Promise<Set<string>> {
  const rows = await db.dismissals.where('pageKey').equals(pageKey).toArray();
  return new Set(rows.map((row) => row.factId));
}

export async function readSetting<T>(db: ParallaxDatabase, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function writeSetting(db: ParallaxDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
