/**
 * Full names in Latin script spelled with other vowels: Turkish writes Abu Marzouk "Ebu Merzuk"
 * and Bagheri Kani "Bakıri Kani", other languages shift a vowel or two that no phonetic key folds.
 * Both sides are reduced to their consonants (digraphs folded: kh = h, ph = f, c/q/g = k, z = s,
 * w = v), word by word. Consonants say
 * less than a spelling, so only multi-word person names with at least MIN_CONSONANTS consonants are
 * entered, and a match always needs support (another corpus actor near it, match-ambiguity.ts).
 * Tried only for capitalised tokens that no key matched. Cost: O(token) per such token, cached.
 */
import type { IndexActor } from './matcher-index';

export interface LatinSkeletonEntry {
  actor: number;
  /** The name's word skeletons in order. */
  skeletons: string[];
}

const MIN_CONSONANTS = 5;

/** The consonants of one ASCII word, digraphs folded and repeats collapsed ("Merzuk" → "mrsk"). */
export function latinSkeleton(ascii: string): string {
  return ascii
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[cqg]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** First word's skeleton → multi-word person names starting with it, longest first. */
export function latinSkeletonTable(actors: IndexActor[]): Map<string, LatinSkeletonEntry[]> {
  const table = new Map<string, LatinSkeletonEntry[]>();
  const seen = new Set<string>();
  actors.forEach((actor, at) => {
    if (actor.kind !== 'person') return;
    for (const alias of actor.aliases) {
      if (!/^[a-z]+(?: +[a-z]+)+$/.test(alias.form)) continue;
      const skeletons = alias.form.split(/ +/).map(latinSkeleton);
      const first = skeletons[0];
      const id = `${at}:${skeletons.join('·')}`;
      if (!first || skeletons.includes('') || seen.has(id)) continue;
      if (skeletons.join('').length < MIN_CONSONANTS) continue;
      seen.add(id);
      table.set(first, [...(table.get(first) ?? []), { actor: at, skeletons }]);
    }
  });
  for (const entries of table.values()) entries.sort((a, b) => b.skeletons.length - a.skeletons.length);
  return table;
}
