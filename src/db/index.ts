/**
 * The storage API for the background and the UIs (never the content script): the database, seeding,
 * the queries, live reads, user rows, the import API and what the MatcherIndex is built from.
 */
export { DATABASE_NAME, ParallaxDatabase } from './database';
export * from './schema';
export {
  installPack,
  installedPackVersion,
  InstallError,
  type InstallOptions,
  type InstallResult,
} from './seed';
export { listCorpora, deleteUserCorpus } from './corpora';
export * from './queries';
export * from './live';
export * from './user-data';
export { buildMatcherIndexFromDb, corpusSignature, packFromDb, type MatcherSource } from './matcher-source';
export {
  CORPUS_FORMAT,
  CORPUS_FORMAT_VERSION,
  exportCorpus,
  importArticles,
  importCorpusJson,
  ImportError,
  type ArticleUpload,
  type ImportOptions,
  type ImportReason,
  type ImportRequest,
  type ImportResult,
} from './import';
export type { JsonImportOptions } from './corpus-json';
export { MAX_ARTICLE_BYTES, MAX_ARTICLES, MIN_PROSE_SENTENCES } from './article-checks';
