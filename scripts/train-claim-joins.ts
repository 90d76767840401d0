/**
 * Learns the claim-join model (src/core/claim-joins.ts) from the hand-made gold alignments of the
 * invented corpora of eight outlets or more, and measures it honestly: each corpus is joined with
 * a model learned from all the others (leave one corpus out), and its pairwise F1 before and after
 * is printed, with the mean. `--write` then learns from all of them and writes
 * src/core/claim-join-model.ts. `--blind NAME` (repeatable) also scores a corpus kept out of
 * the model with the model learned from all of them: a held-out one of tests/fixtures/corpora
 * (`--blind satellite-collision`), or one not installed yet, `--blind NAME=DIR` with its gold at
 * DIR/NAME.gold.json (how the two held-out corpora were first read).
 *
 * Each (fact, passage) pair the pass weighs is an example: a passage tells the fact's claim when
 * joining it adds more links the gold has than links it lacks.
 * Usage: npx tsx scripts/train-claim-joins.ts [--write] [--blind NAME[=DIR]]
 */
import { join } from 'node:path';
import { DEFAULT_ALIGNMENT, MANY_SOURCES, edgeScore } from '../src/core/align-facts';
import {
  CLAIM_JOIN_MEASURES,
  claimJoinCandidates,
  joinClaims,
  type ClaimJoinContext,
  type ClaimJoinGroup,
} from '../src/core/claim-joins';
import {
  alignedGroups,
  copyGroups,
  fitLogistic,
  goldCorpusNames,
  measureLeavingOneOut,
  loadGoldCorpus,
  sameGoldFact,
  scoreGroups,
  writeModel,
  type Example,
  type GoldCorpus,
} from './gold-corpora';

/** Corpora written after the model was learned, kept out of it to measure it on unseen events. */
const HELD_OUT = new Set([
  'satellite-collision',
  'fishing-quota-dispute',
  'artifact-return',
  'exchange-outage',
]);

interface Corpus extends GoldCorpus {
  groups: ClaimJoinGroup[];
  context: ClaimJoinContext;
}

function withGroups(corpus: GoldCorpus): Corpus {
  const { passages, weights, edges } = corpus;
  const groups = alignedGroups(corpus, { ...DEFAULT_ALIGNMENT, claimJoinModel: null });
  const context = {
    passages,
    weights,
    similarity: edgeScore(edges),
    linked: (i: number) => edges.get(i)?.keys() ?? [],
  };
  return { ...corpus, groups, context };
}

function examplesOf(corpus: Corpus): Example[] {
  const { groups, passages } = corpus;
  return claimJoinCandidates(groups, corpus.context).map(({ group, passage, measures }) => {
    let good = 0;
    let bad = 0;
    for (const member of groups[group]?.members ?? []) {
      if (passages[member]?.source === passages[passage]?.source) continue;
      if (sameGoldFact(corpus, passage, member)) good++;
      else bad++;
    }
    return { corpus: corpus.name, measures, good, bad };
  });
}

const corpora = goldCorpusNames(MANY_SOURCES)
  .filter((name) => !HELD_OUT.has(name))
  .map((name) => withGroups(loadGoldCorpus(name)));
const examples = corpora.flatMap(examplesOf);
console.log(
  `${examples.length} (fact, passage) pairs from ${corpora.length} corpora, ${examples.filter((e) => e.good > e.bad).length} telling the fact's claim`,
);
measureLeavingOneOut(corpora, examples, CLAIM_JOIN_MEASURES, (corpus, model) =>
  joinClaims(copyGroups(corpus.groups), corpus.context, model),
);
const model = fitLogistic(examples, CLAIM_JOIN_MEASURES);
console.log(
  CLAIM_JOIN_MEASURES.map((name) => `${name} ${(model.measures[name]?.weight ?? 0).toFixed(2)}`).join(', '),
);
process.argv.forEach((arg, at) => {
  if (arg !== '--blind') return;
  const [name = '', dir] = (process.argv[at + 1] ?? '').split('=');
  const corpus = withGroups(
    dir ? loadGoldCorpus(name, dir, join(dir, `${name}.gold.json`)) : loadGoldCorpus(name),
  );
  const was = scoreGroups(corpus, corpus.groups);
  const now = scoreGroups(corpus, joinClaims(copyGroups(corpus.groups), corpus.context, model));
  console.log(
    `blind ${name}: ${was.f1.toFixed(3)} (P ${was.precision.toFixed(2)}, R ${was.recall.toFixed(2)}) -> ${now.f1.toFixed(3)} (P ${now.precision.toFixed(2)}, R ${now.recall.toFixed(2)})`,
  );
});
if (process.argv.includes('--write'))
  writeModel(
    new URL('../src/core/claim-join-model.ts', import.meta.url),
    'CLAIM_JOIN_MODEL',
    'ClaimJoinModel',
    model,
  );
