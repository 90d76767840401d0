/**
 * Surface forms of actors and the signatures that say when two forms name the same actor.
 *
 * A form is every candidate with the same token keys (nameKey per word), across all sources; its
 * kind is the sum of its mentions' votes. Signatures by kind:
 *  - person: the token keys in order (matched later by subsequence: "Abu Marzouk" ⊑ "Musa Abu Marzuk");
 *  - organisation: the unordered content words with demonyms and possessives mapped to their
 *    country ("Russian Ministry of Foreign Affairs" = "Russia's Foreign Ministry");
 *  - place: the words without generic heads ("Gaza Strip" = "Gaza", "Russian Federation" = "Russia");
 *  - media: the words without "the", "news", "agency" ("TASS News Agency" = "TASS");
 *  - well-known acronyms and agencies share the signature of their table entry (ISIS = Islamic State).
 *
 * Cost: O(words) per form.
 */
import type { ActorKind } from './pack-schema';
import type { ActorCandidate } from './actor-mentions';
import type { KindVotes } from './actor-word-class';
import { findKnownActor } from './actor-known';
import { strongestKind, vote } from './actor-evidence';
import {
  COUNTRY_NAMES,
  DEMONYM_TO_COUNTRY,
  MEDIA_GENERIC,
  ORG_TAIL_WORDS,
  PLACE_GENERIC,
} from './actor-words';
import { nameKey, nameKeys, personNameKeys } from './name-keys';
import { nameTokens, normalizeText } from './names';

export interface FormMention {
  source: string;
  sourceIndex: number;
  candidate: ActorCandidate;
}

export interface ActorForm {
  /** Token keys joined by spaces: the identity of the form. */
  key: string;
  keys: string[];
  kind: ActorKind;
  votes: KindVotes;
  mentions: FormMention[];
  /** Table name for well-known actors. */
  known?: string;
  /** The token keys as written, run together: "Amir-Abdollahian" is "Amirabdollahian". */
  joined: string;
  signature: string;
}

const STOP = new Set(['the', 'of', 'and', 'for']);

/** Lowercase ASCII word without possessive, for list look-ups. */
function plain(word: string): string {
  return normalizeText(word)
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Country of a demonym ("Russian", "Israelis") or a country name ("Russia's"); else undefined. */
export function countryOf(word: string): string | undefined {
  const w = plain(word);
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return (
    DEMONYM_TO_COUNTRY.get(w) ?? DEMONYM_TO_COUNTRY.get(singular) ?? (COUNTRY_NAMES.has(w) ? w : undefined)
  );
}

/** British spellings of words in organisations' names, read as the American ones. */
const BRITISH_SPELLING: Array<[RegExp, string]> = [
  [/ence$/u, 'ense'], // Defence / Defense
  [/tre$/u, 'ter'], // Centre / Center
  [/is(e|ation)$/u, 'iz$1'], // Organisation / Organization
  [/our$/u, 'or'], // Labour / Labor
  [/amme$/u, 'am'], // Programme / Program
];

function americanSpelling(token: string): string {
  const lower = plain(token);
  for (const [ending, american] of BRITISH_SPELLING)
    if (ending.test(lower)) return lower.replace(ending, american);
  return token;
}

function contentKeys(text: string, generic: Set<string>): string[] {
  return nameTokens(text)
    .filter((token) => !generic.has(plain(token)) && !STOP.has(plain(token)))
    .map((token) => nameKey(countryOf(token) ?? americanSpelling(token)))
    .filter((key) => key.length > 0);
}

/** The heaviest kind vote a form has (0 without any): 1 is the weak "to X" / "X said" / "the X". */
export function strongestVote(form: ActorForm): number {
  return Math.max(0, ...Object.values(form.votes));
}

/** All kind votes of a form together: how much evidence it has, whatever kind it points to. */
export function voteTotal(form: ActorForm): number {
  return Object.values(form.votes).reduce((sum, w) => sum + w, 0);
}

export function signatureOf(text: string, kind: ActorKind, keys: string[], known?: string): string {
  if (known) return `known:${known}`;
  switch (kind) {
    case 'person':
      return `person:${keys.join(' ')}`;
    case 'organization':
      return `organization:${[...new Set(contentKeys(text, new Set([...ORG_TAIL_WORDS, ...PLACE_GENERIC])))].sort().join(' ')}`;
    case 'place':
      return `place:${contentKeys(text, PLACE_GENERIC).join(' ')}`;
    case 'media':
      return `media:${contentKeys(text, MEDIA_GENERIC).join(' ')}`;
  }
}

/** Groups all candidates of all sources into forms and decides each form's kind. */
export function collectForms(
  perSource: Array<{ sourceId: string; candidates: ActorCandidate[] }>,
): ActorForm[] {
  const byKey = new Map<string, ActorForm>();
  perSource.forEach(({ sourceId, candidates }, sourceIndex) => {
    for (const candidate of candidates) {
      const keys = personNameKeys(candidate.text.replace(/^the\s+/iu, ''));
      if (keys.length === 0) continue;
      const key = keys.join(' ');
      let form = byKey.get(key);
      if (!form) {
        const joined = nameKeys(candidate.text.replace(/^the\s+/iu, '')).join('');
        form = { key, keys, kind: 'person', votes: {}, mentions: [], signature: '', joined };
        byKey.set(key, form);
      }
      for (const [kind, weight] of Object.entries(candidate.votes) as Array<[ActorKind, number]>)
        vote(form.votes, kind, weight);
      form.mentions.push({ source: sourceId, sourceIndex, candidate });
    }
  });
  const forms = [...byKey.values()];
  for (const form of forms) {
    const text = form.mentions[0]?.candidate.text ?? form.key;
    const known = findKnownActor(text);
    form.known = known?.name;
    form.kind = known?.kind ?? strongestKind(form.votes) ?? 'person';
  }
  // A lone word without real evidence takes the kind of a longer place/organisation it ends
  // ("Jerusalem" after "East Jerusalem"), not the default person; or a person's, whose surname it
  // is ("In 2019, Zhelyev reported cracks" is Teodor Zhelyev, not a medium).
  for (const form of forms) {
    if (form.known || form.keys.length !== 1 || strongestVote(form) > 1) continue;
    const endsIt = (f: ActorForm): boolean => f.keys.length > 1 && f.keys[f.keys.length - 1] === form.keys[0];
    const host =
      forms.find(
        (f) => endsIt(f) && (f.kind === 'place' || f.kind === 'organization') && strongestVote(f) >= 3,
      ) ?? forms.find((f) => endsIt(f) && f.kind === 'person' && !f.known && strongestVote(f) >= 3);
    if (host) form.kind = host.kind;
  }
  for (const form of forms)
    form.signature = signatureOf(
      form.mentions[0]?.candidate.text ?? form.key,
      form.kind,
      form.keys,
      form.known,
    );
  return forms;
}
