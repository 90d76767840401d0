/** Shared look-ups for tests over built packs. */
import type { CorpusPack, Fact } from '../../src/core/pack-schema';

export function sourceIdOf(pack: CorpusPack, filePrefix: string): string {
  const source = pack.sources.find((item) => item.file.startsWith(filePrefix));
  if (!source) throw new Error(`no source ${filePrefix}`);
  return source.id;
}

/** The facts holding a passage of each [filePrefix, snippet] pair. */
export function factsLinking(pack: CorpusPack, ...passages: Array<[string, string]>): Fact[] {
  return pack.facts.filter((fact) =>
    passages.every(([file, snippet]) =>
      fact.mentions.some(
        (mention) => mention.source === sourceIdOf(pack, file) && mention.text.includes(snippet),
      ),
    ),
  );
}

export function actorNamed(pack: CorpusPack, alias: string) {
  return pack.actors.find((actor) => actor.aliases.includes(alias));
}
