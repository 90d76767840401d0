/**
 * The actor part of the MatcherIndex: for each corpus actor, the forms the page matcher looks for.
 * - `aliases`: matching forms (match-text.ts) of the canonical name, every alias, the surname of
 *   a person (last token of a multi-token name) and exonyms (match-exonyms.ts), for the
 *   Aho–Corasick pass;
 * - `keys`: the same names as sequences of phonetic token keys (names.ts nameKey), for the
 *   transliteration pass that finds "Захарова", "Sacharowa", "Zacharovová";
 * each flagged `ambiguous` by the rule in match-ambiguity.ts: a form of ≤ 4 letters that is not
 * the canonical name nor written by ≥ 3 sources, a common word or given name, or a single-token
 * person name that is not the actor's surname in ≥ 2 sources.
 * Build side only (uses nameKey, hence any-ascii). Cost: O(mentions + aliases) per actor.
 */
import {
  SHORT_LETTERS,
  SURNAME_SOURCES,
  WIDELY_ATTESTED,
  isCommonNameWord,
  letterCount,
} from './match-ambiguity';
import { abjadOf } from './match-abjad';
import { exonymsFor } from './match-exonyms';
import { isTranslitCovered } from './match-translit';
import { isAllCaps, matchForm } from './match-text';
import { nameKey } from './name-keys';
import { nameTokens } from './names';
import type { Actor } from './pack-schema';

export interface IndexAlias {
  form: string;
  ambiguous?: boolean;
  /**
   * For forms of ≤ 3 letters in capitals ("US", "ООН") or with accents ("Mỹ", "Irã"): the page must
   * write it exactly so (folded, "Mỹ" would be English "My").
   */
  exact?: string;
  /** The name starts with a lowercase word ("russischen Außenministeriums"): no capital needed. */
  anyCase?: boolean;
}

export interface IndexKey {
  /** Phonetic keys of the name's tokens, joined by one space ("musa abu marsuk"). */
  key: string;
  ambiguous?: boolean;
}

/** Fewest letters in the key of a name only the exonym table gives (match-exonyms.ts). */
const MIN_EXONYM_KEY = 4;
/**
 * Keys of a written Latin name as other scripts spell what it sounds like: without a final silent
 * e ("Salvenne" → "Сальвенн") and with a Slavic c said ts before e, i, y or at a word's end
 * ("Dravec" → "Дравец", "Vaclavic" → "Вацлавиц"), which the plain key reads as k.
 */
function spokenKeys(name: string): string[] {
  const found: string[] = [];
  const silent = SILENT_E.test(name) ? keySequence(name.slice(0, -1)) : '';
  if (silent.replace(/ /g, '').length >= MIN_SILENT_E_KEY) found.push(silent);
  if (SLAVIC_C.test(name)) found.push(keySequence(name.replace(new RegExp(SLAVIC_C, 'gu'), 'ts')));
  return found;
}
const SLAVIC_C = /c(?=[eiy]|\b)/u;
/** A Latin name ending in a consonant and a silent e ("Salvenne", "Marseille", "Ostrelle"). */
const SILENT_E = /\p{L}[bcdfghjklmnpqrstvwxz]e$/u;
/** Least letters of the key without the silent e: shorter ones ("Rom" of "Rome") name other things. */
const MIN_SILENT_E_KEY = 5;

/** Arabic articles are left out of key sequences ("Saleh al-Arouri" = "Saleh Arouri"). */
const PARTICLE_KEYS = new Set(['al', 'il']);

/** The key sequence of a name: its tokens' phonetic keys, articles left out. */
export function keySequence(name: string): string {
  return nameTokens(name)
    .map(nameKey)
    .filter((key) => key.length > 0 && !PARTICLE_KEYS.has(key))
    .join(' ');
}

interface ActorFacts {
  canonical: string;
  /** Sources that wrote each matching form. */
  formSources: Map<string, Set<string>>;
  surnameKey: string | null;
  surnameSources: number;
}

function actorFacts(actor: Actor): ActorFacts {
  const formSources = new Map<string, Set<string>>();
  for (const mention of actor.mentions) {
    const form = matchForm(mention.text);
    const set = formSources.get(form) ?? new Set<string>();
    set.add(mention.source);
    formSources.set(form, set);
  }
  const last = nameTokens(actor.name).at(-1);
  const surnameKey = actor.kind === 'person' && last ? nameKey(last) : null;
  const withSurname = new Set<string>();
  if (surnameKey) {
    for (const mention of actor.mentions)
      if (nameTokens(mention.text).some((token) => nameKey(token) === surnameKey))
        withSurname.add(mention.source);
  }
  return { canonical: matchForm(actor.name), formSources, surnameKey, surnameSources: withSurname.size };
}

function isAmbiguous(name: string, actor: Actor, facts: ActorFacts): boolean {
  const form = matchForm(name);
  const tokens = nameTokens(name);
  if (tokens.length === 1 && isCommonNameWord(form)) return true;
  if (letterCount(name) <= SHORT_LETTERS) {
    const attested = facts.formSources.get(form)?.size ?? 0;
    return !(form === facts.canonical || attested >= WIDELY_ATTESTED);
  }
  if (tokens.length === 1 && actor.kind === 'person') {
    const isSurname = facts.surnameKey !== null && nameKey(name) === facts.surnameKey;
    return !(isSurname && facts.surnameSources >= SURNAME_SOURCES);
  }
  return false;
}

/** Every name the matcher should know the actor by, canonical first. */
function namesOf(actor: Actor): string[] {
  const names = [actor.name, ...actor.aliases];
  if (actor.kind === 'person') {
    for (const name of [actor.name, ...actor.aliases]) {
      const tokens = nameTokens(name);
      const last = tokens.at(-1);
      if (tokens.length > 1 && last) names.push(last);
    }
  }
  names.push(...exonymsFor([actor.name, ...actor.aliases]));
  return [...new Set(names)];
}

/** A Latin letter with an accent ("ỹ", "ã", "Ç"): what tells a short name from a word of another language. */
function hasAccents(name: string): boolean {
  return /\p{Script=Latin}\p{M}/u.test(name.normalize('NFD'));
}

export function indexAliases(actor: Actor): { aliases: IndexAlias[]; keys: IndexKey[] } {
  const facts = actorFacts(actor);
  const aliases = new Map<string, IndexAlias>();
  const keys = new Map<string, IndexKey>();
  // Unless the name keys like its adjective itself ("Salvenne", "Italy": a final e or y folds to i).
  const adjective = actor.kind === 'place' ? keySequence(`${actor.name}i`) : null;
  const adjectiveKey = adjective !== keySequence(actor.name) ? adjective : null;
  const written = new Set([actor.name, ...actor.aliases]);
  // Names as sources wrote them, or their surnames; not an exonym, whose spelling is fixed in its language.
  const own = new Set([...written, ...[...written].flatMap((form) => nameTokens(form).at(-1) ?? [])]);
  for (const name of namesOf(actor)) {
    const ambiguous = isAmbiguous(name, actor, facts);
    const form = matchForm(name);
    const exact = letterCount(name) <= 3 && (isAllCaps(name) || hasAccents(name)) ? name : undefined;
    const first = name.charAt(0);
    const anyCase = first !== first.toUpperCase();
    const known = form ? aliases.get(form) : undefined;
    if (form && !known) {
      aliases.set(form, {
        form,
        ...(ambiguous ? { ambiguous } : {}),
        ...(exact ? { exact } : {}),
        ...(anyCase ? { anyCase } : {}),
      });
    } else if (known && anyCase) {
      known.anyCase = true; // "Кремлі" is also written "кремлі" (match-exonyms.ts)
    }
    // Short all-caps forms ("US", "ООН") are matched exactly or not at all; keys shorter than
    // 3 letters would match noise.
    // Two names with one key ("Hayat", "Haiat"): the key is ambiguous only if both are.
    // Keys only where the page side can compute them too (match-translit.ts): a name in another
    // script (유엔, 以色列, रूस) has none, and its romanisation ("yuen", "rus") would be another name.
    // Nor a name in Arabic or Hebrew script: those leave their vowels out, so a key of theirs
    // ("ولم" and וחמאס both give v-l-m-like keys) is noise; the skeleton matcher covers them.
    const key = keySequence(name);
    const keyLetters = key.replace(/ /g, '').length;
    if (exact || keyLetters < 3 || !isTranslitCovered(name) || abjadOf(name)) continue;
    // A place's name in another language that no source wrote is a fixed spelling: its key would
    // stand for other words too (Turkish "Çin", China, keys like German "Kein").
    if (!written.has(name) && keyLetters < MIN_EXONYM_KEY) continue;
    // Nor an abbreviation no source wrote, which is written as it is (Turkish IŞİD keyed "isid",
    // the stem of İzzeddin).
    if (!written.has(name) && isAllCaps(name)) continue;
    // Italian "Israele" keys like the English adjective "Israeli", which names no place: matched
    // as written only.
    if (key === adjectiveKey) continue;
    for (const each of [key, ...(own.has(name) ? spokenKeys(name) : [])]) {
      if (keys.has(each) && (ambiguous || keys.get(each)?.ambiguous !== true)) continue;
      keys.set(each, { key: each, ...(ambiguous ? { ambiguous } : {}) });
    }
  }
  return { aliases: [...aliases.values()], keys: [...keys.values()] };
}
