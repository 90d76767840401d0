/** The corpus list order and the deletion of a user corpus (every row gone, the shipped corpus untouchable). */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteUserCorpus, listCorpora } from './corpora';
import { importArticles } from './import';
import { CORPUS_TABLES } from './schema';
import { seedArticleTexts, seededDb } from './test-support';

describe('listCorpora / deleteUserCorpus', () => {
  it('lists the shipped corpus first, then user corpora by age', async () => {
    const { db, pack } = await seededDb();
    const articles = seedArticleTexts().slice(0, 2);
    await importArticles(db, { corpusName: 'Zeta', articles }, { now: 10 });
    await importArticles(db, { corpusName: 'Alpha', articles }, { now: 20 });
    expect((await listCorpora(db)).map((corpus) => corpus.id)).toEqual([
      pack.corpus.id,
      'corpus:zeta',
      'corpus:alpha',
    ]);
  });

  it('deletes every row of a user corpus and never the shipped one', async () => {
    const { db, pack } = await seededDb();
    const user = await importArticles(db, { corpusName: 'Mine', articles: seedArticleTexts().slice(0, 2) });
    expect(await deleteUserCorpus(db, pack.corpus.id)).toBe(false);
    expect(await deleteUserCorpus(db, 'corpus:nope')).toBe(false);
    expect(await deleteUserCorpus(db, user.corpusId)).toBe(true);
    for (const table of CORPUS_TABLES) {
      const left =
        table === 'corpora'
          ? await db.corpora.get(user.corpusId)
          : await db.table(table).where('corpusId').equals(user.corpusId).first();
      expect(left, table).toBeUndefined();
    }
    expect(await db.facts.count()).toBe(pack.facts.length);
  });
});
