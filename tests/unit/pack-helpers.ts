/** Shared look-ups for tests over built packs. */
import { readFileSync } from 'node:fs';
import type { CorpusPack, Fact } from '../../src/core/pack-schema';
import { scorePack, type GoldFile, type PairwiseScore } from '../gold/pairwise-score';

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

/** Pairwise scores of a pack against tests/gold/NAME.gold.json (files named by their prefixes). */
export function scoreAgainstGold(pack: CorpusPack, name: string): PairwiseScore {
  const gold = JSON.parse(
    readFileSync(new URL(`../gold/${name}.gold.json`, import.meta.url), 'utf8'),
  ) as GoldFile;
  return scorePack(pack, gold, (prefix) => sourceIdOf(pack, prefix));
}
