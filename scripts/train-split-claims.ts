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
import { DEFAULT_ALIGNMENT, MANY_SOURCES, edgeScore } from '../src/core/align-facts';
import {
  SPLIT_CLAIM_MEASURES,
  mergeSplitClaims,
  splitClaimChance,
  splitClaimPairs,
  type SplitClaimContext,
  type SplitClaimGroup,
} from '../src/core/split-claims';
import {
  alignedGroups,
  copyGroups,
  fitLogistic,
  goldCorpusNames,
  measureLeavingOneOut,
  loadGoldCorpus,
  sameGoldFact,
  writeModel,
  type Example,
  type GoldCorpus,
} from './gold-corpora';

/** Corpora written after the model was learned, kept out of it to measure it on unseen events. */
const HELD_OUT = new Set([
  'spy-expulsion',
  'school-salmonella',
  'protest-law-vote',
  'water-summit',
  'crypto-hack',
  'short-seller',
  'opposition-jailed',
  'satellite-collision',
  'fishing-quota-dispute',
  'artifact-return',
  'exchange-outage',
]);

interface Corpus extends GoldCorpus {
  groups: SplitClaimGroup[];
  context: SplitClaimContext;
}

function loadCorpus(name: string): Corpus {
  const corpus = loadGoldCorpus(name);
  const { passages, weights, edges } = corpus;
  // The passes before this one only: the claim-join pass comes after it.
  const groups = alignedGroups(corpus, { ...DEFAULT_ALIGNMENT, splitClaimModel: null, claimJoinModel: null });
  // As alignFacts gives the pass: the first pass's scores only.
  return { ...corpus, groups, context: { passages, weights, similarity: edgeScore(edges) } };
}

function examplesOf(corpus: Corpus): Example[] {
  const { groups, passages } = corpus;
  return splitClaimPairs(groups, corpus.context).map(({ a, b, measures }) => {
    let good = 0;
    let bad = 0;
    const left = groups[a]?.members ?? [];
    const right = groups[b]?.members ?? [];
    for (const i of left) {
      for (const j of right) {
        if (left.includes(j) || right.includes(i) || passages[i]?.source === passages[j]?.source) continue;
        if (sameGoldFact(corpus, i, j)) good++;
        else bad++;
      }
    }
    return { corpus: corpus.name, measures, good, bad };
  });
}

const names = goldCorpusNames(MANY_SOURCES).filter((name) => !HELD_OUT.has(name));
const corpora = names.map(loadCorpus);
const examples = corpora.flatMap(examplesOf);
console.log(`${examples.length} pairs of facts from ${corpora.length} corpora`);
measureLeavingOneOut(corpora, examples, SPLIT_CLAIM_MEASURES, (corpus, model) =>
  mergeSplitClaims(copyGroups(corpus.groups), corpus.context, model),
);
const model = fitLogistic(examples, SPLIT_CLAIM_MEASURES);
const agree = examples.filter(
  (example) => splitClaimChance(example.measures, model) >= 0.5 === example.good > example.bad,
).length;
console.log(`learned from all: ${agree} of ${examples.length} pairs classed as the gold has them`);
console.log(
  SPLIT_CLAIM_MEASURES.map((name) => `${name} ${(model.measures[name]?.weight ?? 0).toFixed(2)}`).join(', '),
);
if (process.argv.includes('--write'))
  writeModel(
    new URL('../src/core/split-claim-model.ts', import.meta.url),
    'SPLIT_CLAIM_MODEL',
    'SplitClaimModel',
    model,
  );
