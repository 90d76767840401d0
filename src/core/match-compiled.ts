/**
 * What the page matcher derives from a MatcherIndex once and reuses for every scan: the
 * Aho–Corasick automaton over " form " patterns (@monyone/aho-corasick, greedy leftmost-longest),
 * the form → actor table, the first-key → key-sequence table of the transliteration pass, and
 * caches of token keys. Kept in a WeakMap per index object, so a new index (corpus update)
 * compiles anew and the old one is collected. No regex or automaton is built per scan.
 * Cost: O(total alias length) once per index; lookups O(1).
 */
import { AhoCorasick } from '@monyone/aho-corasick/greedy';
import { skeletonTable, withParticles, type Abjad, type SkeletonEntry } from './match-abjad';
import { latinSkeleton, latinSkeletonTable, type LatinSkeletonEntry } from './match-latin-skeleton';
import { inflectedKeys, pageNameKey, tokenAscii } from './match-name-key';
import { soundTrie, type SoundTrie } from './match-sound';
import { unspacedForms, type UnspacedForm } from './match-unspaced';
import type { TranslitTable } from './match-translit';
import type { IndexActor, MatcherIndex } from './matcher-index';

export interface FormEntry {
  actor: number;
  ambiguous: boolean;
  exact: string | null;
  anyCase: boolean;
}

export interface KeyEntry {
  actor: number;
  keys: string[];
  ambiguous: boolean;
}

export interface CompiledMatcher {
  actors: IndexActor[];
  translit: TranslitTable;
  automaton: AhoCorasick;
  /** " form " pattern → actor. */
  forms: Map<string, FormEntry>;
  /** First token key → key sequences starting with it, longest first. */
  keyTable: Map<string, KeyEntry[]>;
  /** Token → phonetic key (bounded cache). */
  tokenKey: (token: string) => string;
  /** Token → keys with a case ending cut (bounded cache). */
  tokenInflections: (token: string) => string[];
  /** Names by first consonant skeleton, per abjad (match-abjad.ts); built on first use. */
  skeletons: (script: Abjad) => Map<string, SkeletonEntry[]>;
  /** Names by sound classes, for scripts that transcribe by sound (match-sound.ts); built on first use. */
  sounds: () => SoundTrie;
  /** Full Latin names by first word's consonants (match-latin-skeleton.ts); built on first use. */
  latinSkeletons: () => Map<string, LatinSkeletonEntry[]>;
  /** Token → its consonant skeleton (bounded cache). */
  tokenSkeleton: (token: string) => string;
  /** Single-word forms of 5+ letters by their first COMPOUND_HEAD_KEY letters, longest first (match-keys.ts compounds). */
  compoundHeads: () => Map<string, Array<{ form: string; actor: number }>>;
  /** Alias forms in Chinese, Japanese or Korean script (match-unspaced.ts); built on first use. */
  unspaced: () => UnspacedForm[];
}

const CACHE_LIMIT = 50_000;
/** Letters of a compound head that index it (also its least length). */
export const COMPOUND_HEAD_KEY = 5;

function compoundHeadTable(actors: IndexActor[]): Map<string, Array<{ form: string; actor: number }>> {
  const table = new Map<string, Array<{ form: string; actor: number }>>();
  actors.forEach((actor, at) => {
    for (const alias of actor.aliases) {
      if (alias.ambiguous || !/^[a-z]+$/.test(alias.form) || alias.form.length < COMPOUND_HEAD_KEY) continue;
      const key = alias.form.slice(0, COMPOUND_HEAD_KEY);
      table.set(key, [...(table.get(key) ?? []), { form: alias.form, actor: at }]);
    }
  });
  for (const heads of table.values()) heads.sort((a, b) => b.form.length - a.form.length);
  return table;
}
const compiled = new WeakMap<MatcherIndex, CompiledMatcher>();

function boundedCache<T>(compute: (token: string) => T): (token: string) => T {
  const cache = new Map<string, T>();
  return (token) => {
    let value = cache.get(token);
    if (value === undefined) {
      value = compute(token);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(token, value);
    }
    return value;
  };
}

/** Whether `candidate` should take a form or key from `current` (two actors share it). */
function wins(actors: IndexActor[], candidate: number, current: number): boolean {
  return (actors[candidate]?.weight ?? 0) > (actors[current]?.weight ?? 0);
}

function compile(index: MatcherIndex): CompiledMatcher {
  const actors = index.actors;
  const forms = new Map<string, FormEntry>();
  const keyTable = new Map<string, KeyEntry[]>();
  const seenKeys = new Map<string, KeyEntry>();
  actors.forEach((actor, at) => {
    for (const alias of actor.aliases) {
      if (!alias.form) continue;
      // Hebrew and Arabic write particles onto a name ("מרוסיה", from Russia): those forms too.
      for (const form of withParticles(alias.form)) {
        const pattern = ` ${form} `;
        const current = forms.get(pattern);
        if (current && !wins(actors, at, current.actor)) continue;
        forms.set(pattern, {
          actor: at,
          ambiguous: alias.ambiguous === true,
          exact: alias.exact ?? null,
          anyCase: alias.anyCase === true,
        });
      }
    }
    for (const { key, ambiguous } of actor.keys) {
      const current = seenKeys.get(key);
      if (current && !wins(actors, at, current.actor)) continue;
      const entry = { actor: at, keys: key.split(' '), ambiguous: ambiguous === true };
      if (current) Object.assign(current, entry);
      else {
        seenKeys.set(key, entry);
        const first = entry.keys[0] ?? '';
        keyTable.set(first, [...(keyTable.get(first) ?? []), entry]);
      }
    }
  });
  for (const entries of keyTable.values()) entries.sort((a, b) => b.keys.length - a.keys.length);
  const tokenKey = boundedCache((token) => pageNameKey(token, index.translit));
  const tokenInflections = boundedCache((token) => inflectedKeys(token, index.translit));
  const skeletonTables = new Map<Abjad, Map<string, SkeletonEntry[]>>();
  const skeletons = (script: Abjad): Map<string, SkeletonEntry[]> => {
    let table = skeletonTables.get(script);
    if (!table) {
      table = skeletonTable(actors, script);
      skeletonTables.set(script, table);
    }
    return table;
  };
  let trie: SoundTrie | null = null;
  const sounds = (): SoundTrie => (trie ??= soundTrie(actors));
  let latin: Map<string, LatinSkeletonEntry[]> | null = null;
  const latinSkeletons = (): Map<string, LatinSkeletonEntry[]> => (latin ??= latinSkeletonTable(actors));
  const tokenSkeleton = boundedCache((token) => latinSkeleton(tokenAscii(token, index.translit)));
  let heads: Map<string, Array<{ form: string; actor: number }>> | null = null;
  const compoundHeads = () => (heads ??= compoundHeadTable(actors));
  let literal: UnspacedForm[] | null = null;
  const unspaced = (): UnspacedForm[] => (literal ??= unspacedForms(actors));
  return {
    compoundHeads,
    latinSkeletons,
    tokenSkeleton,
    unspaced,
    actors,
    skeletons,
    sounds,
    translit: index.translit,
    automaton: new AhoCorasick([...forms.keys()]),
    forms,
    keyTable,
    tokenKey,
    tokenInflections,
  };
}

export function compiledMatcher(index: MatcherIndex): CompiledMatcher {
  let matcher = compiled.get(index);
  if (!matcher) {
    matcher = compile(index);
    compiled.set(index, matcher);
  }
  return matcher;
}
