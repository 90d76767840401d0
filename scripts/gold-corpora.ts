/**
 * What the scripts that learn the alignment's models (train-split-claims.ts, train-claim-joins.ts)
 * share: the invented corpora with their hand-made gold alignments, read as the pipeline reads
 * them; a pairwise score for any grouping of their passages; a logistic fit; the model file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleTextFromFile } from '../src/cli/article-file';
import { listArticleFiles } from '../src/cli/seed-files';
import { alignFacts, scoredEdges, type AlignmentOptions } from '../src/core/align-facts';
import { withCorpusDate } from '../src/core/build-pack';
import { findCorpusActors } from '../src/core/corpus-actors';
import { corpusPassages, type Passage } from '../src/core/fact-builder';
import type { LogisticModel } from '../src/core/logistic-model';
import type { CorpusPack } from '../src/core/pack-schema';
import { featureWeights, type FeatureWeights, type Similarity } from '../src/core/passage-similarity';
import { prepareSource, type PreparedSource } from '../src/core/source-prep';
import { scorePack, type GoldFile, type PairwiseScore } from '../tests/gold/pairwise-score';

export const CORPORA_DIR = fileURLToPath(new URL('../tests/fixtures/corpora/', import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL('../tests/gold/', import.meta.url));

export interface GoldCorpus {
  name: string;
  prepared: PreparedSource[];
  passages: Passage[];
  weights: FeatureWeights;
  /** The alignment's first-pass scores (align-facts.ts scoredEdges). */
  edges: Map<number, Map<number, Similarity>>;
  gold: GoldFile;
  /** Gold facts each passage states. */
  goldOf: Array<Set<number>>;
}

/** The invented corpora of at least `leastOutlets` articles, by name. */
export function goldCorpusNames(leastOutlets: number): string[] {
  return readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith('.gold.json') && file !== 'seeds.gold.json')
    .map((file) => file.replace('.gold.json', ''))
    .filter((name) => listArticleFiles(join(CORPORA_DIR, name)).length >= leastOutlets)
    .sort();
}

/** A corpus's articles (from `dir`, by default its folder) with its gold (`gold`, by default its name's). */
export function loadGoldCorpus(
  name: string,
  dir = join(CORPORA_DIR, name),
  goldFile = join(GOLD_DIR, `${name}.gold.json`),
): GoldCorpus {
  const prepared = withCorpusDate(
    listArticleFiles(dir).map((path) =>
      prepareSource({ file: basename(path), text: articleTextFromFile(path, readFileSync(path)) }, 'user'),
    ),
  );
  const passages = corpusPassages(prepared, findCorpusActors(prepared));
  const weights = featureWeights(passages.map((passage) => passage.features));
  const edges = scoredEdges(passages, weights);
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  const goldOf = passages.map(() => new Set<number>());
  gold.facts.forEach((fact, index) => {
    for (const [prefix, snippets] of Object.entries(fact.passages)) {
      const sourceIndex = prepared.findIndex((item) => item.source.file.startsWith(prefix));
      const text = prepared[sourceIndex]?.source.text ?? '';
      for (const snippet of snippets) {
        const start = text.indexOf(snippet);
        if (start < 0) continue;
        passages.forEach((passage, at) => {
          const { sentence } = passage;
          if (
            passage.sourceIndex === sourceIndex &&
            start < sentence.end &&
            start + snippet.length > sentence.start
          )
            goldOf[at]?.add(index);
        });
      }
    }
  });
  return { name, prepared, passages, weights, edges, gold, goldOf };
}

/** A fact as a learned pass takes it: its passages and their sources. */
export interface SourcedGroup {
  members: number[];
  sources: Set<string>;
}

/** The corpus's facts as alignFacts makes them with `options` (each script leaves out its pass and those after). */
export function alignedGroups(corpus: GoldCorpus, options: AlignmentOptions): SourcedGroup[] {
  const { passages } = corpus;
  return alignFacts(passages, options).map((group) => ({
    members: group.members,
    sources: new Set(group.members.map((member) => passages[member]?.source ?? '')),
  }));
}

/** Copies of facts a pass may change, so each measure starts from the same facts. */
export const copyGroups = (groups: SourcedGroup[]): SourcedGroup[] =>
  groups.map((group) => ({ members: [...group.members], sources: new Set(group.sources) }));

/** Whether two passages state one gold fact. */
export const sameGoldFact = (corpus: GoldCorpus, i: number, j: number): boolean => {
  const stated = corpus.goldOf[j] ?? new Set<number>();
  return [...(corpus.goldOf[i] ?? [])].some((fact) => stated.has(fact));
};

/** Pairwise link precision/recall of groups of a corpus's passages against its gold. */
export function scoreGroups(corpus: GoldCorpus, groups: Array<{ members: number[] }>): PairwiseScore {
  const { passages, prepared } = corpus;
  const pack = {
    sources: prepared.map((item) => item.source),
    facts: groups.map((group) => ({
      mentions: group.members.map((member) => {
        const passage = passages[member] as Passage;
        return { source: passage.source, start: passage.sentence.start, end: passage.sentence.end };
      }),
    })),
  } as unknown as CorpusPack;
  const sourceOf = (prefix: string): string =>
    prepared.find((item) => item.source.file.startsWith(prefix))?.source.id ?? prefix;
  return scorePack(pack, corpus.gold, sourceOf);
}

/** One training example: measures, and the gold links it would make (good) or break (bad). */
export interface Example {
  corpus: string;
  measures: number[];
  good: number;
  bad: number;
}

/**
 * A logistic regression over standardised measures, fitted by gradient descent with a little L2.
 * An example is positive when it makes more gold links than it breaks, and weighs by the square
 * root of the links at stake, so a large fact counts more than two passages.
 */
export function fitLogistic(examples: Example[], names: readonly string[], steps = 600): LogisticModel {
  const size = names.length;
  const mean = Array.from(
    { length: size },
    (_, k) => examples.reduce((total, example) => total + (example.measures[k] ?? 0), 0) / examples.length,
  );
  const scale = mean.map((m, k) => {
    const variance =
      examples.reduce((total, example) => total + ((example.measures[k] ?? 0) - m) ** 2, 0) / examples.length;
    return Math.sqrt(variance) || 1;
  });
  const rows = examples.map((example) =>
    example.measures.map((v, k) => (v - (mean[k] ?? 0)) / (scale[k] ?? 1)),
  );
  const labels = examples.map((example) => (example.good > example.bad ? 1 : 0));
  const weightOf = examples.map((example) => Math.sqrt(Math.max(1, example.good + example.bad)));
  const totalWeight = weightOf.reduce((total, w) => total + w, 0);
  const weights = Array<number>(size).fill(0);
  let bias = 0;
  const rate = 0.5;
  const ridge = 1e-3;
  for (let step = 0; step < steps; step++) {
    const gradient = Array<number>(size).fill(0);
    let biasGradient = 0;
    rows.forEach((row, n) => {
      const z = row.reduce((total, v, k) => total + v * (weights[k] ?? 0), bias);
      const error = (1 / (1 + Math.exp(-z)) - (labels[n] ?? 0)) * (weightOf[n] ?? 0);
      row.forEach((v, k) => (gradient[k] = (gradient[k] ?? 0) + error * v));
      biasGradient += error;
    });
    for (let k = 0; k < size; k++)
      weights[k] = (weights[k] ?? 0) - rate * ((gradient[k] ?? 0) / totalWeight + ridge * (weights[k] ?? 0));
    bias -= rate * (biasGradient / totalWeight);
  }
  const measures = Object.fromEntries(
    names.map((name, k) => [name, { mean: mean[k] ?? 0, scale: scale[k] ?? 1, weight: weights[k] ?? 0 }]),
  );
  return { measures, bias };
}

/** Writes a learned model into its model file, replacing the constant `name` there. */
export function writeModel(file: URL, name: string, type: string, model: LogisticModel): void {
  const path = fileURLToPath(file);
  const round = (value: number): number => Number(value.toPrecision(6));
  const rows = Object.entries(model.measures)
    .map(
      ([measure, { mean, scale, weight }]) =>
        `    ${measure}: { mean: ${round(mean)}, scale: ${round(scale)}, weight: ${round(weight)} },`,
    )
    .join('\n');
  const source = readFileSync(path, 'utf8').replace(
    new RegExp(`export const ${name}[\\s\\S]*$`),
    `export const ${name}: ${type} = {\n  measures: {\n${rows}\n  },\n  bias: ${round(model.bias)},\n};\n`,
  );
  writeFileSync(path, source);
  console.log(`wrote ${path} (run prettier on it)`);
}

/**
 * Measures a learned pass honestly: each corpus's groups before the pass, and after it with a
 * model learned from every other corpus's examples; prints each corpus and the means.
 */
export function measureLeavingOneOut<C extends GoldCorpus & { groups: Array<{ members: number[] }> }>(
  corpora: C[],
  examples: Example[],
  names: readonly string[],
  pass: (corpus: C, model: LogisticModel) => Array<{ members: number[] }>,
): void {
  let before = 0;
  let after = 0;
  for (const corpus of corpora) {
    const model = fitLogistic(
      examples.filter((example) => example.corpus !== corpus.name),
      names,
    );
    const passed = pass(corpus, model);
    const was = scoreGroups(corpus, corpus.groups);
    const now = scoreGroups(corpus, passed);
    before += was.f1;
    after += now.f1;
    console.log(
      `${corpus.name.padEnd(32)} ${was.f1.toFixed(3)} (P ${was.precision.toFixed(2)}, R ${was.recall.toFixed(2)}) -> ${now.f1.toFixed(3)} (P ${now.precision.toFixed(2)}, R ${now.recall.toFixed(2)}), ${corpus.groups.length} -> ${passed.length} facts`,
    );
  }
  console.log(
    `mean F1 before this pass ${(before / corpora.length).toFixed(4)}, after (each corpus held out) ${(after / corpora.length).toFixed(4)}`,
  );
}
