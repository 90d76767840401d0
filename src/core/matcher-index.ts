/**
 * MatcherIndex: the compact, versioned digest of the corpus that content scripts match pages
 * against (they never open the database). Built from one or more CorpusPacks by the background
 * (published to storage.local) and by the CLI (matcher-index-build.ts); validated with valibot
 * when read back. This module holds only its shape and readers: the content script imports it
 * and bundles none of the building code.
 * - actors: id, name, kind, origin, matching forms and phonetic key sequences with ambiguity
 *   flags (match-aliases.ts);
 * - facts: id, label, sources, actors and a feature signature (fact-signatures.ts), plus the idf
 *   of every feature key (match-fact-index.ts);
 * - sources: id, outlet, title, url and a text fingerprint (detect-fingerprint.ts);
 * - eventYears: the years the sources were published (detect-time.ts);
 * - translit: the transliteration table of the page matcher (match-translit.ts);
 * - anchors: the words the content script's no-match prefilter looks for (detect-prefilter.ts).
 * Every item carries its origin ('seed' | 'user'): see originOf.
 * Cost: build O(corpus text); the shipped pack's index is well under 200 KB of JSON.
 */
import * as v from 'valibot';
import { ActorKindSchema } from './pack-schema';

/** 3: facts carry the keys and organisations most of their sources share, so an index built before is rebuilt. */
export const MATCHER_INDEX_FORMAT = 3;

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
      /** Short forms in capitals or with accents ("US", "Mỹ"): the page must write exactly this. */
      exact: v.optional(v.string()),
      /** Forms that may start lowercase ("russischen Außenministeriums", "сектор Газа"). */
      anyCase: v.optional(v.boolean()),
    }),
  ),
  keys: v.array(v.object({ key: v.string(), ambiguous: v.optional(v.boolean()) })),
  /** Whom this spokesperson speaks for (actor-principals.ts); absent in indexes built before it. */
  speaksFor: v.optional(v.array(v.string())),
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
  /** Keys most of its sources give it (match-fact-index.ts); absent in indexes built before it. */
  shared: v.optional(v.array(v.string())),
  /** Organisations half its sources name (match-fact-index.ts); absent in indexes built before it. */
  organisations: v.optional(v.array(v.string())),
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
  /** The no-match prefilter's words, regex-escaped (detect-prefilter.ts); absent in indexes built before it. */
  anchors: v.optional(v.array(v.string())),
});
export type MatcherIndex = v.InferOutput<typeof MatcherIndexSchema>;

type Origin = 'seed' | 'user';

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
