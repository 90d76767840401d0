/**
 * Builds the fact part of the MatcherIndex: one signature per fact (fact-signatures.ts), its core
 * actors (named by ≥ 2/3 of its sources) and the idf of every feature key, from the fact mentions
 * of all indexed corpora. Each mention's features come from passage-features.ts with the pack's
 * actor spans and the source's date, exactly as fact alignment computed them; idf is
 * passage-similarity.ts featureWeights over all mentions. Build side only.
 * Cost: O(total mention length).
 */
import { actorSpansBySource } from './actor-spans';
import { monthDay, signatureKeys, withMonthDays, type FactSignature } from './fact-signatures';
import type { CorpusPack } from './pack-schema';
import { passageFeatures, type PassageFeatures } from './passage-features';
import { featureWeights } from './passage-similarity';
import { sentenceVenues } from './detect-venue';
import { spanOf } from './span';

export interface FactIndexEntry {
  id: string;
  label: string;
  sources: string[];
  actors: string[];
  /** Actors (not media) that at least CORE_SHARE of the fact's sources name with it. */
  core: string[];
  /** Feature keys (signature keys, dates left out) at least CORE_SHARE of its sources give it. */
  shared: string[];
  /** Organisations at least half of its sources name with it: whose claim or visit it is. */
  organisations: string[];
  signature: FactSignature;
  /** Where its sources said it happened ("in Moscow"): place actor ids or lower-cased words (detect-venue.ts). */
  venues: string[];
}

/** Share of a fact's sources that must name an actor for it to be part of the fact's core. */
export const CORE_SHARE = 2 / 3;

export interface FactIndex {
  facts: FactIndexEntry[];
  /** idf of every feature key seen in a fact mention. */
  idf: Record<string, number>;
  /** idf given to a key no fact mention has (as rare as a key seen once). */
  unknownIdf: number;
}

const round = (value: number): number => Math.round(value * 100) / 100;

interface MentionFeatures {
  source: string;
  features: PassageFeatures;
  venues: Set<string>;
}

/** The keys `keysOf` gives at least `share` of the fact's sources, sorted. */
function keysMostSourcesGive(
  mentions: MentionFeatures[],
  keysOf: (features: MentionFeatures['features']) => Iterable<string>,
  share: number,
): string[] {
  const sources = new Set(mentions.map((mention) => mention.source));
  const giving = new Map<string, Set<string>>();
  for (const { source, features } of mentions) {
    for (const key of keysOf(features)) giving.set(key, (giving.get(key) ?? new Set()).add(source));
  }
  return [...giving]
    .filter(([, by]) => by.size >= share * sources.size)
    .map(([key]) => key)
    .sort();
}

/** The fact's core actors: named (not only as attribution) by at least `share` of its sources. */
const coreActors = (mentions: MentionFeatures[], share = CORE_SHARE): string[] =>
  keysMostSourcesGive(mentions, (features) => features.actors, share);

/** The keys most of the fact's sources give it: what they all say, in the signature's keys (dates left out). */
const sharedKeys = (mentions: MentionFeatures[]): string[] =>
  keysMostSourcesGive(
    mentions,
    (features) => [...signatureKeys(features).keys()].filter((key) => !key.startsWith('d:')),
    CORE_SHARE,
  );

function mentionFeatures(
  pack: CorpusPack,
): Array<{ fact: CorpusPack['facts'][number]; mentions: MentionFeatures[] }> {
  const spans = actorSpansBySource(pack.actors);
  const sources = new Map(pack.sources.map((source) => [source.id, source]));
  const places = new Set(pack.actors.filter((actor) => actor.kind === 'place').map((actor) => actor.id));
  return pack.facts.map((fact) => ({
    fact,
    mentions: fact.mentions.flatMap((mention) => {
      const source = sources.get(mention.source);
      if (!source) return [];
      const span = spanOf(source.text, mention.start, mention.end);
      const own = spans.get(source.id) ?? [];
      const features = passageFeatures(span, own, source.published);
      const venues = sentenceVenues(span, own, places);
      return [{ source: source.id, features: withMonthDays(features, span.text), venues }];
    }),
  }));
}

function signatureOf(mentions: MentionFeatures[], idf: (key: string) => number): FactSignature {
  const sourceCount = new Set(mentions.map((mention) => mention.source)).size || 1;
  const keySources = new Map<string, Set<string>>();
  const boosts = new Map<string, number>();
  const quoted = new Set<string>();
  for (const { source, features } of mentions) {
    for (const [key, boost] of signatureKeys(features)) {
      const set = keySources.get(key) ?? new Set<string>();
      set.add(source);
      keySources.set(key, set);
      boosts.set(key, Math.max(boosts.get(key) ?? 0, boost));
    }
    for (const term of features.quoteTerms) quoted.add(term);
  }
  const signature: FactSignature = { actors: {}, numbers: {}, terms: {}, quoted: [], dates: {} };
  for (const [key, set] of keySources) {
    const weight = round((boosts.get(key) ?? 1) * idf(key) * (set.size / sourceCount));
    if (weight <= 0) continue;
    const value = key.slice(2);
    if (key.startsWith('a:')) signature.actors[value] = weight;
    else if (key.startsWith('n:')) signature.numbers[value] = weight;
    else if (key.startsWith('d:')) signature.dates[monthDay(`0000-${value}`)] = weight;
    else signature.terms[value] = weight;
  }
  signature.quoted = [...quoted].filter((term) => term in signature.terms).sort();
  return signature;
}

export function buildFactIndex(packs: CorpusPack[]): FactIndex {
  const organisations = new Set(
    packs.flatMap((pack) =>
      pack.actors.filter((actor) => actor.kind === 'organization').map((actor) => actor.id),
    ),
  );
  const perPack = packs.map(mentionFeatures);
  const all = perPack.flat().flatMap((item) => item.mentions.map((mention) => mention.features));
  const weights = featureWeights(all);
  const idf: Record<string, number> = {};
  for (const features of all)
    for (const key of signatureKeys(features).keys()) idf[key] ??= round(weights.idf(key));
  const facts = perPack.flat().map(({ fact, mentions }) => ({
    id: fact.id,
    label: fact.label,
    sources: [...new Set(fact.mentions.map((mention) => mention.source))],
    actors: fact.actors,
    core: coreActors(mentions),
    shared: sharedKeys(mentions),
    organisations: coreActors(mentions, 1 / 2).filter((actor) => organisations.has(actor)),
    signature: signatureOf(mentions, weights.idf),
    venues: [...new Set(mentions.flatMap((mention) => [...mention.venues]))].sort(),
  }));
  // A key never seen is as informative as one seen once: ln((N + 1) / 1.5).
  return { facts, idf, unknownIdf: all.length > 0 ? round(Math.log((all.length + 1) / 1.5)) : 0 };
}
