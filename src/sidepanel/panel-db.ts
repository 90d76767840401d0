/** The side panel's one database connection (the panel reads Dexie directly, per DESIGN.md). */
import { ParallaxDatabase } from '../db/database';

let database: ParallaxDatabase | null = null;

export function panelDb(): ParallaxDatabase {
  database ??= new ParallaxDatabase();
  return database;
}
