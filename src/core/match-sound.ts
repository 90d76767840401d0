/**
 * Names transcribed by sound: Chinese (哈马斯, 玛丽亚·扎哈罗娃), Japanese katakana (ペスコフ),
 * Korean (하마스는), Greek (Μπογκντάνοφ, starting with a capital) and Hindi (ज़खारोवा). Both sides become sound classes
 * (sound-classes.ts): the actors' Latin forms once per index, the page's units per scan
 * (script-sounds.ts); a trie of the forms' class strings is walked from each unit a name may
 * start at, leftmost-longest. Class strings say little, so a form needs MIN_CLASSES of them, and
 * a one-word form or one shorter than CONFIDENT_CLASSES counts only with support (another corpus
 * actor named near it, match-ambiguity.ts), as other short names do. Places and longer names of
 * organisations are left out (translated, not transcribed), and so are class strings two actors share.
 * Japanese writes an initial v before a consonant as a vowel (ウラジーミル Vladimir): such forms
 * are also entered without it. Cost: trie O(total form length) once; O(units × name length) a scan.
 */
import type { NameCandidate } from './match-keys';
import type { IndexActor } from './matcher-index';
import { soundUnits, type SoundUnit } from './script-sounds';
import { appendClasses, firstVowel, soundClasses } from './sound-classes';

export interface SoundTrie {
  next: Map<string, SoundTrie>;
  /**
   * Names ending at this node: actor index, its word count, whether it needs support, and the
   * first vowels its Latin forms start with (checked for short names in Hindi and Korean).
   */
  names: Array<{ actor: number; words: number; ambiguous: boolean; vowels: Set<string> }>;
}

const MIN_CLASSES = 3;
const CONFIDENT_CLASSES = 5;

function classesOf(words: string[]): string {
  return words.reduce((acc, word) => appendClasses(acc, soundClasses(word)), '');
}

/** The trie of every Latin form's class string (and its variant without a silent initial v). */
export function soundTrie(actors: IndexActor[]): SoundTrie {
  const root: SoundTrie = { next: new Map(), names: [] };
  actors.forEach((actor, at) => {
    // Places are translated, not transcribed: the exonym table gives their forms in these scripts.
    // By sound, "πολιτών" (citizens) read as Palestine, and Hindi's adjective फलस्तीनी too.
    if (actor.kind === 'place') return;
    for (const alias of actor.aliases) {
      if (!/^[a-z]+(?: +[a-z]+)*$/.test(alias.form)) continue;
      const words = alias.form.split(/ +/);
      // Longer names of organisations are translated too (俄罗斯外交部).
      if (words.length > 1 && actor.kind !== 'person' && actor.kind !== 'media') continue;
      const variants = new Set([classesOf(words)]);
      const first = words[0] ?? '';
      if (/^[vw][^aeiouy]/.test(first)) variants.add(classesOf([first.slice(1), ...words.slice(1)]));
      for (const classes of variants) {
        if (classes.length < MIN_CLASSES) continue;
        const ambiguous = alias.ambiguous === true || words.length < 2 || classes.length < CONFIDENT_CLASSES;
        let node = root;
        for (const cls of classes) {
          let child = node.next.get(cls);
          if (!child) {
            child = { next: new Map(), names: [] };
            node.next.set(cls, child);
          }
          node = child;
        }
        const vowel = firstVowel(alias.form);
        const known = node.names.find((name) => name.actor === at);
        if (known) {
          known.ambiguous &&= ambiguous;
          known.words = Math.max(known.words, words.length);
          known.vowels.add(vowel);
        } else node.names.push({ actor: at, words: words.length, ambiguous, vowels: new Set([vowel]) });
      }
    }
  });
  return root;
}

interface Walk {
  units: SoundUnit[];
  start: number;
  best: NameCandidate | null;
}

/**
 * Hindi and Korean words share their script with the name: a short name must also start with the
 * name's vowel (बातें "talks" is b-t-n like Putin, करने "to do" k-r-n like Ukraine, but with a).
 */
function vowelFits(state: Walk, name: SoundTrie['names'][number], end: number): boolean {
  if (!name.ambiguous) return true;
  for (let k = state.start; k <= end; k++) {
    const vowel = state.units[k]?.vowel;
    if (vowel === undefined) return true; // a script whose units carry no vowel
    if (vowel === '') continue;
    return name.vowels.has(vowel) || name.vowels.has('');
  }
  return true;
}

/**
 * Follows the trie through units[j..] (each reading of a unit with two), keeping the longest name.
 * `gaps` counts the word breaks crossed: a name spans at most as many words as its Latin form has.
 */
function walk(state: Walk, node: SoundTrie, last: string, j: number, gaps: number): void {
  const unit = state.units[j];
  if (!unit) return;
  for (const classes of unit.alternative ? [unit.classes, unit.alternative] : [unit.classes]) {
    let at: SoundTrie | undefined = node;
    let previous = last;
    let added = false;
    for (const cls of classes) {
      if (cls === previous) continue;
      previous = cls;
      added = true;
      at = at.next.get(cls);
      if (!at) break;
    }
    if (!at) continue;
    // Two actors with one class string cannot be told apart here: neither is taken.
    const name = at.names.length === 1 ? at.names[0] : undefined;
    // A unit whose consonant only repeats the last one ends no name (마르주크 + particle 가).
    const ends = unit.canEnd && previous !== '' && (added || classes === '');
    if (name && name.words > gaps && ends && unit.end > (state.best?.end ?? 0) && vowelFits(state, name, j))
      state.best = {
        actor: name.actor,
        start: state.units[state.start]?.start ?? 0,
        end: unit.end,
        ambiguous: name.ambiguous,
      };
    const next = state.units[j + 1];
    if (unit.joinsNext && next) walk(state, at, previous, j + 1, next.start > unit.end ? gaps + 1 : gaps);
  }
}

/** Name candidates in the text's sound-transcribing scripts (none for other text). */
export function findSoundNames(text: string, trie: SoundTrie): NameCandidate[] {
  const units = soundUnits(text);
  const found: NameCandidate[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!units[i]?.canStart) continue;
    const state: Walk = { units, start: i, best: null };
    walk(state, trie, '', i, 0);
    const best = state.best;
    if (best) {
      found.push(best);
      while (i + 1 < units.length && (units[i + 1]?.start ?? 0) < best.end) i++;
    }
  }
  return found;
}
