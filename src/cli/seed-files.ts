/** Reads article folders from disk for the CLI and the build (Node only). */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import type { ArticleInput, CorpusInfo } from '../core/build-pack';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

const SourcesFileSchema = v.object({
  corpus: v.object({ id: v.string(), name: v.string(), description: v.optional(v.string()) }),
  sources: v.array(
    v.object({
      file: v.string(),
      outlet: v.string(),
      url: v.nullable(v.string()),
      published: v.nullable(v.string()),
      byline: v.nullable(v.string()),
      language: v.string(),
      notes: v.nullable(v.string()),
      eventDate: v.optional(v.nullable(v.string())),
    }),
  ),
});

/** The bundled seeds with their metadata from seeds/sources.json. */
export function readSeedArticles(dir = SEEDS_DIR): { corpus: CorpusInfo; articles: ArticleInput[] } {
  const meta = v.parse(SourcesFileSchema, JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')));
  const articles = meta.sources.map(({ file, ...rest }) => ({
    file,
    text: readFileSync(join(dir, file), 'utf8'),
    meta: rest,
  }));
  return { corpus: meta.corpus, articles };
}

/** Article files (.txt, .html, .htm) of a folder, sorted by name; throws a one-line Error on bad input. */
export function listArticleFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`not a folder: ${dir}`);
  const files = readdirSync(dir)
    .filter((name) => /\.(txt|html?)$/i.test(name))
    .sort();
  if (files.length === 0) throw new Error(`no .txt or .html articles in ${dir}`);
  return files.map((name) => join(dir, name));
}
