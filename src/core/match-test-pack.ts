/**
 * Builds small CorpusPacks by hand for the matcher's tests: sources by text, actor and fact
 * mentions by the words they quote (offsets found in the source text), so a test states what a
 * corpus says without counting offsets; and reads back what the matcher found. Test support only;
 * not imported by production code.
 */
import { findActorMentions } from './match-actors';
import type { MatcherIndex } from './matcher-index';
import type { ActorKind, CorpusPack } from './pack-schema';

/**
 * [actor id, exact text] of every mention the matcher finds, in text order. Throws when a mention
 * is empty or its offsets do not give back its text, so every test that reads mentions checks them.
 */
export function foundMentions(text: string, index: MatcherIndex): Array<[string, string]> {
  const { actors, mentions } = findActorMentions(text, index);
  for (const mention of mentions)
    if (mention.end <= mention.start) throw new Error(`empty mention at ${mention.start}`);
  for (const actor of actors)
    for (const mention of actor.mentions)
      if (text.slice(mention.start, mention.end) !== mention.text)
        throw new Error(`offsets ${mention.start}–${mention.end} do not give "${mention.text}"`);
  return mentions.map((mention) => [mention.actor, text.slice(mention.start, mention.end)]);
}

export interface TestSource {
  id: string;
  text: string;
  url?: string;
  published?: string;
  origin?: 'seed' | 'user';
}

export interface TestActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
  /** [source id, quoted words]: every occurrence of the words in that source is a mention. */
  mentions: Array<[string, string]>;
}

export interface TestFact {
  id: string;
  label: string;
  actors: string[];
  /** [source id, quoted sentence]. */
  mentions: Array<[string, string]>;
}

function spans(text: string, words: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length))
    found.push({ start: at, end: at + words.length });
  if (found.length === 0) throw new Error(`test pack: "${words}" is not in the source`);
  return found;
}

export function testPack(spec: {
  version?: string;
  sources: TestSource[];
  actors: TestActor[];
  facts?: TestFact[];
}): CorpusPack {
  const textOf = (id: string): string => {
    const source = spec.sources.find((item) => item.id === id);
    if (!source) throw new Error(`test pack: no source ${id}`);
    return source.text;
  };
  const mention = ([source, words]: [string, string]) =>
    spans(textOf(source), words).map(({ start, end }) => ({ source, start, end, text: words }));
  return {
    version: spec.version ?? 'test',
    corpus: { id: 'corpus:test', name: 'Test corpus' },
    sources: spec.sources.map((source) => ({
      id: source.id,
      file: `${source.id}.txt`,
      outlet: `Outlet ${source.id}`,
      title: source.text.split('\n')[0] ?? '',
      url: source.url ?? null,
      published: source.published ?? null,
      byline: null,
      language: 'en',
      notes: null,
      origin: source.origin ?? 'seed',
      text: source.text,
      reporting: [[0, source.text.length]],
    })),
    actors: spec.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases ?? [actor.name],
      mentions: actor.mentions.flatMap(mention),
    })),
    facts: (spec.facts ?? []).map((fact) => ({
      id: fact.id,
      label: fact.label,
      actors: fact.actors,
      mentions: fact.mentions.flatMap((quoted) => mention(quoted).slice(0, 1)),
    })),
    discrepancies: [],
  };
}
