/** Whether a detected item comes from a user-imported corpus (those are not highlighted by default). */
import type { MatcherIndex } from '../core/matcher-index';

export function isUserCorpusItem(index: MatcherIndex, kind: 'fact' | 'actor', id: string): boolean {
  const origins = (index as { origins?: Record<string, 'seed' | 'user'> }).origins;
  return origins?.[`${kind}:${id}`] === 'user';
}
