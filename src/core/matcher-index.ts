/**
 * MatcherIndex: the compact, versioned digest of the corpus that content scripts match pages
 * against (they never open the database). Built from one or more CorpusPacks by the background
 * (published to storage.local) and by the CLI; validated with valibot when read back.
 * - actors: id, name, kind, origin, matching forms and phonetic key sequences with ambiguity
 *   flags (match-aliases.ts);
 * - facts: id, label, sources, actors and a feature signature (fact-signatures.ts), plus the idf
 *   of every feature key (match-fact-index.ts);
 * - sources: id, outlet, title, url and a text fingerprint (detect-fingerprint.ts);
 * - eventYears: the years the sources were published (detect-time.ts);
 * - translit: the transliteration table of the page matcher (match-translit.ts).
 * Every item carries its origin ('seed' | 'user'): see originOf.
 * Cost: build O(corpus text); the shipped pack's index is well under 200 KB of JSON.
 */
import * as v from 'valibot';
import { parseIsoDay } from './dates';
import { textFingerprint } from './detect-fingerprint';
import { indexAliases } from './match-aliases';
import { buildFactIndex } from './match-fact-index';
import { buildTranslitTable } from './match-translit-table';
import { ActorKindSchema, type CorpusPack } from './pack-schema';

export const MATCHER_INDEX_FORMAT = 2;

const OriginSchema = v.picklist(['seed', 'user']);
const WeightsSchema = v.record(v.string(), v.number());

export const IndexActorSchema = v.object({
  id: v.string(),
  name: v.string(),
  kind: ActorKindSchema,
  origin: OriginSchema,
  /** Mentions in the corpus: the more-mentioned actor wins a form two actors share. */
  weight: v.number(),
  aliases: v.array(
    v.object({
      form: v.string(),
      ambiguous: v.optional(v.boolean()),
      /** Short all-caps forms: the page must write exactly this. */
      exact: v.optional(v.string()),
      /** Forms that may start lowercase ("russischen Außenministeriums", "сектор Газа"). */
      anyCase: v.optional(v.boolean()),
    }),
  ),
  keys: v.array(v.object({ key: v.string(), ambiguous: v.optional(v.boolean()) })),
});
export type IndexActor = v.InferOutput<typeof IndexActorSchema>;

export const IndexFactSchema = v.object({
  id: v.string(),
  label: v.string(),
  origin: OriginSchema,
  sources: v.array(v.string()),
  actors: v.array(v.string()),
  /** Actors the page must name somewhere for the fact to be considered (its core). */
  core: v.array(v.string()),
  /** Where its sources said it happened (detect-venue.ts); absent in indexes built before it. */
  venues: v.optional(v.array(v.string())),
  signature: v.object({
    actors: WeightsSchema,
    numbers: WeightsSchema,
    terms: WeightsSchema,
    quoted: v.array(v.string()),
    dates: WeightsSchema,
  }),
});
export type IndexFact = v.InferOutput<typeof IndexFactSchema>;

export const IndexSourceSchema = v.object({
  id: v.string(),
  outlet: v.string(),
  title: v.string(),
  url: v.nullable(v.string()),
  origin: OriginSchema,
  fingerprint: v.array(v.number()),
});

export const MatcherIndexSchema = v.object({
  format: v.literal(MATCHER_INDEX_FORMAT),
  /** The pack's version (one pack) or the packs' versions joined by " + ". */
  corpusVersion: v.string(),
  corpora: v.array(v.object({ id: v.string(), name: v.string(), version: v.string(), origin: OriginSchema })),
  sourceCount: v.number(),
  sources: v.array(IndexSourceSchema),
  actors: v.array(IndexActorSchema),
  facts: v.array(IndexFactSchema),
  idf: v.object({ known: WeightsSchema, unknown: v.number() }),
  /** Years the corpus's sources were published in: a page naming only nearby other years is another event. */
  eventYears: v.array(v.number()),
  translit: v.record(v.string(), v.string()),
});
export type MatcherIndex = v.InferOutput<typeof MatcherIndexSchema>;

type Origin = 'seed' | 'user';

function packOrigin(pack: CorpusPack): Origin {
  return pack.sources.some((source) => source.origin === 'seed') ? 'seed' : 'user';
}

/** Reporting text of a source (its reporting spans), for the fingerprint. */
function reportingText(source: CorpusPack['sources'][number]): string {
  if (source.reporting.length === 0) return source.text;
  return source.reporting.map(([start, end]) => source.text.slice(start, end)).join('\n');
}

function eventYears(packs: CorpusPack[]): number[] {
  const years = new Set<number>();
  for (const pack of packs) {
    for (const source of pack.sources) {
      const year = parseIsoDay(source.published)?.y;
      if (year) years.add(year);
    }
  }
  return [...years].sort((a, b) => a - b);
}

function mergeActor(into: IndexActor, more: IndexActor): IndexActor {
  const forms = new Set(into.aliases.map((alias) => alias.form));
  const keys = new Set(into.keys.map((key) => key.key));
  return {
    ...into,
    origin: into.origin === 'seed' || more.origin === 'seed' ? 'seed' : 'user',
    weight: into.weight + more.weight,
    aliases: [...into.aliases, ...more.aliases.filter((alias) => !forms.has(alias.form))],
    keys: [...into.keys, ...more.keys.filter((key) => !keys.has(key.key))],
  };
}

export function buildMatcherIndex(input: CorpusPack[] | CorpusPack): MatcherIndex {
  const packs = Array.isArray(input) ? input : [input];
  const actors = new Map<string, IndexActor>();
  for (const pack of packs) {
    const origin = packOrigin(pack);
    for (const actor of pack.actors) {
      const entry: IndexActor = {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        origin,
        weight: actor.mentions.length,
        ...indexAliases(actor),
      };
      const existing = actors.get(actor.id);
      actors.set(actor.id, existing ? mergeActor(existing, entry) : entry);
    }
  }
  const factIndex = buildFactIndex(packs);
  const factOrigin = new Map<string, Origin>();
  for (const pack of packs) for (const fact of pack.facts) factOrigin.set(fact.id, packOrigin(pack));
  const seenFacts = new Set<string>();
  const sources = packs.flatMap((pack) =>
    pack.sources.map((source) => ({
      id: source.id,
      outlet: source.outlet,
      title: source.title,
      url: source.url,
      origin: source.origin,
      fingerprint: textFingerprint(reportingText(source)),
    })),
  );
  return {
    format: MATCHER_INDEX_FORMAT,
    corpusVersion: packs.map((pack) => pack.version).join(' + '),
    corpora: packs
      .map((pack) => ({ ...pack.corpus, version: pack.version, origin: packOrigin(pack) }))
      .map(({ id, name, version, origin }) => ({ id, name, version, origin })),
    sourceCount: sources.length,
    sources,
    actors: [...actors.values()],
    facts: factIndex.facts
      .filter((fact) => !seenFacts.has(fact.id) && seenFacts.add(fact.id))
      .map((fact) => ({ ...fact, origin: factOrigin.get(fact.id) ?? 'user' })),
    idf: { known: factIndex.idf, unknown: factIndex.unknownIdf },
    eventYears: eventYears(packs),
    translit: buildTranslitTable(),
  };
}

export function parseMatcherIndex(input: unknown): MatcherIndex | null {
  const result = v.safeParse(MatcherIndexSchema, input);
  return result.success ? result.output : null;
}

/** Whether a fact or actor of the index comes from a seed or a user corpus (null: unknown id). */
export function originOf(index: MatcherIndex, kind: 'fact' | 'actor', id: string): Origin | null {
  const list: Array<{ id: string; origin: Origin }> = kind === 'fact' ? index.facts : index.actors;
  return list.find((item) => item.id === id)?.origin ?? null;
}

/**
 * The stored index is written only by our own background (validated there when built), so every
 * page checks just its format and shape: a full schema parse of ~70 KB costs ~10 ms per page load.
 * An index of another format (an update in flight) reads as missing until it is republished.
 */
export function asStoredIndex(input: unknown): MatcherIndex | null {
  if (typeof input !== 'object' || input === null) return null;
  const index = input as Partial<MatcherIndex>;
  const shaped =
    index.format === MATCHER_INDEX_FORMAT &&
    Array.isArray(index.actors) &&
    Array.isArray(index.facts) &&
    Array.isArray(index.sources) &&
    typeof index.corpusVersion === 'string';
  return shaped ? (input as MatcherIndex) : null;
}
