/**
 * The import API the options page uses: articles (text or HTML) → the corpus engine (buildPack,
 * on the user's articles alone: a user corpus stands apart from the shipped one) → a user corpus,
 * stored in one transaction. Giving the id of an existing user corpus adds the articles to it: the
 * corpus is rebuilt from its stored articles and the new ones, so facts align across all of them.
 * Every refusal is an ImportError with a reason; nothing is stored unless everything is.
 * JSON export and import of a corpus are in corpus-json.ts (re-exported here).
 */
import { buildPack, type ArticleInput } from '../core/build-pack';
import { readableArticleText } from '../core/readable-text';
import { checkArticleCount, checkArticleNames, checkArticleText, checkIsArticle } from './article-checks';
import type { ParallaxDatabase } from './database';
import { ImportError } from './import-error';
import { seedCorpusError, storeUserCorpus, type ImportResult } from './user-corpus-store';
import type { CorpusRow } from './schema';
import { namespacePack, userCorpusId } from './user-ids';

export { exportCorpus, importCorpusJson, CORPUS_FORMAT, CORPUS_FORMAT_VERSION } from './corpus-json';
export { ImportError, type ImportReason } from './import-error';
export type { ImportResult } from './user-corpus-store';

export interface ArticleUpload {
  /** File or import name; becomes the source's `file` and its id. Unique within the corpus. */
  name: string;
  text: string;
  /** `text` is HTML: its visible text is extracted first. */
  isHtml?: boolean;
}

export interface ImportRequest {
  /** An existing user corpus to add to, or the id for a new one (default: from the name). */
  corpusId?: string;
  corpusName: string;
  articles: ArticleUpload[];
}

export interface ImportOptions {
  /** HTML → article text. Default: DOMParser (extension pages) and Readability (core/readable-text.ts). */
  toText?: (html: string) => string;
  now?: number;
}

export async function importArticles(
  db: ParallaxDatabase,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const target = await resolveTarget(db, request);
  const existing = target.existing ? await storedArticles(db, target.existing.sourceIds) : [];
  checkArticleCount(request.articles.length);
  checkArticleCount(existing.length + request.articles.length);
  checkArticleNames(
    request.articles.map((article) => article.name),
    existing.map((article) => article.file),
  );
  const added = request.articles.map((article): ArticleInput => {
    checkArticleText(article.name, article.text);
    const text = article.isHtml
      ? readHtml(article.name, article.text, options.toText ?? htmlToText)
      : article.text;
    if (article.isHtml) checkArticleText(article.name, text);
    return { file: article.name, text };
  });
  const version = target.existing ? nextVersion(target.existing.version) : '1';
  const built = buildPack({ id: target.corpusId, name: request.corpusName }, [...existing, ...added], {
    origin: 'user',
    version,
  });
  built.sources.slice(existing.length).forEach((source, index) => {
    checkIsArticle(request.articles[index]?.name ?? source.file, source);
  });
  const pack = namespacePack(built);
  await storeUserCorpus(db, pack, target.existing?.version ?? null, options.now ?? Date.now());
  return { corpusId: pack.corpus.id, version: pack.version, pack };
}

async function resolveTarget(
  db: ParallaxDatabase,
  request: ImportRequest,
): Promise<{ corpusId: string; existing: CorpusRow | null }> {
  if (!request.corpusName.trim()) throw new ImportError('invalid-name', 'The corpus needs a name.');
  if (request.corpusId !== undefined) {
    const existing = (await db.corpora.get(request.corpusId)) ?? null;
    if (existing?.origin === 'seed') throw seedCorpusError(request.corpusId);
    return { corpusId: request.corpusId, existing };
  }
  const base = userCorpusId(request.corpusName);
  let corpusId = base;
  for (let n = 2; await db.corpora.get(corpusId); n++) corpusId = `${base}-${n}`;
  return { corpusId, existing: null };
}

/** The stored articles of a corpus as engine input (texts as stored; metadata the engine cannot re-derive). */
async function storedArticles(db: ParallaxDatabase, sourceIds: string[]): Promise<ArticleInput[]> {
  const [metas, texts] = await Promise.all([
    db.sources.bulkGet(sourceIds),
    db.sourceTexts.bulkGet(sourceIds),
  ]);
  return metas.flatMap((meta, index) => {
    const text = texts[index];
    if (!meta || !text) return [];
    const { outlet, url, published, byline, language } = meta;
    return [{ file: meta.file, text: text.text, meta: { outlet, url, published, byline, language } }];
  });
}

function nextVersion(version: string): string {
  const n = Number.parseInt(version, 10);
  return String(Number.isFinite(n) ? n + 1 : 1);
}

function readHtml(name: string, html: string, toText: (html: string) => string): string {
  try {
    return toText(html);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('not-an-article', `"${name}" could not be read as HTML.`, name, { cause: error });
  }
}

function htmlToText(html: string): string {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) {
    throw new ImportError('html-unsupported', 'HTML can only be imported from an extension page here.');
  }
  return readableArticleText(new Parser().parseFromString(html, 'text/html'));
}
