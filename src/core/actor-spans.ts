/**
 * Actor mention spans per source, for passage features (alignment and page matching alike).
 * A medium named as the source of a claim ("TASS reported that", "according to Reuters") is
 * framing; passage-features.ts finds those attribution phrases. Named in the claim itself ("the
 * daily Dagbladet Nord revealed the deal") it is content like any actor. A module of its own so
 * the content script can use it without the actor extraction (and its transliteration).
 */
import type { Actor } from './pack-schema';
import type { ActorSpan } from './passage-features';

export function actorSpansBySource(actors: Actor[]): Map<string, ActorSpan[]> {
  const bySource = new Map<string, ActorSpan[]>();
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      const list = bySource.get(mention.source) ?? [];
      list.push({
        actor: actor.id,
        start: mention.start,
        end: mention.end,
      });
      bySource.set(mention.source, list);
    }
  }
  return bySource;
}
