/** The options page's one database connection. */
import { ParallaxDatabase } from '../db';

let database: ParallaxDatabase | null = null;

export function optionsDb(): ParallaxDatabase {
  database ??= new ParallaxDatabase();
  return database;
}
