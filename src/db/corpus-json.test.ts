/** Corpus export/import as JSON: the envelope, an exact round trip, and every refusal storing nothing. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CORPUS_FORMAT, CORPUS_FORMAT_VERSION, exportCorpus, importCorpusJson } from './corpus-json';
import type { ParallaxDatabase } from './database';
import { ImportError, importArticles, type ImportReason } from './import';
import { packFromDb } from './matcher-source';
import { CORPUS_TABLES } from './schema';
import { freshDb, seedArticleTexts, seededDb, shippedPack } from './test-support';

async function snapshot(db: ParallaxDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    CORPUS_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}

async function userCorpusJson(): Promise<{ json: string; corpusId: string }> {
  const { db } = await seededDb();
  const result = await importArticles(db, { corpusName: 'Shared', articles: seedArticleTexts().slice(0, 3) });
  const json = await exportCorpus(db, result.corpusId);
  if (json === null) throw new Error('export failed');
  return { json, corpusId: result.corpusId };
}

describe('exportCorpus / importCorpusJson', () => {
  it('writes a versioned envelope around the pack', async () => {
    const { json, corpusId } = await userCorpusJson();
    const data = JSON.parse(json) as {
      format: string;
      formatVersion: number;
      pack: { corpus: { id: string } };
    };
    expect(data.format).toBe(CORPUS_FORMAT);
    expect(data.formatVersion).toBe(CORPUS_FORMAT_VERSION);
    expect(data.pack.corpus.id).toBe(corpusId);
  });

  it('round-trips exactly: export → import elsewhere → export gives the same JSON', async () => {
    const { json, corpusId } = await userCorpusJson();
    const { db } = await seededDb();
    const result = await importCorpusJson(db, json);
    expect(result.corpusId).toBe(corpusId);
    expect(await exportCorpus(db, corpusId)).toBe(json);
    expect(await packFromDb(db, corpusId)).toStrictEqual(JSON.parse(json).pack);
  });

  it('refuses to replace an existing corpus unless asked', async () => {
    const { json, corpusId } = await userCorpusJson();
    const db = freshDb();
    await importCorpusJson(db, json, { now: 1 });
    const error = await importCorpusJson(db, json).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: 'corpus-exists' });
    await importCorpusJson(db, json, { replace: true });
    expect(await exportCorpus(db, corpusId)).toBe(json);
  });

  it('namespaces the ids of a pack made elsewhere', async () => {
    const db = freshDb();
    const pack = { ...shippedPack(), corpus: { id: 'corpus:theirs', name: 'Theirs' } };
    const result = await importCorpusJson(
      db,
      JSON.stringify({ format: CORPUS_FORMAT, formatVersion: 1, pack }),
    );
    expect(result.pack.facts.every((fact) => fact.id.startsWith('corpus:theirs/fact:'))).toBe(true);
    expect(result.pack.facts[0]?.mentions[0]?.source.startsWith('corpus:theirs/source:')).toBe(true);
    expect(await packFromDb(db, 'corpus:theirs')).toStrictEqual(result.pack);
  });

  const shipped = shippedPack();
  const envelope = (pack: unknown, extra: object = {}): string =>
    JSON.stringify({ format: CORPUS_FORMAT, formatVersion: 1, pack, ...extra });
  const withSource = (patch: object): unknown => ({
    ...shipped,
    corpus: { id: 'corpus:x', name: 'x' },
    sources: shipped.sources.map((source, i) => (i === 0 ? { ...source, ...patch } : source)),
  });
  it.each<[string, () => string, ImportReason, RegExp]>([
    ['not JSON', () => '{"format": ', 'invalid-json', /not JSON/],
    [
      'JSON of something else',
      () => JSON.stringify({ hello: 1 }),
      'invalid-envelope',
      /not a Parallax corpus/,
    ],
    [
      'a future format version',
      () => envelope(shipped, { formatVersion: 2 }),
      'invalid-envelope',
      /format version 2/,
    ],
    ['a pack missing a field', () => envelope({ ...shipped, facts: undefined }), 'invalid-pack', /facts/],
    [
      'mentions whose offsets do not match',
      () => envelope(withSource({ text: `x${shipped.sources[0]?.text ?? ''}` })),
      'invalid-pack',
      /offsets/,
    ],
    [
      'a fact citing an unknown actor',
      () =>
        envelope({
          ...shipped,
          corpus: { id: 'corpus:x', name: 'x' },
          facts: shipped.facts.map((f, i) => (i === 0 ? { ...f, actors: ['actor:ghost'] } : f)),
        }),
      'invalid-pack',
      /unknown actor/,
    ],
    ['the shipped corpus', () => envelope(shipped), 'seed-corpus', /shipped corpus/],
    [
      'binary source text',
      () => envelope(withSource({ text: '\u0000\u0001', reporting: [] })),
      'invalid-pack',
      /offsets/,
    ],
  ])('refuses %s with the reason and stores nothing', async (_name, json, reason, message) => {
    const { db } = await seededDb();
    const before = await snapshot(db);
    const error = await importCorpusJson(db, json()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ reason });
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('refuses a binary source text that is otherwise consistent', async () => {
    const db = freshDb();
    const text = `${'\u0000'}binary`;
    const pack = {
      version: '1',
      corpus: { id: 'corpus:bin', name: 'bin' },
      sources: [{ ...shipped.sources[0], id: 'source:bin', text, reporting: [] }],
      actors: [],
      facts: [],
      discrepancies: [],
    };
    const error = await importCorpusJson(db, envelope(pack)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: 'binary' });
    expect(await db.corpora.count()).toBe(0);
  });

  it('exports nothing for an unknown corpus', async () => {
    expect(await exportCorpus(freshDb(), 'corpus:nope')).toBeNull();
  });
});
