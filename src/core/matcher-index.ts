/**
 * MatcherIndex: the compact, versioned digest of the corpus that content scripts match pages
 * against (they never open the database). Built from a CorpusPack; published to storage.local.
 * For now it carries the sources' headlines; actor aliases and fact signatures join it with
 * the page detection work.
 */
import * as v from 'valibot';
import type { CorpusPack } from './pack-schema';

export const MATCHER_INDEX_FORMAT = 1;

export const MatcherIndexSchema = v.object({
  format: v.literal(MATCHER_INDEX_FORMAT),
  corpusVersion: v.string(),
  sourceCount: v.number(),
  sources: v.array(
    v.object({ id: v.string(), outlet: v.string(), title: v.string(), url: v.nullable(v.string()) }),
  ),
});
export type MatcherIndex = v.InferOutput<typeof MatcherIndexSchema>;

export function buildMatcherIndex(pack: CorpusPack): MatcherIndex {
  return {
    format: MATCHER_INDEX_FORMAT,
    corpusVersion: pack.version,
    sourceCount: pack.sources.length,
    sources: pack.sources.map((source) => ({
      id: source.id,
      outlet: source.outlet,
      title: source.title,
      url: source.url,
    })),
  };
}

export function parseMatcherIndex(input: unknown): MatcherIndex | null {
  const result = v.safeParse(MatcherIndexSchema, input);
  return result.success ? result.output : null;
}
