/** packFromDb reads back exactly what installPack wrote; the matcher source and its signature follow every corpus change. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteUserCorpus } from './corpora';
import { importArticles } from './import';
import { buildMatcherIndexFromDb, corpusSignature, packFromDb } from './matcher-source';
import { installPack } from './seed';
import { freshDb, nextShippedPack, seedArticleTexts, seededDb, shippedPack } from './test-support';

describe('packFromDb', () => {
  it('reads back exactly the pack installPack wrote', async () => {
    const db = freshDb();
    const pack = shippedPack();
    await installPack(db, pack, { origin: 'seed' });
    const back = await packFromDb(db, pack.corpus.id);
    expect(back).toStrictEqual(pack);
    expect(JSON.stringify(back)).toBe(JSON.stringify(pack));
  });

  it('returns null for an unknown corpus', async () => {
    expect(await packFromDb(freshDb(), 'corpus:nope')).toBeNull();
  });
});

describe('buildMatcherIndexFromDb', () => {
  it('gives every corpus, the shipped one first, and a signature that follows every change', async () => {
    const { db, pack } = await seededDb();
    const empty = await buildMatcherIndexFromDb(freshDb());
    expect(empty).toEqual({ signature: '', packs: [] });

    const seeded = await buildMatcherIndexFromDb(db);
    expect(seeded.packs).toStrictEqual([pack]);
    expect(seeded.signature).toBe(await corpusSignature(db));

    const user = await importArticles(db, { corpusName: 'Mine', articles: seedArticleTexts().slice(0, 2) });
    const withUser = await buildMatcherIndexFromDb(db);
    expect(withUser.packs.map((p) => p.corpus.id)).toEqual([pack.corpus.id, user.corpusId]);
    expect(withUser.packs[1]).toStrictEqual(user.pack);
    expect(withUser.signature).not.toBe(seeded.signature);

    await installPack(db, nextShippedPack(pack), { origin: 'seed' });
    const updated = await corpusSignature(db);
    expect(updated).not.toBe(withUser.signature);

    expect(await deleteUserCorpus(db, user.corpusId)).toBe(true);
    expect(await corpusSignature(db)).not.toBe(updated);
    expect((await buildMatcherIndexFromDb(db)).packs.map((p) => p.corpus.id)).toEqual([pack.corpus.id]);
  });
});
