/**
 * Test support for src/db (tests only, Node): fresh databases on fake-indexeddb, the shipped pack
 * built once per test file, the seed articles as user input, and a small pack that is easy to
 * change ("a new version where facts changed"). Importers must import 'fake-indexeddb/auto' first.
 */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { readSeedArticles } from '../cli/seed-files';
import { buildShippedPack } from '../cli/shipped-pack';
import type { CorpusPack } from '../core/pack-schema';
import { ParallaxDatabase } from './database';
import { installPack } from './seed';

const open: ParallaxDatabase[] = [];
let counter = 0;

/** A new, empty database with a name no other test uses; deleted after the test. */
export function freshDb(): ParallaxDatabase {
  const db = new ParallaxDatabase(`parallax-test-${process.pid}-${++counter}-${Math.random()}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

let shipped: CorpusPack | undefined;

/** The shipped pack (built from seeds/ once per test file); a deep copy each call. */
export function shippedPack(): CorpusPack {
  shipped ??= buildShippedPack();
  return structuredClone(shipped);
}

/** The seed articles' raw texts, as a user would paste them. */
export function seedArticleTexts(): Array<{ name: string; text: string }> {
  return readSeedArticles().articles.map((article) => ({ name: article.file, text: article.text }));
}

/** The shipped pack as a new version: one fact relabelled, one dropped, one new fact. */
export function nextShippedPack(pack: CorpusPack = shippedPack()): CorpusPack {
  const [first, second, ...rest] = pack.facts;
  if (!first || !second) throw new Error('the shipped pack needs at least two facts');
  const added = { ...second, id: 'fact:added-in-the-new-version', label: 'A fact added in the new version' };
  const dropped = second.id;
  return {
    ...pack,
    version: `${pack.version}-next`,
    facts: [{ ...first, label: `${first.label} (relabelled)` }, ...rest, added],
    discrepancies: pack.discrepancies.filter((item) => item.fact !== dropped),
  };
}

/** A fresh database with the shipped pack installed. */
export async function seededDb(): Promise<{ db: ParallaxDatabase; pack: CorpusPack }> {
  const db = freshDb();
  const pack = shippedPack();
  await installPack(db, pack, { origin: 'seed', now: 1 });
  return { db, pack };
}
