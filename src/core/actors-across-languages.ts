/**
 * The corpus's actors in its sources in other languages: names found by capital letters there are
 * German nouns ("Besuch", "Terrorismus") and declined forms no cluster takes ("Марзуком"), so those
 * sources name only the actors found in the English ones, as a page in that language would
 * (match-actors.ts: transliteration, other spellings, declension). Their forms join the actors'.
 * Cost: one matcher pass per source in another language.
 */
import { findActorMentions } from './match-actors';
import { buildMatcherIndex } from './matcher-index-build';
import type { Actor, CorpusPack } from './pack-schema';
import type { PreparedSource } from './source-prep';

export function withOtherLanguageMentions(actors: Actor[], others: PreparedSource[]): Actor[] {
  if (others.length === 0 || actors.length === 0) return actors;
  const pack: CorpusPack = {
    version: '',
    corpus: { id: '', name: '' },
    sources: [],
    actors,
    facts: [],
    discrepancies: [],
  };
  const index = buildMatcherIndex(pack);
  const found = new Map<string, Actor['mentions']>();
  for (const item of others) {
    const { text, id } = item.source;
    const inSentence = (start: number, end: number): boolean =>
      item.sentences.some((sentence) => start >= sentence.start && end <= sentence.end);
    for (const mention of findActorMentions(text, index).mentions) {
      if (!inSentence(mention.start, mention.end)) continue;
      const list = found.get(mention.actor) ?? [];
      list.push({
        source: id,
        start: mention.start,
        end: mention.end,
        text: text.slice(mention.start, mention.end),
      });
      found.set(mention.actor, list);
    }
  }
  return actors.map((actor) => {
    const more = found.get(actor.id);
    if (!more) return actor;
    return {
      ...actor,
      aliases: [...new Set([...actor.aliases, ...more.map((mention) => mention.text)])],
      mentions: [...actor.mentions, ...more].sort(
        (a, b) => a.source.localeCompare(b.source) || a.start - b.start,
      ),
    };
  });
}
