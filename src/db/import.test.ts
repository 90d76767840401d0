/** importArticles: a user corpus from text or HTML, adding to a corpus, and every refusal or failed write storing nothing. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { parseHtmlDocument } from '../cli/html-document';
import { extractPageText } from '../core/page-text';
import type { ParallaxDatabase } from './database';
import { ImportError, importArticles, type ImportReason } from './import';
import { packFromDb } from './matcher-source';
import { CORPUS_TABLES } from './schema';
import { seedArticleTexts, seededDb } from './test-support';
import { storeUserCorpus } from './user-corpus-store';

const toText = (html: string): string => extractPageText(parseHtmlDocument(html)).text;

async function snapshot(db: ParallaxDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    CORPUS_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('importArticles', () => {
  it('builds a user corpus from the articles alone, beside the shipped one', async () => {
    const { db, pack: shipped } = await seededDb();
    const articles = seedArticleTexts().slice(0, 3);
    const result = await importArticles(db, { corpusName: 'My reading', articles }, { now: 50 });
    expect(result.corpusId).toBe('corpus:my-reading');
    expect(result.version).toBe('1');
    expect(result.pack.sources.map((source) => source.file)).toEqual(articles.map((a) => a.name));
    expect(result.pack.sources.every((source) => source.origin === 'user')).toBe(true);
    expect(result.pack.facts.length).toBeGreaterThan(0);
    const ids = [...result.pack.sources, ...result.pack.actors, ...result.pack.facts].map((row) => row.id);
    expect(ids.every((id) => id.startsWith('corpus:my-reading/'))).toBe(true);
    expect(await packFromDb(db, result.corpusId)).toStrictEqual(result.pack);
    expect(await packFromDb(db, shipped.corpus.id)).toStrictEqual(shipped);
    expect(await db.corpora.get(result.corpusId)).toMatchObject({ origin: 'user', createdAt: 50 });
  });

  it('gives a second corpus with the same name its own id', async () => {
    const { db } = await seededDb();
    const articles = seedArticleTexts().slice(0, 2);
    const first = await importArticles(db, { corpusName: 'Notes', articles });
    const second = await importArticles(db, { corpusName: 'Notes', articles });
    expect([first.corpusId, second.corpusId]).toEqual(['corpus:notes', 'corpus:notes-2']);
  });

  it('adds articles to an existing user corpus, rebuilding it as a whole', async () => {
    const { db } = await seededDb();
    const [a, b, c] = seedArticleTexts();
    if (!a || !b || !c) throw new Error('need three seed articles');
    const first = await importArticles(db, { corpusName: 'Notes', articles: [a, b] });
    const more = await importArticles(db, { corpusId: first.corpusId, corpusName: 'Notes', articles: [c] });
    expect(more.version).toBe('2');
    expect(more.pack.sources.map((source) => source.file)).toEqual([a.name, b.name, c.name]);
    expect(more.pack.sources.slice(0, 2)).toStrictEqual(first.pack.sources);
    const newSource = more.pack.sources[2]?.id;
    expect(more.pack.facts.some((fact) => fact.mentions.some((m) => m.source === newSource))).toBe(true);
    expect(await packFromDb(db, first.corpusId)).toStrictEqual(more.pack);
    const again = await refusal(
      importArticles(db, { corpusId: first.corpusId, corpusName: 'Notes', articles: [a] }),
    );
    expect(again.reason).toBe('duplicate-name');
  });

  it('extracts the text of HTML articles', async () => {
    const { db } = await seededDb();
    const articles = seedArticleTexts()
      .slice(0, 2)
      .map((article) => ({
        name: article.name.replace('.txt', '.html'),
        isHtml: true,
        text: `<html><body><nav>Home</nav><article>${article.text
          .split('\n')
          .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
          .join('')}</article></body></html>`,
      }));
    const result = await importArticles(db, { corpusName: 'Web', articles }, { toText });
    expect(result.pack.sources[0]?.text).not.toContain('<p>');
    expect(result.pack.facts.length).toBeGreaterThan(0);
    const missing = await refusal(importArticles(db, { corpusName: 'Web', articles }));
    expect(missing.reason).toBe('html-unsupported');
    const unreadable = await refusal(
      importArticles(
        db,
        { corpusName: 'Web', articles },
        {
          toText: () => {
            throw new Error('parser crashed');
          },
        },
      ),
    );
    expect(unreadable).toMatchObject({ reason: 'not-an-article', article: articles[0]?.name });
  });

  const good = { name: 'good.txt', text: seedArticleTexts()[0]?.text ?? '' };
  it.each<[string, () => Array<{ name: string; text: string; isHtml?: boolean }>, ImportReason]>([
    ['no articles', () => [], 'no-articles'],
    [
      'too many articles',
      () => Array.from({ length: 201 }, (_, i) => ({ ...good, name: `a${i}.txt` })),
      'too-many',
    ],
    ['an empty article', () => [good, { name: 'empty.txt', text: ' \n\t ' }], 'empty'],
    ['an article with no name', () => [{ ...good, name: ' ' }], 'invalid-name'],
    ['a repeated name', () => [good, { ...good }], 'duplicate-name'],
    ['names giving the same id', () => [good, { ...good, name: 'good.html' }], 'duplicate-name'],
    ['NUL bytes', () => [good, { name: 'bin.txt', text: `PK\u0003\u0004${'x'.repeat(99)}\u0000` }], 'binary'],
    [
      'replacement characters',
      () => [{ name: 'bin.txt', text: `${'\ufffd'.repeat(40)} ${good.text.slice(0, 500)}` }],
      'binary',
    ],
    [
      'more than 2 MB',
      () => [
        { name: 'huge.txt', text: `${good.text}\n`.repeat(Math.ceil((2.1 * 2 ** 20) / good.text.length)) },
      ],
      'too-large',
    ],
    [
      'a menu, not an article',
      () => [good, { name: 'menu.txt', text: 'Home\nNews\nSport\nWeather\nSubscribe\nLog in' }],
      'not-an-article',
    ],
    [
      'one sentence',
      () => [good, { name: 'one.txt', text: 'Hamas officials arrived in Moscow on Thursday for talks.' }],
      'not-an-article',
    ],
    [
      'HTML that is only page furniture',
      () => [good, { name: 'nav.html', isHtml: true, text: '<nav><a>Home</a><a>World</a></nav>' }],
      'not-an-article',
    ],
  ])('refuses %s and stores nothing', async (_name, articles, reason) => {
    const { db } = await seededDb();
    const before = await snapshot(db);
    const error = await refusal(importArticles(db, { corpusName: 'Bad', articles: articles() }, { toText }));
    expect(error.reason).toBe(reason);
    expect(error.message.length).toBeGreaterThan(10);
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('names the offending article', async () => {
    const { db } = await seededDb();
    const error = await refusal(
      importArticles(db, { corpusName: 'Bad', articles: [good, { name: 'menu.txt', text: 'Home\nNews' }] }),
    );
    expect(error.article).toBe('menu.txt');
    expect(error.message).toContain('menu.txt');
  });

  it('refuses the shipped corpus as a target', async () => {
    const { db, pack } = await seededDb();
    const error = await refusal(
      importArticles(db, { corpusId: pack.corpus.id, corpusName: 'x', articles: [good] }),
    );
    expect(error.reason).toBe('seed-corpus');
  });

  it('rolls back a write refused for lack of space and says so', async () => {
    const { db } = await seededDb();
    const before = await snapshot(db);
    vi.spyOn(db.mentions, 'bulkPut').mockRejectedValueOnce(
      new DOMException('disk full', 'QuotaExceededError'),
    );
    const error = await refusal(
      importArticles(db, { corpusName: 'Big', articles: seedArticleTexts().slice(0, 2) }),
    );
    expect(error.reason).toBe('quota-exceeded');
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('reports any other failed write and rolls it back', async () => {
    const { db } = await seededDb();
    const before = await snapshot(db);
    db.discrepancies.hook('creating', () => {
      throw new Error('broken');
    });
    db.facts.hook('creating', () => {
      throw new Error('broken');
    });
    const error = await refusal(
      importArticles(db, { corpusName: 'X', articles: seedArticleTexts().slice(0, 2) }),
    );
    expect(error.reason).toBe('write-failed');
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('refuses to overwrite a corpus that changed since the import began', async () => {
    const { db } = await seededDb();
    const first = await importArticles(db, { corpusName: 'Notes', articles: seedArticleTexts().slice(0, 2) });
    const error = await refusal(storeUserCorpus(db, { ...first.pack, version: '9' }, null, 1));
    expect(error.reason).toBe('conflict');
    expect(await packFromDb(db, first.corpusId)).toStrictEqual(first.pack);
  });
});
