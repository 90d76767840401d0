/**
 * The database schema: row types, the store (index) definitions of every schema version, and the
 * upgrade functions between versions. Kept apart from the Dexie class so a test can open a
 * database at an old version with a plain Dexie instance and upgrade it (schema-upgrades.test.ts).
 *
 * Ids. Rows keep the pack's stable string ids (`source:…`, `actor:…`, `fact:…`) as primary keys,
 * and every id is unique across ALL corpora: the shipped corpus keeps its ids as they are, and a
 * user corpus's ids are prefixed with the corpus id (`corpus:my-notes/fact:…`, see user-ids.ts)
 * before it is stored. So a fact id found on a page, a note's target or a dismissal names one row
 * without a corpus id beside it. Mentions have no id in the pack: theirs is derived from the owner
 * and the position in the owner's list (`fact/fact:x#3`), which also keeps their order.
 *
 * Adding a version: add `STORES_Vn` (the full store set), `upgradeToVn`, declare it in
 * database.ts, bump SCHEMA_VERSION, and add `describe('schema upgrade n-1 → n')` with a frozen
 * fixture of version n-1 data to schema-upgrades.test.ts.
 */
import type { Transaction } from 'dexie';
import type { ActorKind, Discrepancy, FactMention, Source } from '../core/pack-schema';

export const SCHEMA_VERSION = 2;

/** A corpus: the shipped one (origin 'seed') or one the user imported (origin 'user'). */
export interface CorpusRow {
  id: string;
  name: string;
  origin: 'seed' | 'user';
  version: string;
  description?: string;
  createdAt: number;
  /** The corpus's sources in corpus order. */
  sourceIds: string[];
}

/** A source's metadata; its text lives in sourceTexts so listing sources stays cheap. */
export type SourceRow = Omit<Source, 'text' | 'reporting'> & { corpusId: string };

export interface SourceTextRow {
  sourceId: string;
  corpusId: string;
  text: string;
  reporting: Array<[number, number]>;
}

export interface ActorRow {
  id: string;
  corpusId: string;
  /** Position in the pack's actor list. */
  ordinal: number;
  name: string;
  kind: ActorKind;
  aliases: string[];
  titles?: Array<{ source: string; title: string }>;
}

export interface FactRow {
  id: string;
  corpusId: string;
  ordinal: number;
  label: string;
  actors: string[];
}

/** One actor or fact mention: a span of a source text. */
export interface MentionRow extends FactMention {
  id: string;
  corpusId: string;
  kind: 'actor' | 'fact';
  ownerId: string;
  /** Position in the owner's mention list. */
  ordinal: number;
  /** Fact mentions only: the folded word tokens of the passage, for searchPassages. */
  words?: string[];
}

export interface DiscrepancyRow extends Discrepancy {
  corpusId: string;
  ordinal: number;
}

export type NoteTargetKind = 'fact' | 'actor' | 'source' | 'corpus';

/** A user note on a fact, actor, source or corpus. */
export interface NoteRow {
  id: string;
  target: { kind: NoteTargetKind; id: string };
  text: string;
  createdAt: number;
  updatedAt: number;
  /** Since version 2: when the note was last shown (version-1 notes get their updatedAt). */
  lastOpenedAt: number;
}

/** "Not the same fact": the user's verdict that a fact found on a page is not on that page. */
export interface DismissalRow {
  /** dismissalId(pageKey, factId). */
  id: string;
  pageKey: string;
  factId: string;
  createdAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface MetaRecord {
  key: 'meta';
  /** Version of the shipped pack installed. */
  packVersion: string;
  /** Schema version that last wrote or upgraded the data. */
  schemaVersion: number;
  seededAt: number;
}

/** The tables that hold corpus rows (all keyed so `corpusId` finds every row of a corpus). */
export const CORPUS_TABLES = [
  'corpora',
  'sources',
  'sourceTexts',
  'actors',
  'facts',
  'mentions',
  'discrepancies',
] as const;

/** Version 1. Frozen: never edit, add a version instead. */
export const STORES_V1 = {
  corpora: 'id, origin',
  sources: 'id, corpusId',
  sourceTexts: 'sourceId, corpusId',
  actors: 'id, corpusId, *aliases',
  facts: 'id, corpusId, *actors',
  mentions: 'id, corpusId, ownerId, source, [kind+ownerId], *words',
  discrepancies: 'id, corpusId, fact',
  notes: 'id, [target.kind+target.id], updatedAt',
  dismissals: 'id, pageKey, factId',
  settings: 'key',
  meta: 'key',
} as const;

/** Version 2: notes get `lastOpenedAt` (indexed, for "recently opened notes"). */
export const STORES_V2 = {
  ...STORES_V1,
  notes: 'id, [target.kind+target.id], updatedAt, lastOpenedAt',
} as const;

/** 1 → 2: every note gets lastOpenedAt = updatedAt; the meta record notes the new version. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<Partial<NoteRow>>('notes')
    .toCollection()
    .modify((note) => {
      note.lastOpenedAt ??= note.updatedAt ?? note.createdAt ?? 0;
    });
  await tx.table<MetaRecord>('meta').update('meta', { schemaVersion: 2 });
}

export function dismissalId(pageKey: string, factId: string): string {
  return `${pageKey}#${factId}`;
}

export function mentionId(kind: MentionRow['kind'], ownerId: string, ordinal: number): string {
  return `${kind}/${ownerId}#${ordinal}`;
}
