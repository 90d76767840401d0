/** The pack the extension ships: the seeds, their metadata (sources.json) and the curated overlay (curation.json). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPack, type ArticleInput } from '../core/build-pack';
import { parseCuration, type Curation } from '../core/curation';
import type { CorpusPack } from '../core/pack-schema';
import { readSeedArticles, SEEDS_DIR } from './seed-files';

/** package version + a digest of the inputs, so any change to the seeds is a new pack version. */
function packVersion(articles: ArticleInput[]): string {
  const pkg = JSON.parse(readFileSync(join(SEEDS_DIR, '..', 'package.json'), 'utf8')) as { version: string };
  const digest = createHash('sha256');
  for (const article of articles) digest.update(article.file).update('\0').update(article.text).update('\0');
  digest.update(readFileSync(join(SEEDS_DIR, 'sources.json')));
  digest.update(readFileSync(join(SEEDS_DIR, 'curation.json')));
  return `${pkg.version}+${digest.digest('hex').slice(0, 10)}`;
}

export function readCuration(): Curation {
  return parseCuration(JSON.parse(readFileSync(join(SEEDS_DIR, 'curation.json'), 'utf8')));
}

export function buildShippedPack(): CorpusPack {
  const { corpus, articles } = readSeedArticles();
  return buildPack(corpus, articles, {
    origin: 'seed',
    version: packVersion(articles),
    curation: readCuration(),
  });
}
