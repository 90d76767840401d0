/**
 * Builds the MatcherIndex (matcher-index.ts) from one or more CorpusPacks: actors with their
 * matching forms and keys, facts with signatures and idf, sources with fingerprints, the event's
 * years and the transliteration table. Runs in the background and the CLI, never in a page.
 * Cost: O(corpus text).
 */
import { principalsOf } from './actor-principals';
import { parseIsoDay } from './iso-day';
import { textFingerprint } from './detect-fingerprint';
import { prefilterAnchors } from './detect-prefilter';
import { indexAliases } from './match-aliases';
import { buildFactIndex } from './match-fact-index';
import { buildTranslitTable } from './match-translit-table';
import { MATCHER_INDEX_FORMAT, type IndexActor, type MatcherIndex } from './matcher-index';
import type { CorpusPack } from './pack-schema';

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
    ...(into.speaksFor || more.speaksFor
      ? { speaksFor: [...new Set([...(into.speaksFor ?? []), ...(more.speaksFor ?? [])])] }
      : {}),
  };
}

export function buildMatcherIndex(input: CorpusPack[] | CorpusPack): MatcherIndex {
  const packs = Array.isArray(input) ? input : [input];
  const actors = new Map<string, IndexActor>();
  for (const pack of packs) {
    const origin = packOrigin(pack);
    const principals = principalsOf(pack.actors);
    for (const actor of pack.actors) {
      const speaksFor = principals.get(actor.id);
      const entry: IndexActor = {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        origin,
        weight: actor.mentions.length,
        ...indexAliases(actor),
        ...(speaksFor ? { speaksFor } : {}),
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
  const indexActors = [...actors.values()];
  return {
    format: MATCHER_INDEX_FORMAT,
    corpusVersion: packs.map((pack) => pack.version).join(' + '),
    corpora: packs
      .map((pack) => ({ ...pack.corpus, version: pack.version, origin: packOrigin(pack) }))
      .map(({ id, name, version, origin }) => ({ id, name, version, origin })),
    sourceCount: sources.length,
    sources,
    actors: indexActors,
    facts: factIndex.facts
      .filter((fact) => !seenFacts.has(fact.id) && seenFacts.add(fact.id))
      .map((fact) => ({ ...fact, origin: factOrigin.get(fact.id) ?? 'user' })),
    idf: { known: factIndex.idf, unknown: factIndex.unknownIdf },
    eventYears: eventYears(packs),
    translit: buildTranslitTable(),
    anchors: prefilterAnchors(indexActors),
  };
}
