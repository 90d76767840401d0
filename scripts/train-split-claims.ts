/**
 * Learns the split-claim model (src/core/split-claims.ts) from the hand-made gold alignments of
 * the invented corpora of eight outlets or more, and measures it honestly: each corpus is merged
 * with a model learned from all the others (leave one corpus out), and its pairwise F1 before and
 * after is printed, with the mean. `--write` then learns from all of them and writes
 * src/core/split-claim-model.ts.
 *
 * Each pair of facts the alignment made (before this pass) is an example: one claim when merging
 * them adds more links the gold has than links it lacks. Examples weigh by the square root of the
 * links at stake, so a pair of large facts counts more than two passages. The model is a logistic
 * regression over standardised measures, fitted by gradient descent with a little L2.
 * Usage: npx tsx scripts/train-split-claims.ts [--write]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleTextFromFile } from '../src/cli/article-file';
import { listArticleFiles } from '../src/cli/seed-files';
import { DEFAULT_ALIGNMENT, alignFacts, edgeScore, scoredEdges } from '../src/core/align-facts';
import { withCorpusDate } from '../src/core/build-pack';
import { findCorpusActors } from '../src/core/corpus-actors';
import { corpusPassages, type Passage } from '../src/core/fact-builder';
import type { CorpusPack } from '../src/core/pack-schema';
import { featureWeights } from '../src/core/passage-similarity';
import { prepareSource, type PreparedSource } from '../src/core/source-prep';
import type { SplitClaimModel } from '../src/core/split-claim-model';
import {
  SPLIT_CLAIM_MEASURES,
  mergeSplitClaims,
  splitClaimChance,
  splitClaimPairs,
  type SplitClaimContext,
  type SplitClaimGroup,
} from '../src/core/split-claims';
import { scorePack, type GoldFile, type PairwiseScore } from '../tests/gold/pairwise-score';

const CORPORA_DIR = fileURLToPath(new URL('../tests/fixtures/corpora/', import.meta.url));
const GOLD_DIR = fileURLToPath(new URL('../tests/gold/', import.meta.url));
const MODEL_FILE = fileURLToPath(new URL('../src/core/split-claim-model.ts', import.meta.url));
/** As align-facts.ts MANY_SOURCES: the pass runs on such corpora only. */
const LEAST_OUTLETS = 8;
/** Corpora written after the model was learned, kept out of it to measure it on unseen events. */
const HELD_OUT = new Set([
  'spy-expulsion',
  'school-salmonella',
  'protest-law-vote',
  'water-summit',
  'crypto-hack',
  'short-seller',
  'opposition-jailed',
]);

interface Corpus {
  name: string;
  prepared: PreparedSource[];
  passages: Passage[];
  groups: SplitClaimGroup[];
  context: SplitClaimContext;
  gold: GoldFile;
  /** Gold facts each passage states. */
  goldOf: Array<Set<number>>;
}

interface Example {
  corpus: string;
  measures: number[];
  good: number;
  bad: number;
}

function loadCorpus(name: string): Corpus {
  const files = listArticleFiles(join(CORPORA_DIR, name));
  const prepared = withCorpusDate(
    files.map((path) =>
      prepareSource({ file: basename(path), text: articleTextFromFile(path, readFileSync(path)) }, 'user'),
    ),
  );
  const passages = corpusPassages(prepared, findCorpusActors(prepared));
  const weights = featureWeights(passages.map((passage) => passage.features));
  const edges = scoredEdges(passages, weights);
  const groups = alignFacts(passages, { ...DEFAULT_ALIGNMENT, splitClaimModel: null }).map((group) => ({
    members: group.members,
    sources: new Set(group.members.map((member) => passages[member]?.source ?? '')),
  }));
  const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${name}.gold.json`), 'utf8')) as GoldFile;
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
  return {
    name,
    prepared,
    passages,
    groups,
    // As alignFacts gives the pass: the first pass's scores only.
    context: { passages, weights, similarity: edgeScore(edges) },
    gold,
    goldOf,
  };
}

function examplesOf(corpus: Corpus): Example[] {
  const { groups, passages, goldOf } = corpus;
  return splitClaimPairs(groups, corpus.context).map(({ a, b, measures }) => {
    let good = 0;
    let bad = 0;
    const left = groups[a]?.members ?? [];
    const right = groups[b]?.members ?? [];
    for (const i of left) {
      for (const j of right) {
        if (left.includes(j) || right.includes(i) || passages[i]?.source === passages[j]?.source) continue;
        const stated = goldOf[j] ?? new Set<number>();
        if ([...(goldOf[i] ?? [])].some((fact) => stated.has(fact))) good++;
        else bad++;
      }
    }
    return { corpus: corpus.name, measures, good, bad };
  });
}

function train(examples: Example[]): SplitClaimModel {
  const size = SPLIT_CLAIM_MEASURES.length;
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
  for (let step = 0; step < 600; step++) {
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
    SPLIT_CLAIM_MEASURES.map((name, k) => [
      name,
      { mean: mean[k] ?? 0, scale: scale[k] ?? 1, weight: weights[k] ?? 0 },
    ]),
  );
  return { measures, bias };
}

function scoreGroups(corpus: Corpus, groups: SplitClaimGroup[]): PairwiseScore {
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

const names = readdirSync(GOLD_DIR)
  .filter((file) => file.endsWith('.gold.json') && file !== 'seeds.gold.json')
  .map((file) => file.replace('.gold.json', ''))
  .filter((name) => !HELD_OUT.has(name) && listArticleFiles(join(CORPORA_DIR, name)).length >= LEAST_OUTLETS)
  .sort();
const corpora = names.map(loadCorpus);
const examples = corpora.flatMap(examplesOf);
console.log(`${examples.length} pairs of facts from ${corpora.length} corpora`);
let before = 0;
let after = 0;
for (const corpus of corpora) {
  const model = train(examples.filter((example) => example.corpus !== corpus.name));
  const copies = corpus.groups.map((group) => ({
    members: [...group.members],
    sources: new Set(group.sources),
  }));
  const merged = mergeSplitClaims(copies, corpus.context, model);
  const was = scoreGroups(corpus, corpus.groups);
  const now = scoreGroups(corpus, merged);
  before += was.f1;
  after += now.f1;
  console.log(
    `${corpus.name.padEnd(22)} ${was.f1.toFixed(3)} (P ${was.precision.toFixed(2)}) -> ${now.f1.toFixed(3)} (P ${now.precision.toFixed(2)}), ${corpus.groups.length - merged.length} merges`,
  );
}
console.log(
  `mean F1 of the facts before this pass ${(before / corpora.length).toFixed(4)}, after (each corpus held out) ${(after / corpora.length).toFixed(4)}`,
);
const model = train(examples);
const agree = examples.filter(
  (example) => splitClaimChance(example.measures, model) >= 0.5 === example.good > example.bad,
).length;
console.log(`learned from all: ${agree} of ${examples.length} pairs classed as the gold has them`);
console.log(
  SPLIT_CLAIM_MEASURES.map((name) => `${name} ${(model.measures[name]?.weight ?? 0).toFixed(2)}`).join(', '),
);
if (process.argv.includes('--write')) {
  const round = (value: number): number => Number(value.toPrecision(6));
  const rows = Object.entries(model.measures)
    .map(
      ([name, { mean, scale, weight }]) =>
        `    ${name}: { mean: ${round(mean)}, scale: ${round(scale)}, weight: ${round(weight)} },`,
    )
    .join('\n');
  const source = readFileSync(MODEL_FILE, 'utf8').replace(
    /export const SPLIT_CLAIM_MODEL[\s\S]*$/,
    `export const SPLIT_CLAIM_MODEL: SplitClaimModel = {\n  measures: {\n${rows}\n  },\n  bias: ${round(model.bias)},\n};\n`,
  );
  writeFileSync(MODEL_FILE, source);
  console.log(`wrote ${MODEL_FILE} (run prettier on it)`);
}
