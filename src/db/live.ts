/**
 * Live reads for the side panel and options page: Dexie's liveQuery re-runs a query whenever a
 * write (in this context, or another context of the extension's origin) touches what it read,
 * so a note added in the side panel shows in the options page and vice versa. Each helper calls
 * `onValue` with the first result and every change, and returns the unsubscribe function.
 */
import { liveQuery } from 'dexie';
import type { ParallaxDatabase } from './database';
import { listCorpora } from './corpora';
import { actorWithMentions, factWithMentions, sourceWithFacts } from './queries';
import type { ActorDetails } from './actor-details';
import type { FactDetails } from './fact-details';
import type { CorpusRow, NoteRow } from './schema';
import type { SourceDetails } from './source-details';
import { dismissedFacts, notesFor, type NoteTarget } from './user-data';

export type Unsubscribe = () => void;
export type OnError = (error: unknown) => void;

/** Runs `query` live; `onValue` gets each result. */
export function watch<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError?: OnError,
): Unsubscribe {
  const subscription = liveQuery(query).subscribe({
    next: onValue,
    error: onError ?? ((error: unknown) => console.error('parallax: live query failed', error)),
  });
  return () => subscription.unsubscribe();
}

export function watchFact(
  db: ParallaxDatabase,
  factId: string,
  onValue: (fact: FactDetails | null) => void,
  onError?: OnError,
): Unsubscribe {
  return watch(() => factWithMentions(db, factId), onValue, onError);
}

export function watchActor(
  db: ParallaxDatabase,
  actorId: string,
  onValue: (actor: ActorDetails | null) => void,
  onError?: OnError,
): Unsubscribe {
  return watch(() => actorWithMentions(db, actorId), onValue, onError);
}

export function watchSource(
  db: ParallaxDatabase,
  sourceId: string,
  onValue: (source: SourceDetails | null) => void,
  onError?: OnError,
): Unsubscribe {
  return watch(() => sourceWithFacts(db, sourceId), onValue, onError);
}

export function watchCorpora(
  db: ParallaxDatabase,
  onValue: (corpora: CorpusRow[]) => void,
  onError?: OnError,
): Unsubscribe {
  return watch(() => listCorpora(db), onValue, onError);
}

export function watchNotes(
  db: ParallaxDatabase,
  target: NoteTarget,
  onValue: (notes: NoteRow[]) => void,
  onError?: OnError,
): Unsubscribe {
  return watch(() => notesFor(db, target), onValue, onError);
}

export function watchDismissals(
  db: ParallaxDatabase,
  pageKey: string,
  onValue: (factIds: Set<string>) => void,
  onError?: OnError,
): Unsubscribe {
  return watch(() => dismissedFacts(db, pageKey), onValue, onError);
}
