/**
 * Checks a CorpusPack holds together before it is stored: what `parseCorpusPack` does not check
 * and the database relies on. Ids unique within their kind (rows are keyed by them, a duplicate
 * would silently overwrite one), every reference resolving (fact actors, framing actors, titles,
 * discrepancy facts and sources), discrepancy mentions exact slices of their source text.
 * Cost: O(size of the pack).
 */
import type { CorpusPack, Mention } from '../core/pack-schema';

/** The first integrity problem of `pack` as a one-line reason, or null. */
export function findIntegrityError(pack: CorpusPack): string | null {
  for (const [kind, rows] of [
    ['source', pack.sources],
    ['actor', pack.actors],
    ['fact', pack.facts],
    ['discrepancy', pack.discrepancies],
  ] as const) {
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) return `duplicate ${kind} id ${row.id}`;
      seen.add(row.id);
    }
  }
  const texts = new Map(pack.sources.map((source) => [source.id, source.text]));
  const actors = new Set(pack.actors.map((actor) => actor.id));
  const facts = new Set(pack.facts.map((fact) => fact.id));
  const missingActor = (owner: string, id: string | null): string | null =>
    id !== null && !actors.has(id) ? `${owner} refers to unknown actor ${id}` : null;

  for (const source of pack.sources) {
    const bad = source.reporting.find(([start, end]) => start < 0 || end < start || end > source.text.length);
    if (bad) return `${source.id} has a reporting span outside its text`;
  }
  for (const actor of pack.actors) {
    const title = actor.titles?.find((item) => !texts.has(item.source));
    if (title) return `${actor.id} has a title from unknown source ${title.source}`;
  }
  for (const fact of pack.facts) {
    for (const id of fact.actors) {
      const error = missingActor(fact.id, id);
      if (error) return error;
    }
    for (const mention of fact.mentions) {
      const framing = mention.framing;
      const refs = [
        ...(framing?.actorNames.map((name) => name.actor) ?? []),
        ...(framing?.attributions.map((item) => item.actor) ?? []),
      ];
      for (const id of refs) {
        const error = missingActor(fact.id, id);
        if (error) return error;
      }
    }
  }
  for (const item of pack.discrepancies) {
    if (!facts.has(item.fact)) return `${item.id} refers to unknown fact ${item.fact}`;
    const error = item.mentions.map((mention) => sliceError(item.id, mention, texts)).find(Boolean);
    if (error) return error;
  }
  return null;
}

function sliceError(owner: string, mention: Mention, texts: Map<string, string>): string | null {
  const text = texts.get(mention.source);
  if (text === undefined) return `${owner} cites unknown source ${mention.source}`;
  if (text.slice(mention.start, mention.end) !== mention.text) {
    return `${owner} has a mention whose offsets do not match its text`;
  }
  return null;
}
