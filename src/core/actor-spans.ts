/**
 * Actor mention spans per source, for passage features (alignment and page matching alike).
 * Media are whom a claim is attributed to, so their spans are attribution only. A module of its
 * own so the content script can use it without the actor extraction (and its transliteration).
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
        attributionOnly: actor.kind === 'media',
      });
      bySource.set(mention.source, list);
    }
  }
  return bySource;
}
