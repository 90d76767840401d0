/**
 * An actor with what the actor card shows: per source (corpus order) its mentions, the names the
 * source used for it in fact passages (the framing's actorNames: "the militant Palestinian group")
 * and the titles it gave ("Deputy Foreign Minister"); and the facts that involve it.
 * Framing may name an actor in a passage of a fact that does not list it among its actors, so the
 * names come from all fact passages of the corpus, not only the actor's facts.
 */
import type { Mention } from '../core/pack-schema';
import { plainMention } from './corpus-rows';
import { corpusWithSources, inCorpusOrder } from './corpus-sources';
import type { ParallaxDatabase } from './database';
import type { ActorRow, CorpusRow, FactRow, SourceRow } from './schema';

export interface ActorSourceView {
  source: SourceRow;
  /** The actor's mentions in this source, in text order. */
  mentions: Mention[];
  /** Distinct words this source used for the actor in fact passages, in text order. */
  names: string[];
  /** Titles this source gave the actor. */
  titles: string[];
}

export interface ActorDetails {
  actor: ActorRow;
  corpus: CorpusRow;
  /** Sources that mention, name or title the actor, in corpus order. */
  bySource: ActorSourceView[];
  /** Facts listing the actor, in corpus order. */
  facts: FactRow[];
}

export async function actorWithMentions(db: ParallaxDatabase, actorId: string): Promise<ActorDetails | null> {
  return db.transaction('r', [db.actors, db.facts, db.corpora, db.sources, db.mentions], async () => {
    const actor = await db.actors.get(actorId);
    if (!actor) return null;
    const frame = await corpusWithSources(db, actor.corpusId);
    if (!frame) return null;
    const [own, corpusMentions, facts] = await Promise.all([
      db.mentions.where('[kind+ownerId]').equals(['actor', actorId]).toArray(),
      db.mentions.where('corpusId').equals(actor.corpusId).toArray(),
      db.facts.where('actors').equals(actorId).toArray(),
    ]);
    const passages = inCorpusOrder(
      frame.corpus.sourceIds,
      corpusMentions.filter((mention) => mention.kind === 'fact'),
    );
    const mentions = inCorpusOrder(frame.corpus.sourceIds, own);
    const bySource = frame.sources
      .map((source): ActorSourceView => {
        const names = passages
          .filter((passage) => passage.source === source.id)
          .flatMap((passage) => passage.framing?.actorNames ?? [])
          .filter((name) => name.actor === actorId)
          .map((name) => name.text);
        return {
          source,
          mentions: mentions.filter((mention) => mention.source === source.id).map(plainMention),
          names: [...new Set(names)],
          titles: [
            ...new Set((actor.titles ?? []).filter((t) => t.source === source.id).map((t) => t.title)),
          ],
        };
      })
      .filter((view) => view.mentions.length + view.names.length + view.titles.length > 0);
    return { actor, corpus: frame.corpus, bySource, facts: facts.sort((a, b) => a.ordinal - b.ordinal) };
  });
}
