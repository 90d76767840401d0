/** Live queries fire again when a write in the same database touches what they read. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FactDetails } from './fact-details';
import { importArticles } from './import';
import { watchCorpora, watchDismissals, watchFact, watchNotes } from './live';
import { installPack } from './seed';
import { freshDb, nextShippedPack, seedArticleTexts, seededDb } from './test-support';
import { addNote, dismissFact } from './user-data';

/** Collects the values a watcher delivers; `next(n)` waits for the n-th. */
function collector<T>(): { values: T[]; onValue: (value: T) => void; next: (count: number) => Promise<T> } {
  const values: T[] = [];
  const waiters: Array<() => void> = [];
  return {
    values,
    onValue: (value) => {
      values.push(value);
      waiters.splice(0).forEach((wake) => wake());
    },
    next: async (count) => {
      const deadline = Date.now() + 5000;
      while (values.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${values.length} of ${count} values arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return values[count - 1] as T;
    },
  };
}

describe('live queries', () => {
  it('watchFact delivers the fact, then again after a write changes it', async () => {
    const { db, pack } = await seededDb();
    const fact = pack.facts[0];
    if (!fact) throw new Error('no fact');
    const seen = collector<FactDetails | null>();
    const stop = watchFact(db, fact.id, seen.onValue);
    expect((await seen.next(1))?.fact.label).toBe(fact.label);
    await installPack(db, nextShippedPack(pack), { origin: 'seed' });
    expect((await seen.next(2))?.fact.label).toBe(`${fact.label} (relabelled)`);
    stop();
    await installPack(db, pack, { origin: 'seed', force: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.values).toHaveLength(2);
  });

  it('watchNotes, watchDismissals and watchCorpora follow writes', async () => {
    const db = freshDb();
    const notes = collector<unknown[]>();
    const dismissed = collector<Set<string>>();
    const corpora = collector<unknown[]>();
    const stops = [
      watchNotes(db, { kind: 'fact', id: 'fact:a' }, notes.onValue),
      watchDismissals(db, 'https://a.example/x', dismissed.onValue),
      watchCorpora(db, corpora.onValue),
    ];
    expect(await notes.next(1)).toEqual([]);
    expect(await dismissed.next(1)).toEqual(new Set());
    expect(await corpora.next(1)).toEqual([]);
    await addNote(db, { kind: 'fact', id: 'fact:a' }, 'hello');
    await dismissFact(db, 'https://a.example/x', 'fact:a');
    await importArticles(db, { corpusName: 'Mine', articles: seedArticleTexts().slice(0, 2) });
    expect(await notes.next(2)).toHaveLength(1);
    expect(await dismissed.next(2)).toEqual(new Set(['fact:a']));
    expect(await corpora.next(2)).toHaveLength(1);
    stops.forEach((stop) => stop());
  });
});
