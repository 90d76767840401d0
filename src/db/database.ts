/**
 * The Dexie database in the extension's origin: the shipped corpus, user corpora and the user's
 * own rows (notes, dismissals, settings). Row types, store definitions and upgrades live in
 * schema.ts. Imported by background and UIs, never by content scripts.
 */
import Dexie, { type Table } from 'dexie';
import {
  STORES_V1,
  STORES_V2,
  upgradeToV2,
  type ActorRow,
  type CorpusRow,
  type DiscrepancyRow,
  type DismissalRow,
  type FactRow,
  type MentionRow,
  type MetaRecord,
  type NoteRow,
  type SettingRow,
  type SourceRow,
  type SourceTextRow,
} from './schema';

export type { MetaRecord } from './schema';

export const DATABASE_NAME = 'parallax';

export class ParallaxDatabase extends Dexie {
  declare corpora: Table<CorpusRow, string>;
  declare sources: Table<SourceRow, string>;
  declare sourceTexts: Table<SourceTextRow, string>;
  declare actors: Table<ActorRow, string>;
  declare facts: Table<FactRow, string>;
  declare mentions: Table<MentionRow, string>;
  declare discrepancies: Table<DiscrepancyRow, string>;
  declare notes: Table<NoteRow, string>;
  declare dismissals: Table<DismissalRow, string>;
  declare settings: Table<SettingRow, string>;
  declare meta: Table<MetaRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  }
}
