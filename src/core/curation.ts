/**
 * The curated overlay (seeds/curation.json): a few hand-made corrections to the automatic
 * alignment of a corpus, each with its reason. Passages are named by file prefix and a snippet
 * of their text, so entries survive changes to the automatic pipeline.
 * - fact: these passages are one fact with this label (merges and splits in one step: every
 *   automatic fact that shares a passage with it gives those passages up);
 * - relabel: the fact holding this passage gets this label;
 * - drop: the automatic fact holding this passage is dissolved into single-source facts;
 * - actor: set an actor's canonical name or kind.
 */
import * as v from 'valibot';

const PassageRefSchema = v.object({
  /** The start of the source's file name ("003" or "003_1ee9bacb9119acfc.txt"). */
  file: v.pipe(v.string(), v.minLength(1)),
  /** A snippet of the passage's text, unique in that source. */
  contains: v.pipe(v.string(), v.minLength(3)),
});
export type PassageRef = v.InferOutput<typeof PassageRefSchema>;

const Reason = v.pipe(v.string(), v.minLength(10));

export const CurationEntrySchema = v.variant('op', [
  v.object({ op: v.literal('fact'), label: v.string(), passages: v.array(PassageRefSchema), reason: Reason }),
  v.object({ op: v.literal('relabel'), passage: PassageRefSchema, label: v.string(), reason: Reason }),
  v.object({ op: v.literal('drop'), passage: PassageRefSchema, reason: Reason }),
  v.object({
    op: v.literal('actor'),
    actor: v.string(),
    set: v.object({
      name: v.optional(v.string()),
      kind: v.optional(v.picklist(['person', 'organization', 'place', 'media'])),
    }),
    reason: Reason,
  }),
]);
export type CurationEntry = v.InferOutput<typeof CurationEntrySchema>;

export const CurationSchema = v.object({
  about: v.optional(v.string()),
  entries: v.array(CurationEntrySchema),
});
export type Curation = v.InferOutput<typeof CurationSchema>;

export function parseCuration(input: unknown): Curation {
  const result = v.safeParse(CurationSchema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '(root)';
  throw new Error(`invalid curation at ${path}: ${issue.message}`);
}
