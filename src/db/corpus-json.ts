/**
 * A corpus as a JSON file the user can keep or share: a versioned envelope
 * `{ format: 'parallax-corpus', formatVersion: 1, pack }` around the CorpusPack. Import validates
 * the envelope, the pack (`parseCorpusPack`: shape and offsets; then ids and references) and each
 * source text like an imported article, and refuses with the reason, storing nothing; export then
 * import then export gives the same JSON.
 */
import * as v from 'valibot';
import { parseCorpusPack } from '../core/pack-schema';
import { checkArticleCount, checkArticleText } from './article-checks';
import type { ParallaxDatabase } from './database';
import { ImportError } from './import-error';
import { seedCorpusError, storeUserCorpus, type ImportResult } from './user-corpus-store';
import { packFromDb } from './matcher-source';
import { namespacePack } from './user-ids';

export const CORPUS_FORMAT = 'parallax-corpus';
export const CORPUS_FORMAT_VERSION = 1;

const EnvelopeSchema = v.object({
  format: v.literal(CORPUS_FORMAT),
  formatVersion: v.number(),
  pack: v.unknown(),
});

/** The corpus as envelope JSON, or null when there is no such corpus. */
export async function exportCorpus(db: ParallaxDatabase, corpusId: string): Promise<string | null> {
  const pack = await packFromDb(db, corpusId);
  if (!pack) return null;
  return JSON.stringify({ format: CORPUS_FORMAT, formatVersion: CORPUS_FORMAT_VERSION, pack }, null, 2);
}

export interface JsonImportOptions {
  /** Replace a user corpus with the same id (default: refuse). */
  replace?: boolean;
  now?: number;
}

export async function importCorpusJson(
  db: ParallaxDatabase,
  json: string,
  options: JsonImportOptions = {},
): Promise<ImportResult> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError('invalid-json', `This file is not JSON (${detail}).`);
  }
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) {
    throw new ImportError('invalid-envelope', 'This file is not a Parallax corpus export.');
  }
  if (envelope.output.formatVersion !== CORPUS_FORMAT_VERSION) {
    throw new ImportError(
      'invalid-envelope',
      `This corpus file has format version ${envelope.output.formatVersion}; this version of Parallax reads ${CORPUS_FORMAT_VERSION}.`,
    );
  }
  const parsed = parseCorpusPack(envelope.output.pack);
  if (!parsed.ok) throw new ImportError('invalid-pack', parsed.error);
  checkArticleCount(parsed.pack.sources.length);
  for (const source of parsed.pack.sources) checkArticleText(source.file, source.text);

  const pack = namespacePack(parsed.pack);
  const existing = await db.corpora.get(pack.corpus.id);
  if (existing?.origin === 'seed') throw seedCorpusError(pack.corpus.id);
  if (existing && !options.replace) {
    throw new ImportError('corpus-exists', `A corpus "${existing.name}" (${existing.id}) already exists.`);
  }
  await storeUserCorpus(db, pack, existing?.version ?? null, options.now ?? Date.now());
  return { corpusId: pack.corpus.id, version: pack.version, pack };
}
