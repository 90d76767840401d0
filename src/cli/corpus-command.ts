/** `parallax corpus`: the shipped pack, or a pack built from a folder of articles. */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { buildPack, type ArticleInput } from '../core/build-pack';
import type { CorpusPack } from '../core/pack-schema';
import { formatCorpusReport } from './corpus-report';
import { articleTextFromFile } from './article-file';
import { listArticleFiles } from './seed-files';
import { buildShippedPack } from './shipped-pack';

export function buildPackFromDir(dir: string): CorpusPack {
  const files = listArticleFiles(resolve(dir));
  const articles: ArticleInput[] = files.map((path) => ({
    file: basename(path),
    text: articleTextFromFile(path, readFileSync(path)),
  }));
  return buildPack({ id: `corpus:${basename(resolve(dir))}`, name: basename(resolve(dir)) }, articles, {
    origin: 'user',
    version: '1',
  });
}

export function runCorpus(options: { from: string | null; json: boolean }): string {
  const pack = options.from === null ? buildShippedPack() : buildPackFromDir(options.from);
  return options.json ? JSON.stringify(pack, null, 2) : formatCorpusReport(pack);
}
