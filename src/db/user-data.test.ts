/** Notes, dismissals and settings: the user rows every corpus update must keep. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from './test-support';
import {
  addNote,
  deleteNote,
  dismissFact,
  dismissedFacts,
  markNoteOpened,
  notesFor,
  readSetting,
  recentNotes,
  undismissFact,
  updateNote,
  writeSetting,
} from './user-data';

describe('notes', () => {
  it('adds, finds by target, updates, orders by last opened and deletes', async () => {
    const db = freshDb();
    const a = await addNote(db, { kind: 'fact', id: 'fact:a' }, 'first', 1);
    const b = await addNote(db, { kind: 'fact', id: 'fact:a' }, 'second', 2);
    await addNote(db, { kind: 'actor', id: 'fact:a' }, 'same id, other kind', 3);
    expect((await notesFor(db, { kind: 'fact', id: 'fact:a' })).map((n) => n.text)).toEqual([
      'first',
      'second',
    ]);
    expect(await updateNote(db, a.id, 'edited', 4)).toBe(true);
    expect(await updateNote(db, 'note:gone', 'x')).toBe(false);
    expect(await db.notes.get(a.id)).toMatchObject({ text: 'edited', createdAt: 1, updatedAt: 4 });
    await markNoteOpened(db, a.id, 9);
    expect((await recentNotes(db, 2)).map((n) => n.id)).toEqual([a.id, expect.any(String)]);
    await deleteNote(db, b.id);
    expect(await notesFor(db, { kind: 'fact', id: 'fact:a' })).toHaveLength(1);
  });
});

describe('dismissals', () => {
  it('are per page and fact, idempotent and reversible', async () => {
    const db = freshDb();
    await dismissFact(db, 'https://a.example/news', 'fact:x', 1);
    await dismissFact(db, 'https://a.example/news', 'fact:x', 2);
    await dismissFact(db, 'https://a.example/news', 'fact:y', 3);
    await dismissFact(db, 'https://b.example/news', 'fact:x', 4);
    expect(await dismissedFacts(db, 'https://a.example/news')).toEqual(new Set(['fact:x', 'fact:y']));
    await undismissFact(db, 'https://a.example/news', 'fact:x');
    expect(await dismissedFacts(db, 'https://a.example/news')).toEqual(new Set(['fact:y']));
    expect(await dismissedFacts(db, 'https://b.example/news')).toEqual(new Set(['fact:x']));
  });
});

describe('settings', () => {
  it('reads the fallback until written', async () => {
    const db = freshDb();
    expect(await readSetting(db, 'theme', 'light')).toBe('light');
    await writeSetting(db, 'theme', { dark: true });
    expect(await readSetting(db, 'theme', {})).toEqual({ dark: true });
  });
});
