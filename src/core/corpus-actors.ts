/**
 * The corpus's actors, as pack Actors: clustered across its English sources' reporting sentences
 * (all sources' when none or all are English), then found in the others by the page matcher
 * (actors-across-languages.ts).
 */
import { clusterActors } from './actor-clusters';
import type { Curation } from './curation';
import type { Actor } from './pack-schema';
import { otherLanguageSources } from './source-language';
import type { PreparedSource } from './source-prep';
import { withOtherLanguageMentions } from './actors-across-languages';

export function findCorpusActors(prepared: PreparedSource[]): Actor[] {
  const otherLanguage = otherLanguageSources(prepared.map((item) => item.source));
  const english = prepared.filter((item) => !otherLanguage.has(item.source.id));
  const clustered = clusterActors(
    english.map((item) => ({ sourceId: item.source.id, text: item.source.text, sentences: item.sentences })),
  );
  const actors = clustered.map((actor) => ({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    mentions: [...actor.mentions].sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start),
    titles: actor.titles,
  }));
  return withOtherLanguageMentions(
    actors,
    prepared.filter((item) => otherLanguage.has(item.source.id)),
  );
}

export { actorSpansBySource } from './actor-spans';

/** The overlay's actor entries: fix a canonical name or a kind (matched by id, name or alias). */
export function applyActorCuration(actors: Actor[], curation: Curation | undefined): Actor[] {
  if (!curation) return actors;
  let result = actors;
  for (const entry of curation.entries) {
    if (entry.op !== 'actor') continue;
    const target = result.find(
      (actor) =>
        actor.id === entry.actor || actor.name === entry.actor || actor.aliases.includes(entry.actor),
    );
    if (!target) throw new Error(`curation: no actor "${entry.actor}"`);
    result = result.map((actor) => (actor === target ? { ...actor, ...entry.set } : actor));
  }
  return result;
}
