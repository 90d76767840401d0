/** Whether a detected item comes from a user-imported corpus (those are not highlighted by default). */
import { originOf, type MatcherIndex } from '../core/matcher-index';

export function isUserCorpusItem(index: MatcherIndex, kind: 'fact' | 'actor', id: string): boolean {
  return originOf(index, kind, id) === 'user';
}
