/** Publishes the MatcherIndex for the bundled corpus (idempotent: skipped when already current). */
import shippedPack from 'virtual:parallax-pack';
import { buildMatcherIndex } from '../core/matcher-index';
import { publishMatcherIndex, readMatcherIndex } from '../platform/matcher-store';

export async function ensureMatcherIndex(): Promise<void> {
  const current = await readMatcherIndex();
  if (current?.corpusVersion === shippedPack.version) return;
  await publishMatcherIndex(buildMatcherIndex(shippedPack));
}
