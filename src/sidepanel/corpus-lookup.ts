/**
 * Look-ups over the corpora the panel shows (the shipped pack and user corpora, as stored):
 * facts, actors, sources and discrepancies by id, and each fact's corpus sources in order.
 */
import type { Actor, CorpusPack, Discrepancy, Fact, Source } from '../core/pack-schema';

export interface CorpusLookup {
  packs: CorpusPack[];
  fact: (id: string) => Fact | undefined;
  actor: (id: string) => Actor | undefined;
  source: (id: string) => Source | undefined;
  discrepanciesOf: (factId: string) => Discrepancy[];
  /** All sources of the corpus a fact or actor belongs to, in corpus order. */
  corpusSourcesOf: (itemId: string) => Source[];
  /** The corpus pack holding a fact, actor or source. */
  packOf: (itemId: string) => CorpusPack | undefined;
}

export function buildLookup(packs: CorpusPack[]): CorpusLookup {
  const facts = new Map<string, Fact>();
  const actors = new Map<string, Actor>();
  const sources = new Map<string, Source>();
  const owner = new Map<string, CorpusPack>();
  const discrepancies = new Map<string, Discrepancy[]>();
  for (const pack of packs) {
    for (const fact of pack.facts) {
      facts.set(fact.id, fact);
      owner.set(fact.id, pack);
    }
    for (const actor of pack.actors) {
      actors.set(actor.id, actor);
      owner.set(actor.id, pack);
    }
    for (const source of pack.sources) {
      sources.set(source.id, source);
      owner.set(source.id, pack);
    }
    for (const item of pack.discrepancies)
      discrepancies.set(item.fact, [...(discrepancies.get(item.fact) ?? []), item]);
  }
  return {
    packs,
    fact: (id) => facts.get(id),
    actor: (id) => actors.get(id),
    source: (id) => sources.get(id),
    discrepanciesOf: (factId) => discrepancies.get(factId) ?? [],
    corpusSourcesOf: (itemId) => owner.get(itemId)?.sources ?? [],
    packOf: (itemId) => owner.get(itemId),
  };
}
