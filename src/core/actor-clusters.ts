/**
 * Clusters the actor mentions of several sources into actors with all their surface forms.
 *
 * Method: candidates (actor-mentions.ts) are grouped into forms by phonetic token keys, so
 * spelling and transliteration variants coincide ("Zaharova" = "Zakharova", "Bageri" = "Bagheri");
 * forms merge when their signatures agree (actor-forms.ts); a person's partial form joins the one
 * full name whose keys contain it in order ("Hayat" ⊑ "Lior Haiat", "Abu Marzouk" ⊑ "Mousa
 * Mohammed Abu Marzook") and stays alone when it fits several ("Mikhail" with two Mikhails); a
 * person's variant joins the one full name it is a variant of — first name a prefix ("Tom Adeyemi"
 * → "Tomas Adeyemi"; an initial counts) or with other vowels ("Mohammad bin Salman" → "Mohammed
 * bin Salman") or an unaccented feminine "-ova" of the surname ("Jana
 * Novakova" → "Jana Novak"; the accented "-ová" already shares the key), never when two full
 * names fit; a medium's short form joins its one longer form ("Ria" ⊑ "RIA Novosti"); an acronym
 * joins the one organisation with its initials; a surname two full names share joins the one
 * named four times as often; a word that starts a state body's name ("Ostmark government") is a
 * country, no organisation's short name; a corpus place a machine translation ran into a person's
 * name ("of Valdoria Stefan Korda") is cut off first. Chrome words capitalised in a title-case line are
 * dropped first (actor-junk.ts). The canonical name is chosen by actor-canonical.ts: for a person
 * the fullest full name that two or more sources agree on.
 *
 * Cost: O(F² · k) for F distinct forms of at most k words (F is in the hundreds for a corpus).
 */
import type { ActorKind } from './pack-schema';
import type { Span } from './span';
import { findActorCandidates, type ActorCandidate } from './actor-mentions';
import { collectForms, voteTotal, type ActorForm } from './actor-forms';
import { canonicalName } from './actor-canonical';
import {
  isCapitalisedCommonWord,
  isShoutedCommonWords,
  isTitleCaseJunk,
  lowercaseVocabulary,
} from './actor-junk';
import { strongestKind, vote } from './actor-evidence';
import type { KindVotes } from './actor-word-class';
import { nameKeys, slugOf } from './name-keys';
import { MEDIA_HEADS, ORG_CUES, ORG_HEADS, ORG_NAME_ENDINGS } from './actor-words';
import { nameTokens, normalizeText } from './names';
import { UnionFind } from './union-find';

export interface ClusteredActor {
  /** 'actor:' + slug of the canonical name; stable for the same input. */
  id: string;
  /** Canonical name: the fullest well-formed form. */
  name: string;
  kind: ActorKind;
  /** Every surface form seen, as written, deduplicated. */
  aliases: string[];
  mentions: Array<{ source: string; start: number; end: number; text: string }>;
  /** Titles written next to the person, per source. */
  titles: Array<{ source: string; title: string }>;
}

export interface ClusterSource {
  sourceId: string;
  text: string;
  sentences: Span[];
}

/** A form as its first mention wrote it ("Karsovians", "Al-Haddad"). */
const firstWritten = (form: ActorForm): string => form.mentions[0]?.candidate.text ?? '';

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const key of long) if (key === short[i]) i++;
  return i === short.length;
}

const isPrefix = (short: string[], long: string[]): boolean => short.every((key, i) => long[i] === key);

/**
 * One first name transliterated with other vowels: Mohammed / Mohammad / Muhammad, Yahya / Yehya,
 * Aleksandr / Aleksander. Same consonants and the same last letter, so Maria and Mario stay two.
 */
function sameFirstNameVowelsAside(mine: string, theirs: string): boolean {
  const consonants = (key: string): string => key.replace(/[aeiou]/g, '');
  return (
    Math.min(mine.length, theirs.length) >= 4 &&
    consonants(mine).length >= 2 &&
    consonants(mine) === consonants(theirs) &&
    mine.at(-1) === theirs.at(-1)
  );
}

/** Keys of the words that introduce a father's name: bin, ibn, ben, bint. */
const PATRONYMIC_LINKS = new Set(['bin', 'ibn', 'bint']);

/**
 * `variant` names the person of `full` in another form: same words but one — the first name a
 * prefix of the full one ("Tom" / "Tomas"; one letter for an initial, else three at least), or the
 * surname an unaccented feminine "-ova" of the full one ("Novakova" / "Novak").
 */
function isVariantOf(variant: ActorForm, full: ActorForm): boolean {
  const { keys } = variant;
  if (keys.length < 2 || keys.length !== full.keys.length || variant.key === full.key) return false;
  const differing = keys.flatMap((key, i) => (key === full.keys[i] ? [] : [i]));
  if (differing.length !== 1) return false;
  const at = differing[0] as number;
  const mine = keys[at] as string;
  const theirs = full.keys[at] as string;
  if (at === 0)
    return (
      ((mine.length === 1 || mine.length >= 3) && theirs.length > mine.length && theirs.startsWith(mine)) ||
      sameFirstNameVowelsAside(mine, theirs)
    );
  // A father's name between given name and surname varies as given names do: "Khalid bin Youssef
  // Al-Haddad" / "Khalid bin Yusuf Al-Haddad".
  if (at < keys.length - 1 && keys[at - 1] !== undefined && PATRONYMIC_LINKS.has(keys[at - 1] as string))
    return sameFirstNameVowelsAside(mine, theirs);
  const surname = nameTokens(firstWritten(variant)).pop() ?? '';
  return at === keys.length - 1 && /ova$/iu.test(surname) && mine === `${theirs}ov`;
}

/** Joins each person variant to the single full name it is a variant of; ambiguous ones stay alone. */
function joinVariants(forms: ActorForm[], indices: number[], sets: UnionFind): void {
  for (const i of indices) {
    const hosts = new Set(
      indices
        .filter((j) => isVariantOf(forms[i] as ActorForm, forms[j] as ActorForm))
        .map((j) => sets.find(j)),
    );
    const host = [...hosts][0];
    if (hosts.size === 1 && host !== undefined) sets.union(i, host);
  }
}

/** Joins each shorter form to the single maximal form containing it; ambiguous ones stay alone. */
function joinPartials(
  forms: ActorForm[],
  indices: number[],
  keysOf: (f: ActorForm) => string[],
  contains: (s: string[], l: string[]) => boolean,
  sets: UnionFind,
): void {
  const distinct = (a: number, b: number): boolean =>
    keysOf(forms[a] as ActorForm).join(' ') !== keysOf(forms[b] as ActorForm).join(' ');
  const inside = (a: number, b: number): boolean =>
    distinct(a, b) && contains(keysOf(forms[a] as ActorForm), keysOf(forms[b] as ActorForm));
  const maximal = indices.filter((i) => !indices.some((j) => inside(i, j)));
  for (const i of indices) {
    if (maximal.includes(i)) continue;
    const fits = maximal.filter((m) => inside(i, m));
    const hosts = new Set(fits.map((m) => sets.find(m)));
    const host = hosts.size === 1 ? [...hosts][0] : surnameOwner(forms, i, fits, sets);
    if (host !== undefined) sets.union(i, host);
  }
}

/**
 * A bare surname two full names share ("Erlund": the reporter Tomas Erlund, his wife Sara Erlund)
 * belongs to the one named DOMINANT_HOST times more often in full: a story calls its subject by
 * the surname, and the relatives by their first names.
 */
function surnameOwner(
  forms: ActorForm[],
  partial: number,
  fits: number[],
  sets: UnionFind,
): number | undefined {
  const surname = forms[partial]?.keys;
  if (forms[partial]?.kind !== 'person' || surname?.length !== 1) return undefined;
  if (!fits.every((m) => forms[m]?.keys.at(-1) === surname[0])) return undefined;
  // Counted over each host's whole cluster: its maximal form may be a one-off ("citizen of
  // Nordmark Tomas Erlyund").
  const named = new Map(fits.map((m) => [sets.find(m), 0]));
  forms.forEach((form, j) => {
    const root = sets.find(j);
    const count = named.get(root);
    if (count !== undefined) named.set(root, count + form.mentions.length);
  });
  const [first, second] = [...named].sort((a, b) => b[1] - a[1]);
  return first && second && first[1] >= second[1] * DOMINANT_HOST ? first[0] : undefined;
}

function initials(form: ActorForm): string {
  const text = firstWritten(form);
  return nameTokens(text)
    .filter((t) => !/^(?:the|of|and|for)$/iu.test(t))
    .map((t) => t.charAt(0).toUpperCase())
    .join('');
}

/** A name and a company word: "Merrow Foods", "Kestrel Retail Group", "Korvane Ferries". */
function isCompanyName(form: ActorForm): boolean {
  const words = nameTokens(firstWritten(form)).map((word) => word.toLowerCase());
  return words.length >= 2 && words.slice(1).some((word) => ORG_NAME_ENDINGS.has(word));
}

/** How many times more often one company must be named than another to own their short name. */
const DOMINANT_HOST = 4;

/**
 * A one-word form joins the organisation whose name it starts: with little kind evidence of its
 * own, any such organisation ("Velmora" → "Velmora Chemicals", "Kestrel" → "Kestrel Messenger");
 * with more, only a company named after it ("Merrow" → "Merrow Foods") and only if no title ever
 * named it a person. When two fit, the one named DOMINANT_HOST times more often wins ("Norvik
 * Telecom" over its subsidiary "Norvik Mobil GmbH", named once); else it stays alone.
 */
function joinOrganisationShortNames(forms: ActorForm[], sets: UnionFind): void {
  forms.forEach((form, i) => {
    if (form.known || form.keys.length !== 1 || form.kind === 'place') return;
    if (startsPlaceNames(forms, i, sets)) return;
    // A surname joined to its full name already ("Vollert" of "Hanne Vollert"), whose party is
    // written with it ("Vollert's Civic Union"), is the person.
    const root = sets.find(i);
    const surnameOf = (other: ActorForm, j: number): boolean =>
      other.kind === 'person' &&
      other.keys.length > 1 &&
      other.keys.at(-1) === form.keys[0] &&
      sets.find(j) === root;
    if (forms.some(surnameOf)) return;
    const weak = voteTotal(form) <= 2;
    if (!weak && form.mentions.some((mention) => mention.candidate.title)) return;
    const mentionsOf = new Map<number, number>();
    forms.forEach((other, j) => {
      if (
        j !== i &&
        other.kind === 'organization' &&
        other.keys.length > 1 &&
        other.keys[0] === form.keys[0] &&
        (weak || isCompanyName(other))
      ) {
        const root = sets.find(j);
        mentionsOf.set(root, (mentionsOf.get(root) ?? 0) + other.mentions.length);
      }
    });
    const [host, second] = [...mentionsOf].sort((a, b) => b[1] - a[1]);
    if (host && (!second || host[1] >= DOMINANT_HOST * second[1])) sets.union(i, host[0]);
  });
}

/** Fewest distinct organisations and media whose names a word starts for it to be a place's name. */
const PLACE_PREFIXED_NAMES = 3;
/** Last words of a state's institutions: "Ostmark government", "Valdoria foreign ministry". */
const STATE_BODIES = new Set(
  [
    'government',
    'ministry',
    'parliament',
    'assembly',
    'cabinet',
    'police',
    'army',
    'presidency',
    'senate',
  ].map((word) => nameKeys(word)[0] ?? word),
);

/**
 * A word that starts the name of a state's institution ("Ostmark government") or of several
 * organisations and media ("Ostmark State Railways", "Ostmark Today", …) is the country they are
 * in, no short name of one of them.
 */
function startsPlaceNames(forms: ActorForm[], at: number, sets: UnionFind): boolean {
  const word = forms[at]?.keys[0];
  const named = forms.flatMap((other, j) =>
    j !== at &&
    (other.kind === 'organization' || other.kind === 'media') &&
    other.keys.length > 1 &&
    other.keys[0] === word
      ? [j]
      : [],
  );
  // Not an adjective ("Südmarkish government"): the word is then the state body's short name.
  const adjective = /(?:ish|ian|ese|ic)$/u.test(firstWritten(forms[at] as ActorForm).toLowerCase());
  return (
    (!adjective && named.some((j) => STATE_BODIES.has(forms[j]?.keys.at(-1) ?? ''))) ||
    new Set(named.map((j) => sets.find(j))).size >= PLACE_PREFIXED_NAMES
  );
}

/** Merges the forms of one corpus into actor groups (indices into `forms`). */
function groupForms(forms: ActorForm[]): number[][] {
  const sets = new UnionFind(forms.length);
  const bySignature = new Map<string, number>();
  forms.forEach((form, i) => {
    const first = bySignature.get(form.signature);
    if (first === undefined) bySignature.set(form.signature, i);
    else sets.union(first, i);
  });
  // A person's name written with and without a hyphen or space inside it ("Amir-Abdollahian").
  const byJoined = new Map<string, number>();
  forms.forEach((form, i) => {
    if (form.kind !== 'person' || form.known || form.keys.length < 2) return;
    const first = byJoined.get(form.joined);
    if (first === undefined) byJoined.set(form.joined, i);
    else sets.union(first, i);
  });
  const ofKind = (kind: ActorKind): number[] =>
    forms.flatMap((f, i) => (f.kind === kind && !f.known ? [i] : []));
  joinVariants(forms, ofKind('person'), sets);
  joinPartials(forms, ofKind('person'), (f) => f.keys, isSubsequence, sets);
  joinPartials(forms, ofKind('media'), (f) => f.signature.slice('media:'.length).split(' '), isPrefix, sets);
  joinPartials(forms, ofKind('organization'), (f) => f.keys, isSubsequence, sets);
  joinOrganisationShortNames(forms, sets);
  forms.forEach((form, i) => {
    const text = firstWritten(form);
    if (form.known || form.keys.length !== 1 || !/^\p{Lu}{2,6}$/u.test(text)) return;
    const expansions = forms.flatMap((f, j) =>
      j !== i &&
      f.keys.length > 1 &&
      (f.kind === 'organization' || f.kind === 'media') &&
      initials(f) === text
        ? [sets.find(j)]
        : [],
    );
    const unique = [...new Set(expansions)];
    if (unique.length === 1 && unique[0] !== undefined) sets.union(i, unique[0]);
  });
  const groups = new Map<number, number[]>();
  forms.forEach((_, i) => {
    const root = sets.find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}

const HYPHEN_PAIR = /^(\p{Lu}[\p{L}\p{M}]+)[-\u2010\u2011](\p{Lu}[\p{L}\p{M}]+)$/u;

/**
 * Two actors joined by a hyphen name a relation between them, not an actor: "the Kestrel-Merrow
 * merger", "the Brevik-Halmstoe route". Only when both are actors of the corpus on their own (a
 * double-barrelled surname's halves seldom are), else "Merrow" would join "Kestrel-Merrow" as its
 * partial form, and "Kestrel" with it.
 */
function isActorPair(form: ActorForm, singleKeys: Set<string>): boolean {
  const pair = HYPHEN_PAIR.exec(firstWritten(form));
  return pair !== null && form.keys.length === 2 && form.keys.every((key) => singleKeys.has(key));
}

/**
 * Endings that make a people or its adjective of a place's name: Karsovia → Karsovian(s), Tamzir →
 * Tamziri(s), Qasrah → Qasrahi, Vestmark → Vestmarkers.
 */
const DEMONYM_ENDINGS = new Set([
  'n',
  'ns',
  'an',
  'ans',
  'ian',
  'ians',
  'i',
  'is',
  'ic',
  'ese',
  'ish',
  'er',
  'ers',
]);
/** Shortest place name whose demonym is read off it ("Iran" → "Iranian" is in the word lists already). */
const DEMONYM_BASE_LENGTH = 4;

/**
 * A corpus place's demonym ("Karsovian", "Tamziris", "Qasrahi") is no actor of its own, as "Russian"
 * is none: it qualifies a title or an organisation ("Karsovian army"), which keeps it.
 */
function isCorpusDemonym(form: ActorForm, places: string[]): boolean {
  if (form.keys.length !== 1) return false;
  const word = firstWritten(form).toLowerCase();
  return places.some(
    (place) =>
      word.length > place.length && word.startsWith(place) && DEMONYM_ENDINGS.has(word.slice(place.length)),
  );
}

/** "Nordalia" beside "Nordalian(s)", "Veresia" beside "Veresian": a name whose people the corpus names is a place. */
const DEMONYM_OF_PLACE = /^(\p{L}{3,}ia)ns?$/u;

/**
 * Makes a place of each one-word form the corpus also names as a people ("the Veresian surgeon",
 * "two Nordalians"), whatever its own context said: "Veresia" had been a person, "Nordalia" part of
 * the foreign minister's name, and their demonyms organisations.
 */
function readPlacesOffDemonyms(forms: ActorForm[]): void {
  const bases = new Set(
    forms.flatMap((form) => {
      const match = DEMONYM_OF_PLACE.exec(firstWritten(form).toLowerCase());
      return form.keys.length === 1 && match?.[1] ? [match[1]] : [];
    }),
  );
  for (const form of forms) {
    const text = firstWritten(form).toLowerCase();
    if (!form.known && form.keys.length === 1 && bases.has(text)) form.kind = 'place';
  }
}

/** Words a person's name has after a place glued to its front: a given name and a surname. */
const NAME_AFTER_PLACE = 2;
/** Words that make an organisation's or a medium's name of the words after a place. */
const ORG_WORDS = new Set([...ORG_HEADS, ...ORG_CUES, ...ORG_NAME_ENDINGS, ...MEDIA_HEADS]);

/**
 * A machine translation runs a place into the name after it ("the ambassador of Valdoria Stefan
 * Korda", "the citizen of Nordmark Tomas Erlyund"): where a person's form starts with a one-word
 * place of the corpus and two words follow, neither of which the corpus writes in lowercase, the
 * place is cut off its mentions and the forms are collected again. Organisations keep theirs
 * ("Krasnel District Court", "Vik Marine Supplies", even where read as a person).
 */
function withoutPlacePrefixes(
  perSource: Array<{ sourceId: string; candidates: ActorCandidate[] }>,
  forms: ActorForm[],
  lowercase: Set<string>,
): ActorForm[] {
  const places = new Set(
    forms.filter((form) => form.kind === 'place' && form.keys.length === 1).map((form) => form.key),
  );
  const glued = new Set(
    forms
      .filter(
        (form) =>
          form.kind === 'person' &&
          !form.known &&
          form.keys.length === NAME_AFTER_PLACE + 1 &&
          places.has(form.keys[0] as string) &&
          !nameTokens(firstWritten(form))
            .slice(1)
            .map((word) => normalizeText(word))
            .some((word) => lowercase.has(word) || ORG_WORDS.has(word)),
      )
      .flatMap((form) => form.mentions.map((mention) => mention.candidate)),
  );
  if (glued.size === 0) return forms;
  const cut = (candidate: ActorCandidate): ActorCandidate => {
    const at = /^\S+\s+/u.exec(candidate.text)?.[0].length ?? 0;
    return { ...candidate, start: candidate.start + at, text: candidate.text.slice(at) };
  };
  return collectForms(
    perSource.map(({ sourceId, candidates }) => ({
      sourceId,
      candidates: candidates.map((candidate) => (glued.has(candidate) ? cut(candidate) : candidate)),
    })),
  );
}

export function clusterActors(sources: ClusterSource[]): ClusteredActor[] {
  const perSource = sources.map((source) => ({
    sourceId: source.sourceId,
    candidates: findActorCandidates(source.text, source.sentences),
  }));
  const textOf = new Map(sources.map((source) => [source.sourceId, source.text]));
  const lowercase = lowercaseVocabulary(sources.map((source) => source.text));
  const collected = withoutPlacePrefixes(perSource, collectForms(perSource), lowercase);
  const singleKeys = new Set(collected.flatMap((form) => (form.keys.length === 1 ? form.keys : [])));
  readPlacesOffDemonyms(collected);
  const places = collected.flatMap((form) => {
    const text = firstWritten(form).toLowerCase();
    return form.kind === 'place' && form.keys.length === 1 && text.length >= DEMONYM_BASE_LENGTH
      ? [text]
      : [];
  });
  const forms = collected.filter(
    (form) =>
      !isTitleCaseJunk(form, textOf, lowercase) &&
      !isCapitalisedCommonWord(form, textOf, lowercase) &&
      !isShoutedCommonWords(form, lowercase) &&
      !isActorPair(form, singleKeys) &&
      !isCorpusDemonym(form, places),
  );
  const spellingCount = new Map<string, number>();
  for (const form of forms)
    for (const { candidate } of form.mentions)
      for (const token of nameTokens(candidate.text))
        spellingCount.set(token.toLowerCase(), (spellingCount.get(token.toLowerCase()) ?? 0) + 1);

  const actors = groupForms(forms).map((group) => {
    const members = group.map((i) => forms[i] as ActorForm);
    const votes: KindVotes = {};
    for (const form of members)
      for (const [kind, weight] of Object.entries(form.votes) as Array<[ActorKind, number]>)
        vote(votes, kind, weight);
    const weightiest = [...members].sort((a, b) => voteTotal(b) - voteTotal(a))[0];
    const kind = members.find((f) => f.known)?.kind ?? weightiest?.kind ?? strongestKind(votes) ?? 'person';
    const mentions = members
      .flatMap((f) => f.mentions)
      .sort((a, b) => a.sourceIndex - b.sourceIndex || a.candidate.start - b.candidate.start);
    const titles = new Map<string, { source: string; title: string }>();
    for (const { source, candidate } of mentions)
      if (candidate.title)
        titles.set(`${source}\u0000${candidate.title}`, { source, title: candidate.title });
    return {
      name: canonicalName(members, kind, spellingCount),
      kind,
      aliases: [...new Set(mentions.map((m) => m.candidate.text))],
      mentions: mentions.map(({ source, candidate }) => ({
        source,
        start: candidate.start,
        end: candidate.end,
        text: candidate.text,
      })),
      titles: [...titles.values()],
    };
  });

  actors.sort(
    (a, b) =>
      b.mentions.length - a.mentions.length || a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind),
  );
  const used = new Set<string>();
  return actors.map((actor) => {
    const base = `actor:${slugOf(actor.name) || 'unnamed'}`;
    let id = used.has(base) ? `${base}-${actor.kind}` : base;
    for (let n = 2; used.has(id); n++) id = `${base}-${actor.kind}-${n}`;
    used.add(id);
    return { id, ...actor };
  });
}
