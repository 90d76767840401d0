/**
 * The Dexie database in the extension's origin. Schema version 1 holds the meta record; the
 * corpus tables arrive with the storage work. Imported by background and UIs, never by content.
 */
import Dexie, { type Table } from 'dexie';

export interface MetaRecord {
  key: 'meta';
  packVersion: string;
  schemaVersion: number;
  seededAt: number;
}

export class ParallaxDatabase extends Dexie {
  meta!: Table<MetaRecord, string>;

  constructor(name = 'parallax') {
    super(name);
    this.version(1).stores({ meta: 'key' });
  }
}
