/**
 * Keeps the database and the MatcherIndex current: installs the bundled pack (idempotent; a new
 * pack version replaces the shipped corpus and keeps every user row), then rebuilds the index
 * from all corpora in the database when their versions changed, and publishes it to storage.local.
 */
import shippedPack from 'virtual:parallax-pack';
import { buildMatcherIndex } from '../core/matcher-index-build';
import { buildMatcherIndexFromDb, corpusSignature, installPack, ParallaxDatabase } from '../db';
import { browser } from '../platform/browser';
import { publishMatcherIndex, readMatcherIndex } from '../platform/matcher-store';

const SIGNATURE_KEY = 'matcher-signature';

let database: ParallaxDatabase | null = null;
export function db(): ParallaxDatabase {
  database ??= new ParallaxDatabase();
  return database;
}

/** Rebuilds and publishes the MatcherIndex when the corpora in the database changed. */
export async function refreshMatcherIndex(): Promise<void> {
  const signature = await corpusSignature(db());
  const stored = (await browser.storage.local.get(SIGNATURE_KEY))[SIGNATURE_KEY];
  if (stored === signature && (await readMatcherIndex())) return;
  const source = await buildMatcherIndexFromDb(db());
  await publishMatcherIndex(buildMatcherIndex(source.packs));
  await browser.storage.local.set({ [SIGNATURE_KEY]: source.signature });
}

let pending: Promise<void> | null = null;

/** Seeds or updates the shipped corpus, then the index. Concurrent calls share one run. */
export function ensureCorpus(): Promise<void> {
  pending ??= installPack(db(), shippedPack(), { origin: 'seed' })
    .then(() => refreshMatcherIndex())
    .finally(() => {
      pending = null;
    });
  return pending;
}
