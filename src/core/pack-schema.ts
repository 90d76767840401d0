/**
 * The CorpusPack: the corpus as the extension ships it and as `parallax corpus --json` prints it
 * (see DESIGN.md, "Data model"). Schemas are valibot so every boundary (bundled pack, user import,
 * CLI `--corpus`) validates the same way; the TypeScript types are inferred from them.
 */
import * as v from 'valibot';

/** A span of a source's text: `text === source.text.slice(start, end)` (UTF-16 offsets). */
export const MentionSchema = v.object({
  source: v.string(),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.string(),
});
export type Mention = v.InferOutput<typeof MentionSchema>;

/** A number as written, with its hedge ("at least", "over"). */
export const NumberMentionSchema = v.object({
  value: v.number(),
  hedge: v.nullable(v.string()),
  text: v.string(),
});

/** A date as written; `iso` is resolved against the article's date when relative ("on Thursday"). */
export const DateMentionSchema = v.object({
  iso: v.nullable(v.string()),
  text: v.string(),
  relative: v.boolean(),
});

/** How one source framed one fact in one passage. */
export const FramingSchema = v.object({
  /** Words used for each actor in this passage ("terrorist leaders", "the militant Palestinian group"). */
  actorNames: v.array(v.object({ actor: v.string(), text: v.string() })),
  /** Whom the source attributed the claim to ("according to TASS"); `actor` when it is a corpus actor. */
  attributions: v.array(v.object({ text: v.string(), actor: v.nullable(v.string()) })),
  numbers: v.array(NumberMentionSchema),
  dates: v.array(DateMentionSchema),
  quotes: v.array(v.string()),
});
export type Framing = v.InferOutput<typeof FramingSchema>;

export const FactMentionSchema = v.object({
  ...MentionSchema.entries,
  framing: v.optional(FramingSchema),
});
export type FactMention = v.InferOutput<typeof FactMentionSchema>;

export const SourceSchema = v.object({
  id: v.string(),
  file: v.string(),
  outlet: v.string(),
  title: v.string(),
  url: v.nullable(v.string()),
  published: v.nullable(v.string()),
  byline: v.nullable(v.string()),
  language: v.string(),
  notes: v.nullable(v.string()),
  origin: v.picklist(['seed', 'user']),
  /** The source text exactly as stored; every Mention's offsets point into it. */
  text: v.string(),
  /** Spans of `text` that are reporting (not site chrome, not metadata), in order. */
  reporting: v.array(v.tuple([v.number(), v.number()])),
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const ActorKindSchema = v.picklist(['person', 'organization', 'place', 'media']);
export type ActorKind = v.InferOutput<typeof ActorKindSchema>;

export const ActorSchema = v.object({
  id: v.string(),
  name: v.string(),
  kind: ActorKindSchema,
  aliases: v.array(v.string()),
  mentions: v.array(MentionSchema),
  /** Titles sources gave the actor ("Deputy Foreign Minister"), per source. */
  titles: v.optional(v.array(v.object({ source: v.string(), title: v.string() }))),
});
export type Actor = v.InferOutput<typeof ActorSchema>;

export const FactSchema = v.object({
  id: v.string(),
  label: v.string(),
  actors: v.array(v.string()),
  mentions: v.array(FactMentionSchema),
});
export type Fact = v.InferOutput<typeof FactSchema>;

export const DiscrepancySchema = v.object({
  id: v.string(),
  fact: v.string(),
  kind: v.picklist(['number', 'date', 'participant', 'title', 'quote']),
  summary: v.string(),
  mentions: v.array(MentionSchema),
});
export type Discrepancy = v.InferOutput<typeof DiscrepancySchema>;

export const CorpusPackSchema = v.object({
  version: v.string(),
  corpus: v.object({ id: v.string(), name: v.string(), description: v.optional(v.string()) }),
  sources: v.array(SourceSchema),
  actors: v.array(ActorSchema),
  facts: v.array(FactSchema),
  discrepancies: v.array(DiscrepancySchema),
});
export type CorpusPack = v.InferOutput<typeof CorpusPackSchema>;

/** Validates untrusted pack JSON; returns the pack or a one-line reason. */
export function parseCorpusPack(
  input: unknown,
): { ok: true; pack: CorpusPack } | { ok: false; error: string } {
  const result = v.safeParse(CorpusPackSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '(root)';
    return { ok: false, error: `invalid corpus pack at ${path}: ${issue.message}` };
  }
  const offsetError = findOffsetError(result.output);
  return offsetError ? { ok: false, error: offsetError } : { ok: true, pack: result.output };
}

/** Every mention must be an exact slice of its source's text. */
function findOffsetError(pack: CorpusPack): string | null {
  const texts = new Map(pack.sources.map((source) => [source.id, source.text]));
  const all = [
    ...pack.actors.flatMap((actor) => actor.mentions.map((mention) => ({ owner: actor.id, mention }))),
    ...pack.facts.flatMap((fact) => fact.mentions.map((mention) => ({ owner: fact.id, mention }))),
  ];
  for (const { owner, mention } of all) {
    const text = texts.get(mention.source);
    if (text === undefined) return `invalid corpus pack: ${owner} cites unknown source ${mention.source}`;
    if (text.slice(mention.start, mention.end) !== mention.text) {
      return `invalid corpus pack: ${owner} has a mention whose offsets do not match its text`;
    }
  }
  return null;
}
