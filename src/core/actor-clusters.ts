/**
 * Clusters the actor mentions of several sources into actors with all their surface forms.
 *
 * Method: candidates (actor-mentions.ts) are grouped into forms by phonetic token keys, so
 * spelling and transliteration variants coincide ("Zaharova" = "Zakharova", "Bageri" = "Bagheri");
 * forms merge when their signatures agree (actor-forms.ts); a person's partial form joins the one
 * full name whose keys contain it in order ("Hayat" ⊑ "Lior Haiat", "Abu Marzouk" ⊑ "Mousa
 * Mohammed Abu Marzook") and stays alone when it fits several ("Mikhail" with two Mikhails); a
 * medium's short form joins its one longer form ("Ria" ⊑ "RIA Novosti"); an acronym joins the one
 * organisation with its initials. The canonical name is the fullest form, then the one most
 * sources agree on, then the one whose spellings the corpus uses most (proper transliteration
 * over a single-source garble).
 *
 * Cost: O(F² · k) for F distinct forms of at most k words (F is in the hundreds for a corpus).
 */
import type { ActorKind } from './pack-schema';
import type { Span } from './span';
import { findActorCandidates } from './actor-mentions';
import { collectForms, type ActorForm } from './actor-forms';
import { strongestKind, vote } from './actor-evidence';
import type { KindVotes } from './actor-word-class';
import { nameTokens, slugOf } from './names';

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

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    this.parent[i] = root;
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const key of long) if (key === short[i]) i++;
  return i === short.length;
}

const isPrefix = (short: string[], long: string[]): boolean => short.every((key, i) => long[i] === key);

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
    const hosts = new Set(maximal.filter((m) => inside(i, m)).map((m) => sets.find(m)));
    const host = [...hosts][0];
    if (hosts.size === 1 && host !== undefined) sets.union(i, host);
  }
}

function initials(form: ActorForm): string {
  const text = form.mentions[0]?.candidate.text ?? '';
  return nameTokens(text)
    .filter((t) => !/^(?:the|of|and|for)$/iu.test(t))
    .map((t) => t.charAt(0).toUpperCase())
    .join('');
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
  const ofKind = (kind: ActorKind): number[] =>
    forms.flatMap((f, i) => (f.kind === kind && !f.known ? [i] : []));
  joinPartials(forms, ofKind('person'), (f) => f.keys, isSubsequence, sets);
  joinPartials(forms, ofKind('media'), (f) => f.signature.slice('media:'.length).split(' '), isPrefix, sets);
  forms.forEach((form, i) => {
    const text = form.mentions[0]?.candidate.text ?? '';
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

interface Surface {
  text: string;
  sources: Set<string>;
  mentions: number;
  tokens: number;
}

/** Picks the canonical name among the surface forms of one actor. */
function canonicalName(forms: ActorForm[], kind: ActorKind, spellingCount: Map<string, number>): string {
  const surfaces = new Map<string, Surface>();
  const variants = new Map<string, Map<string, number>>();
  for (const form of forms) {
    for (const { source, candidate } of form.mentions) {
      const text = candidate.text.replace(/\s+/gu, ' ');
      const lower = text.toLowerCase();
      const surface = surfaces.get(lower) ?? {
        text,
        sources: new Set(),
        mentions: 0,
        tokens: nameTokens(text.replace(/^the\s+/iu, '')).length,
      };
      surface.sources.add(source);
      surface.mentions++;
      surfaces.set(lower, surface);
      const seen = variants.get(lower) ?? new Map<string, number>();
      seen.set(text, (seen.get(text) ?? 0) + 1);
      variants.set(lower, seen);
    }
  }
  const known = forms.find((f) => f.known)?.known;
  if (known && surfaces.has(known.toLowerCase())) return known;
  const spelling = (s: Surface): number =>
    nameTokens(s.text).reduce((sum, t) => sum + (spellingCount.get(t.toLowerCase()) ?? 0), 0);
  const capitals = (s: string): number => s.replace(/[^\p{Lu}]/gu, '').length;
  const ranked = [...surfaces.values()].sort(
    (a, b) =>
      (kind === 'person' ? b.tokens - a.tokens : 0) ||
      b.sources.size - a.sources.size ||
      b.tokens - a.tokens ||
      spelling(b) - spelling(a) ||
      b.mentions - a.mentions ||
      capitals(b.text) - capitals(a.text) ||
      a.text.localeCompare(b.text),
  );
  const best = ranked[0]?.text ?? '';
  const written = [...(variants.get(best.toLowerCase()) ?? new Map<string, number>()).entries()].sort(
    (a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]),
  );
  return written[0]?.[0] ?? best;
}

export function clusterActors(sources: ClusterSource[]): ClusteredActor[] {
  const perSource = sources.map((source) => ({
    sourceId: source.sourceId,
    candidates: findActorCandidates(source.text, source.sentences),
  }));
  const forms = collectForms(perSource);
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
    const total = (f: ActorForm): number => Object.values(f.votes).reduce((sum, w) => sum + w, 0);
    const weightiest = [...members].sort((a, b) => total(b) - total(a))[0];
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
