/**
 * CorpusPack ↔ database rows, both directions in one place so they stay exact inverses:
 * `packFromRows(corpusRows(pack))` deep-equals `pack`, with the same key order (so the JSON is
 * byte-identical) and optional fields absent rather than undefined. Order is kept by `ordinal`
 * (actors, facts, discrepancies, mentions within their owner) and by the corpus's `sourceIds`.
 * Pure; the store (corpus-store.ts) does the reading and writing.
 */
import type { Actor, CorpusPack, Discrepancy, Fact, FactMention, Mention, Source } from '../core/pack-schema';
import {
  mentionId,
  type ActorRow,
  type CorpusRow,
  type DiscrepancyRow,
  type FactRow,
  type MentionRow,
  type SourceRow,
  type SourceTextRow,
} from './schema';
import { passageWords } from './search-tokens';

export interface CorpusRows {
  corpus: CorpusRow;
  sources: SourceRow[];
  sourceTexts: SourceTextRow[];
  actors: ActorRow[];
  facts: FactRow[];
  mentions: MentionRow[];
  discrepancies: DiscrepancyRow[];
}

export function corpusRows(pack: CorpusPack, origin: CorpusRow['origin'], createdAt: number): CorpusRows {
  const corpusId = pack.corpus.id;
  const corpus: CorpusRow = {
    id: corpusId,
    name: pack.corpus.name,
    origin,
    version: pack.version,
    ...(pack.corpus.description === undefined ? {} : { description: pack.corpus.description }),
    createdAt,
    sourceIds: pack.sources.map((source) => source.id),
  };
  const mentions: MentionRow[] = [];
  const addMentions = (kind: MentionRow['kind'], ownerId: string, list: FactMention[]): void => {
    list.forEach((mention, ordinal) => {
      const row: MentionRow = {
        id: mentionId(kind, ownerId, ordinal),
        corpusId,
        kind,
        ownerId,
        ordinal,
        ...mention,
      };
      if (kind === 'fact') row.words = passageWords(mention.text);
      mentions.push(row);
    });
  };
  const actors = pack.actors.map((actor, ordinal): ActorRow => {
    addMentions('actor', actor.id, actor.mentions);
    const { mentions: _mentions, ...rest } = actor;
    return { ...rest, corpusId, ordinal };
  });
  const facts = pack.facts.map((fact, ordinal): FactRow => {
    addMentions('fact', fact.id, fact.mentions);
    return { id: fact.id, corpusId, ordinal, label: fact.label, actors: fact.actors };
  });
  return {
    corpus,
    sources: pack.sources.map(({ text: _text, reporting: _reporting, ...meta }) => ({ ...meta, corpusId })),
    sourceTexts: pack.sources.map((source) => ({
      sourceId: source.id,
      corpusId,
      text: source.text,
      reporting: source.reporting,
    })),
    actors,
    facts,
    mentions,
    discrepancies: pack.discrepancies.map((item, ordinal) => ({ ...item, corpusId, ordinal })),
  };
}

const byOrdinal = (a: { ordinal: number }, b: { ordinal: number }): number => a.ordinal - b.ordinal;

export function packFromRows(rows: CorpusRows): CorpusPack {
  const { corpus } = rows;
  const texts = new Map(rows.sourceTexts.map((row) => [row.sourceId, row]));
  const metas = new Map(rows.sources.map((row) => [row.id, row]));
  const owned = new Map<string, MentionRow[]>();
  for (const row of rows.mentions) {
    const key = `${row.kind}/${row.ownerId}`;
    owned.set(key, [...(owned.get(key) ?? []), row]);
  }
  const mentionsOf = (kind: MentionRow['kind'], ownerId: string): MentionRow[] =>
    (owned.get(`${kind}/${ownerId}`) ?? []).sort(byOrdinal);

  return {
    version: corpus.version,
    corpus: {
      id: corpus.id,
      name: corpus.name,
      ...(corpus.description === undefined ? {} : { description: corpus.description }),
    },
    sources: corpus.sourceIds.map((id) => sourceFromRows(id, metas.get(id), texts.get(id))),
    actors: [...rows.actors].sort(byOrdinal).map((row): Actor => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      aliases: row.aliases,
      mentions: mentionsOf('actor', row.id).map(plainMention),
      ...(row.titles === undefined ? {} : { titles: row.titles }),
    })),
    facts: [...rows.facts].sort(byOrdinal).map((row): Fact => ({
      id: row.id,
      label: row.label,
      actors: row.actors,
      mentions: mentionsOf('fact', row.id).map(plainFactMention),
    })),
    discrepancies: [...rows.discrepancies].sort(byOrdinal).map(plainDiscrepancy),
  };
}

function sourceFromRows(id: string, meta: SourceRow | undefined, text: SourceTextRow | undefined): Source {
  if (!meta || !text) throw new Error(`corpus is missing source ${id}`);
  return {
    id: meta.id,
    file: meta.file,
    outlet: meta.outlet,
    title: meta.title,
    url: meta.url,
    published: meta.published,
    byline: meta.byline,
    language: meta.language,
    notes: meta.notes,
    origin: meta.origin,
    text: text.text,
    reporting: text.reporting,
  };
}

export function plainMention(row: Mention): Mention {
  return { source: row.source, start: row.start, end: row.end, text: row.text };
}

export function plainFactMention(row: FactMention): FactMention {
  return row.framing === undefined ? plainMention(row) : { ...plainMention(row), framing: row.framing };
}

export function plainDiscrepancy(row: Discrepancy): Discrepancy {
  return {
    id: row.id,
    fact: row.fact,
    kind: row.kind,
    summary: row.summary,
    mentions: row.mentions.map(plainMention),
  };
}
