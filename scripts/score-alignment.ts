/**
 * Prints pairwise link precision/recall/F1 of the automatic pipeline and of the shipped pack
 * against the hand-made gold alignment of the seeds (tests/gold/seeds.gold.json), and of the
 * automatic pipeline on the invented harbour-strike, minister-resigns, court-ruling, plant-fire and rate-hike corpora
 * (tests/gold/*.gold.json).
 * data-breach (eight outlets) was written blind in stop 15.
 * Usage: npx tsx scripts/score-alignment.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPackFromDir } from '../src/cli/corpus-command';
import { SEEDS_DIR } from '../src/cli/seed-files';
import { buildShippedPack } from '../src/cli/shipped-pack';
import type { CorpusPack } from '../src/core/pack-schema';
import { scorePack, type GoldFile } from '../tests/gold/pairwise-score';

const readGold = (name: string): GoldFile =>
  JSON.parse(readFileSync(new URL(`../tests/gold/${name}.gold.json`, import.meta.url), 'utf8')) as GoldFile;
const verbose = process.argv.includes('--verbose');

function report(name: string, pack: CorpusPack, gold: GoldFile): void {
  const sourceOf = (prefix: string): string =>
    pack.sources.find((source) => source.file.startsWith(prefix))?.id ?? prefix;
  const score = scorePack(pack, gold, sourceOf);
  console.log(
    `${name}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, F1 ${score.f1.toFixed(3)} (${score.correct}/${score.predicted} predicted links correct, ${score.gold} gold links)`,
  );
  if (verbose) {
    const text = (key: string): string => {
      const [id, at = ''] = key.split('@');
      const source = pack.sources.find((s) => s.id === id);
      const offset = Number(at.replace('g', ''));
      return `${source?.file.slice(0, 3)}: ${source?.text.slice(offset, offset + 70).replace(/\n/g, ' ')}`;
    };
    for (const link of score.wrong) console.log(`  WRONG  ${link.split('|').map(text).join('  <->  ')}`);
    for (const link of score.missed) console.log(`  MISSED ${link.split('|').map(text).join('  <->  ')}`);
  }
}

report('automatic (--from seeds)', buildPackFromDir(SEEDS_DIR), readGold('seeds'));
report('shipped pack', buildShippedPack(), readGold('seeds'));
/**
 * The invented corpora, each with its gold of the same name. rate-hike (ten outlets) was never
 * used for tuning; court-ruling was held out until stop 11.
 */
const INVENTED: Array<[string, string]> = [
  ['harbour-strike', 'automatic'],
  ['minister-resigns', 'automatic'],
  ['court-ruling', 'automatic (held out until stop 11)'],
  ['plant-fire', 'automatic'],
  ['rate-hike', 'automatic (held out until stop 16)'],
  ['data-breach', 'automatic (measured blind at 0.527, then tuned on)'],
  ['ferry-capsize', 'automatic (measured blind at 0.526 in stop 16)'],
  ['merger-blocked', 'automatic (measured blind at 0.540 at the end of stop 16)'],
  ['delegation-visit', 'automatic (measured blind at 0.658 in stop 17; held out)'],
  [
    'airport-outage',
    'automatic (measured blind at 0.489 at the end of stop 17, 0.52 once a share row, a paywall and a list of sources were no longer read as reporting; held out)',
  ],
  [
    'drug-trial',
    'automatic (measured blind at 0.583 at the end of stop 17, 0.68 once a newsletter box no longer ended its explainer; held out)',
  ],
  [
    'earthquake',
    'automatic (measured blind at 0.478 in stop 17, 0.63 once two cut articles were read; held out)',
  ],
  [
    'prisoner-exchange',
    'automatic (measured blind at 0.489 in stop 18, 0.57 once a paywall box between rules of dashes no longer ended an article; held out)',
  ],
  [
    'protest-crackdown',
    'automatic (measured blind at 0.412 in stop 18, 0.58 once a live blog, a translation and a tabloid were read whole; held out)',
  ],
  [
    'ceasefire-deal',
    'automatic (measured blind at 0.565 at the end of stop 18, 0.58 once a correction note and video lists were read as chrome; held out)',
  ],
  [
    'government-falls',
    'automatic (measured blind at 0.371 at the end of stop 18, 0.49 once three of its articles were read whole; held out)',
  ],
  [
    'wildfire-evacuation',
    'automatic (measured blind at 0.589 at the end of stop 18, 0.62 once a paywall box no longer ended its broadsheet; held out)',
  ],
  [
    'mayor-arrested',
    'automatic (measured blind at 0.542 at the end of stop 18, 0.60 once its live blog and a regional headline were read; held out)',
  ],
  ['aid-workers-freed', 'automatic (measured blind at 0.486 at the end of stop 18; held out)'],
  [
    'stadium-crush',
    'automatic (measured blind at 0.468 at the end of stop 18, 0.52 once a quote’s speaker line and pagination no longer ended a broadsheet; held out)',
  ],
  ['dam-failure', 'automatic (measured blind at 0.459 in stop 19, before any fix made for it; held out)'],
  [
    'bank-governor-sacked',
    'automatic (measured blind at 0.514 in stop 19, 0.62 once a cut copy of a first paragraph no longer opened a regional paper’s body; held out)',
  ],
  ['hospital-ransomware', 'automatic (measured blind at 0.478 in stop 19; held out)'],
  ['chemical-derailment', 'automatic (measured blind at 0.515 in stop 19; held out)'],
  [
    'volcano-eruption',
    'automatic (measured blind at 0.466 at the end of stop 19, 0.49 once a block quote’s hyphenated speaker line no longer ended its broadsheet; held out)',
  ],
  ['football-bribery', 'automatic (measured blind at 0.542 at the end of stop 19; held out)'],
  ['cable-car-fall', 'automatic (measured blind at 0.550 at the end of stop 19; held out)'],
  [
    'spy-expulsion',
    'automatic (measured blind at 0.487 in stop 20; held out, also from the split-claim model)',
  ],
  [
    'school-salmonella',
    'automatic (measured blind at 0.526 in stop 20; held out, also from the split-claim model)',
  ],
  [
    'protest-law-vote',
    'automatic (measured blind at 0.421 in stop 20, 0.56 once a cookie banner of 52 words no longer opened its broadsheet; held out, also from the split-claim model)',
  ],
  [
    'water-summit',
    'automatic (measured blind at 0.573 at the end of stop 20, 0.60 once a live blog’s housekeeping entry no longer ended it; held out, also from the split-claim model)',
  ],
  [
    'crypto-hack',
    'automatic (measured blind at 0.412 at the end of stop 20, 0.52 once a live blog’s video entry and “Share this update” no longer ended it; held out, also from the split-claim model)',
  ],
  [
    'short-seller',
    'automatic (measured blind at 0.427 at the end of stop 20, 0.50 once a live blog’s entries signed “From X in Y” under their time no longer ended it; held out, also from the split-claim model)',
  ],
  [
    'opposition-jailed',
    'automatic (measured blind at 0.543 at the end of stop 20, 0.69 once a live blog’s entries signed “By X” under their heading no longer ended it at 1 of 17 paragraphs; held out, also from the split-claim model)',
  ],
  [
    'derailment-mixed-languages',
    'automatic (four English outlets and fr, de, es, ru ones; 0.274 at first sight in stop 21, then used to build the cross-language reading)',
  ],
  [
    'governor-arrest-mixed-languages',
    'automatic (four English outlets and it, pl, uk, pt ones; 0.183 at first sight, 0.306 read blind with the cross-language reading, then mended)',
  ],
  [
    'sentence-mixed-languages',
    'automatic (four English outlets and nl, cs, sv, tr ones; read blind at 0.424 at the end of stop 21, 0.243 with the code before it; 0.51 once transcripts and a court’s words were read)',
  ],
  [
    'oil-spill',
    'automatic (measured blind at 0.538 in stop 24, 0.563 once a summary box, a banner, a correction note and embedded posts were read as such and an attribution no longer ran over a first report; held out)',
  ],
  [
    'separatist-delegation',
    'automatic (measured blind at 0.575 in stop 24, 0.585 once a few more notes and boxes were read as such; held out)',
  ],
  ['governor-resigns', 'automatic (measured blind at 0.542 at the end of stop 25; held out)'],
  [
    'airliner-engine-failure',
    'automatic (measured blind at 0.626 at the start of stop 26, 0.613 once a transcript’s stage directions, an advert’s one button and a live blog’s greeting were read as such; held out)',
  ],
  ['rocket-failure', 'automatic (measured blind at 0.717 in stop 26; held out)'],
  ['gallery-theft', 'automatic (measured blind at 0.722 at the end of stop 26; held out)'],
  [
    'independence-referendum',
    'automatic (measured blind at 0.659 at the end of stop 26, 0.751 once an aggregator’s summary under a note on how it was made was its story again and embedded posts, a pull quote’s label and a list of sources were set apart; held out)',
  ],
  [
    'vaccine-recall',
    'automatic (measured blind at 0.570 in stop 26, 0.627 once sentences closed by footnote markers were read as sentences and a box drawn in text no longer ended the explainer; held out)',
  ],
  [
    'mayoral-recount',
    'automatic (measured blind at 0.626 at the start of stop 26, 0.640 once an AI summary box, a glossary and a live blog’s greeting were read as such; held out)',
  ],
  [
    'hospital-fire',
    'automatic (measured blind at 0.763 at the end of stop 25, 0.768 once a live blog’s greeting that names a town and its country was read as such; held out)',
  ],
  [
    'port-strike',
    'automatic (measured blind at 0.565 at the end of stop 25, 0.563 once a map caption, an unlabelled correction note and a subscription price were read as such; held out)',
  ],
  [
    'no-confidence-vote',
    'automatic (measured blind at 0.587 in stop 25, 0.600 once a quick-read box, a labelled advertiser’s line, an AI note and a wrapped subscription price were read as such, 0.594 once its prime minister and her party were two actors; held out)',
  ],
  [
    'reporter-detained',
    'automatic (measured blind at 0.605 at the start of stop 25, 0.610 once a key-quotes box, a newsletter pitch, a recap lead-in and a Telegram appeal were read as such, 0.608 once the reporter’s bare surname was his; held out)',
  ],
  [
    'border-clash',
    'automatic (measured blind at 0.583 at the end of stop 24, 0.589 once embedded posts, a sign-off and reader comments were read as such; held out)',
  ],
  [
    'election-dispute',
    'automatic (measured blind at 0.515 in stop 17, then 0.62 once its machine translation was read, 0.68 once an appeal mid-story no longer ended the opposition paper’s; held out)',
  ],
  [
    'satellite-collision',
    'automatic (written blind in stop 32 after the claim-join model was learned: 0.542 with the code before that pass, 0.588 with it; held out)',
  ],
  [
    'fishing-quota-dispute',
    'automatic (written blind in stop 32 after the claim-join model was learned: 0.550 with the code before that pass, 0.626 with it; held out)',
  ],
  [
    'artifact-return',
    'automatic (written blind at the end of stop 32: 0.543 with the code before the claim-join pass, 0.585 with it; held out)',
  ],
  [
    'exchange-outage',
    'automatic (written blind at the end of stop 32: 0.532 with the code before the claim-join pass, 0.575 with it; held out)',
  ],
];
for (const [name, what] of INVENTED) {
  const dir = fileURLToPath(new URL(`../tests/fixtures/corpora/${name}`, import.meta.url));
  report(`${name}, ${what}`, buildPackFromDir(dir), readGold(name));
}
