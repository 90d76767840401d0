/**
 * Ids of user corpora. The corpus engine names rows after their content (`fact:hamas-…`,
 * `source:article-1`), so two corpora built from similar articles would reuse ids. Before a user
 * corpus is stored, every id in it (sources, actors, facts, discrepancies) and every reference to
 * one (mention sources, fact actors, framing actors, titles, discrepancy facts) gets the corpus id
 * as a prefix: `corpus:my-notes/fact:hamas-…`. Idempotent: an id that already carries the prefix
 * is kept, so an exported user corpus re-imports unchanged.
 */
import type { CorpusPack, FactMention, Mention } from '../core/pack-schema';
import { slugOf } from '../core/name-keys';

/** The corpus id a new user corpus named `name` gets (before de-duplication). */
export function userCorpusId(name: string): string {
  return `corpus:${slugOf(name) || 'corpus'}`;
}

export function isNamespaced(id: string, corpusId: string): boolean {
  return id.startsWith(`${corpusId}/`);
}

/** Rewrites every id of `pack` into `pack.corpus.id`'s namespace. */
export function namespacePack(pack: CorpusPack): CorpusPack {
  const prefix = `${pack.corpus.id}/`;
  const ns = (id: string): string => (id.startsWith(prefix) ? id : prefix + id);
  const mention = <T extends Mention>(item: T): T => ({ ...item, source: ns(item.source) });
  const factMention = (item: FactMention): FactMention => {
    const moved = mention(item);
    if (!item.framing) return moved;
    return {
      ...moved,
      framing: {
        ...item.framing,
        actorNames: item.framing.actorNames.map((name) => ({ ...name, actor: ns(name.actor) })),
        attributions: item.framing.attributions.map((attribution) => ({
          ...attribution,
          actor: attribution.actor === null ? null : ns(attribution.actor),
        })),
      },
    };
  };
  return {
    ...pack,
    sources: pack.sources.map((source) => ({ ...source, id: ns(source.id) })),
    actors: pack.actors.map((actor) => {
      const moved = { ...actor, id: ns(actor.id), mentions: actor.mentions.map(mention) };
      if (!actor.titles) return moved;
      return { ...moved, titles: actor.titles.map((title) => ({ ...title, source: ns(title.source) })) };
    }),
    facts: pack.facts.map((fact) => ({
      ...fact,
      id: ns(fact.id),
      actors: fact.actors.map(ns),
      mentions: fact.mentions.map(factMention),
    })),
    discrepancies: pack.discrepancies.map((item) => ({
      ...item,
      id: ns(item.id),
      fact: ns(item.fact),
      mentions: item.mentions.map(mention),
    })),
  };
}

/** The first id of `pack` outside its corpus namespace, or null when all are inside. */
export function findForeignId(pack: CorpusPack): string | null {
  const ids = [pack.sources, pack.actors, pack.facts, pack.discrepancies].flatMap((rows) =>
    rows.map((row) => row.id),
  );
  return ids.find((id) => !isNamespaced(id, pack.corpus.id)) ?? null;
}
