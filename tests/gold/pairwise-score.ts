/**
 * Pairwise link precision/recall of a pack's facts against a hand-made gold alignment.
 * A link joins two passages of different sources in one fact. Passages are compared as units:
 * a gold snippet's unit is the predicted mention that overlaps it (so two snippets of one sentence
 * are one unit, as a sentence may report two facts), or the snippet itself when none does.
 */
import type { CorpusPack } from '../../src/core/pack-schema';

export interface GoldFile {
  facts: Array<{ label: string; passages: Record<string, string[]> }>;
}

export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
  correct: number;
  missed: string[];
  wrong: string[];
}

const linkKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function scorePack(
  pack: CorpusPack,
  gold: GoldFile,
  sourceOf: (prefix: string) => string,
): PairwiseScore {
  const texts = new Map(pack.sources.map((source) => [source.id, source.text]));
  const predictedMentions = pack.facts.flatMap((fact) => fact.mentions);
  const unitOf = (source: string, start: number, end: number): string => {
    const hit = predictedMentions.find((m) => m.source === source && start < m.end && end > m.start);
    return hit ? `${source}@${hit.start}` : `${source}@g${start}`;
  };
  const goldLinks = new Set<string>();
  for (const fact of gold.facts) {
    const units: Array<{ key: string; source: string }> = [];
    for (const [prefix, snippets] of Object.entries(fact.passages)) {
      const source = sourceOf(prefix);
      const text = texts.get(source) ?? '';
      for (const snippet of snippets) {
        const start = text.indexOf(snippet);
        if (start < 0) throw new Error(`gold snippet not in ${source}: ${snippet}`);
        units.push({ key: unitOf(source, start, start + snippet.length), source });
      }
    }
    for (const a of units)
      for (const b of units) if (a.source !== b.source) goldLinks.add(linkKey(a.key, b.key));
  }
  const predictedLinks = new Set<string>();
  for (const fact of pack.facts) {
    for (const a of fact.mentions) {
      for (const b of fact.mentions) {
        if (a.source !== b.source)
          predictedLinks.add(linkKey(`${a.source}@${a.start}`, `${b.source}@${b.start}`));
      }
    }
  }
  const correct = [...predictedLinks].filter((link) => goldLinks.has(link));
  const precision = predictedLinks.size ? correct.length / predictedLinks.size : 0;
  const recall = goldLinks.size ? correct.length / goldLinks.size : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    predicted: predictedLinks.size,
    gold: goldLinks.size,
    correct: correct.length,
    missed: [...goldLinks].filter((link) => !predictedLinks.has(link)),
    wrong: [...predictedLinks].filter((link) => !goldLinks.has(link)),
  };
}
