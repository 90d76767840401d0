/**
 * Corpora written blind by helpers that never read the code: the court ruling (nine outlets; held
 * out until stop 11, then used for tuning once the rate hike replaced it), the central bank's rate
 * hike (ten outlets, like the unseen event the alignment target speaks of; held out until stop 16,
 * whose main-event rule it prompted), a telecom's data breach (eight outlets, stop 15: measured
 * once blind at 0.527, then two news-word groups were added for it) and a ferry capsizing (ten
 * outlets, stop 16: measured once blind at 0.526; it then showed a live blog's "readers asked how
 * they can donate blood" ending the article), and a blocked supermarket merger (ten outlets, stop 16:
 * measured once blind at 0.540 with all of that stop's changes; stop 17's lower merge threshold
 * for ten outlets read it at 0.577). The F1 floors guard what was measured: the ferry's and the
 * rate hike's fail at stop 16's merge threshold for many outlets (0.15). A delegation's disputed
 * visit (ten outlets, stop 17, closest in kind to the seeds) read 0.658 blind, a disputed
 * election (ten outlets, stop 17) 0.515, then 0.62 once its machine translation's notice, byline
 * and date were read (the article had been cut to its notice), 0.68 once a donation appeal in the
 * middle of the opposition paper's story no longer ended it; an earthquake (ten outlets, stop 17)
 * 0.478, then 0.63 once a list of other stories with a subheading under it no longer ended two
 * articles; a drug trial's results (ten outlets, end of stop 17, every change of that stop made)
 * 0.583, then 0.68 once a newsletter box between an explainer's questions no longer ended it; an
 * airport's IT outage (ten outlets, the last) 0.489, then 0.52 once its share rows, paywall notes
 * and source lists were no longer read as reporting. All five are held out. Stop 18's two (ten
 * outlets each): a prisoner exchange read 0.489 blind, then 0.567 once a rule of dashes around a
 * paywall box no longer ended the broadsheet; a protest crackdown 0.412, then 0.576 once a live blog
 * whose newest entry is its sign-off, a list of other stories in a translated article and a
 * tabloid's short lines under a "READ MORE" list were read. Both are held out. Then two more,
 * read blind with every change of stop 18 before them: a ceasefire 0.565, then 0.585 once a
 * correction note and videos with running times were read as chrome; a government's fall 0.371,
 * then 0.494 once a row of consent buttons was no headline, a timeline and a paywall box no longer
 * ended a broadsheet, a list of videos no longer ended a broadcaster's story and a live blog's
 * "7:40 p.m." was read as a time. Both are held out. The last two, read blind at the end of stop
 * 18: a wildfire 0.589, then 0.621 once a subscribe appeal inside a paywall box no longer ended a
 * broadsheet; a mayor's arrest 0.542, then 0.599 once a live blog entry that opens with a correction
 * and a long headline that asks were read. Both are held out. Written after them and read blind
 * with all of that made: aid workers freed 0.486 (0.488 after, its actors mended), a stadium crush
 * 0.468, then 0.520 once a block quote's speaker line and "Page 1 of 2" no longer ended a
 * broadsheet. Both are held out. Stop 19's four (ten outlets each, written with new page
 * structures: key-points boxes, footnotes, app shares, video transcripts): a dam failure read
 * 0.459 blind, a central bank governor sacked 0.514 (0.619 once a first paragraph cut short at the
 * top of a regional paper no longer opened its body, which had kept 1 of 19 paragraphs), a
 * ransomware attack on hospitals 0.478 and a chemical train derailment 0.515, all four read with
 * the same code, before any fix made for them. All four are held out. Three more at the end of
 * stop 19 (galleries, newsletters forwarded by email, translated pages with bilingual cookie walls):
 * a volcanic eruption 0.466 (0.493 once a block quote's speaker line with a hyphen no longer ended
 * its broadsheet at 14 of 27 paragraphs), a football federation's bribery arrests 0.542, a cable
 * car's fall 0.550. All three are held out. Stop 20's split-claim pass (split-claims.ts, a model
 * learned from the gold of these corpora, each measured with a model learned from the others:
 * mean 0.601 -> 0.624, none lower) raised fourteen floors: the central bank 0.619 -> 0.681, the
 * cable car 0.556 -> 0.605, football 0.545 -> 0.589, government 0.491 -> 0.533, aid workers
 * 0.509 -> 0.555, the rate hike 0.733 -> 0.772, … Then three more, written blind (chapters with a
 * table of contents, reader polls, fact-check boxes, footnote markers, sponsored blocks, Q/A
 * transcripts, print continuations) and held out from that model too: a spy expulsion read 0.487,
 * a school salmonella outbreak 0.526, a protest law's vote 0.421 (0.564 once a cookie banner of 52
 * words no longer opened its broadsheet, which had kept 1 of 33 lines). Two last ones (kickers,
 * language bars, a live blog oldest first, chart data as rows, nested replies, an investment
 * disclaimer): a summit without a deal read 0.573 blind (0.595 once a live blog's housekeeping
 * entry no longer ended it), a crypto exchange's hack 0.412 (0.516 once a live blog's video entry
 * and its "Share this update" buttons no longer ended it at 2 of 19 entries). And two more at the
 * very end of stop 20: a short seller's attack read 0.427, an opposition leader jailed 0.543; both
 * had live blogs whose entries carry a byline ("From Jonah Pell in Castrelle" under the time, "By
 * Sara Lindqvist" under the heading) and ended at their first entries: mended, 0.500 and 0.691.
 * Stop 21 read a machine translation's "1,2 million" and "3 millions" as millions: football 0.585
 * -> 0.600. Its two corpora in several languages are in mixed-language-corpora.test.ts.
 * Stop 24's oil spill (ten outlets; an automatic summary box, a developing-story banner, a gallery's
 * captions, map credits) read 0.538 blind, 0.540 once the summary box under "Summary (generated
 * automatically, …)", the banner, a wire's "CORRECTION: This story corrects …" and an aggregator's
 * footer were no longer read as reporting. Held out. Its second, a separatist delegation's visit to a
 * great power's capital told like the seeds' event (a corporate site's machine translation
 * among them), read 0.575 blind, 0.585 once a summary's note on how it was made, corrections
 * dated after a comma, a gallery's numbered captions and a newsletter box were set apart and "X
 * reported the visit, …, and Y confirmed that" was no longer one attribution. Held out. The last,
 * a border clash with disputed tolls, read 0.583 blind with all of that, 0.589 once embedded social
 * posts under their handles, a reporter's sign-off in a transcript, a dated update note and
 * reader comments under "Reader comments (23)" were set apart. Held out.
 * Stop 26's two (ten outlets each; an audio-article line, a fact-check box, a flight tracker's
 * table, an AI summary box, a results table, a glossary): an airliner's engine failure and a
 * disputed mayoral count both read 0.626 blind (0.613 and 0.640 once a transcript's stage
 * directions, an advert's one button, an AI summary box, a glossary and live-blog greetings were
 * read as such). Then two more: a rocket's failure read 0.717 blind; a vaccine recall 0.570, then
 * 0.627 once an explainer's sentences closed by footnote markers ("… doses.[1]") were sentences
 * again (it had kept 3 of its 18) and a box drawn in text no longer ended it. Both are held out.
 * And two more: a gallery theft read 0.722 blind; an independence referendum 0.659, then 0.751
 * once an aggregator's "Summary generated from 14 sources" over its paragraphs was no longer read
 * as a box (a rule of the same stop had made it one), and posts under "@handle on X:", a pull
 * quote's label and a "Sources:" line were set apart. Both are held out.
 * Stop 32's claim-join pass (claim-joins.ts, a model learned from the gold of the corpora of eight
 * outlets or more, each measured with a model learned from the others: mean 0.611 -> 0.640, 47 of
 * 50 higher) raised 44 floors to 0.015 below what the pack now reads (the volcano 0.46 -> 0.58,
 * the court ruling 0.50 -> 0.68, …): each fails without the pass. Two corpora were written blind
 * for it, after the model was learned: a satellite destroyed by debris read 0.542 with the code
 * before the pass and 0.588 with it; a fishing-quota dispute 0.550 and 0.626. Two more at the end
 * of that stop: looted bronzes returned 0.543 and 0.585, a stock exchange's outage 0.532 and 0.575.
 * All four are held out.
 */
import { describe, expect, it } from 'vitest';
import { buildPackFromDir } from '../../src/cli/corpus-command';
import { parseCorpusPack } from '../../src/core/pack-schema';
import { scoreAgainstGold } from './pack-helpers';

const corpus = (name: string) =>
  buildPackFromDir(new URL(`../fixtures/corpora/${name}`, import.meta.url).pathname);

describe.each([
  ['court-ruling', 9, 0.68],
  ['rate-hike', 10, 0.77],
  ['data-breach', 8, 0.74],
  ['ferry-capsize', 10, 0.67],
  ['merger-blocked', 10, 0.64],
  ['delegation-visit', 10, 0.67],
  ['election-dispute', 10, 0.73],
  ['earthquake', 10, 0.68],
  ['drug-trial', 10, 0.71],
  ['airport-outage', 10, 0.57],
  ['prisoner-exchange', 10, 0.62],
  ['protest-crackdown', 10, 0.59],
  ['ceasefire-deal', 10, 0.65],
  ['government-falls', 10, 0.54],
  ['wildfire-evacuation', 10, 0.64],
  ['mayor-arrested', 10, 0.64],
  ['aid-workers-freed', 10, 0.59],
  ['stadium-crush', 10, 0.57],
  ['dam-failure', 10, 0.54],
  ['bank-governor-sacked', 10, 0.7],
  ['hospital-ransomware', 10, 0.55],
  ['chemical-derailment', 10, 0.6],
  ['volcano-eruption', 10, 0.58],
  ['football-bribery', 10, 0.6],
  ['cable-car-fall', 10, 0.61],
  ['spy-expulsion', 10, 0.55],
  ['school-salmonella', 10, 0.56],
  ['protest-law-vote', 10, 0.57],
  ['water-summit', 10, 0.58],
  ['crypto-hack', 10, 0.53],
  ['short-seller', 10, 0.53],
  ['opposition-jailed', 10, 0.66],
  ['oil-spill', 10, 0.6],
  ['separatist-delegation', 10, 0.62],
  ['border-clash', 10, 0.61],
  ['reporter-detained', 10, 0.6],
  ['no-confidence-vote', 10, 0.59],
  ['port-strike', 10, 0.54],
  ['hospital-fire', 10, 0.77],
  ['governor-resigns', 10, 0.55],
  ['airliner-engine-failure', 10, 0.63],
  ['mayoral-recount', 10, 0.66],
  ['rocket-failure', 10, 0.73],
  ['vaccine-recall', 10, 0.64],
  ['gallery-theft', 10, 0.72],
  ['independence-referendum', 10, 0.76],
  ['satellite-collision', 10, 0.57],
  ['fishing-quota-dispute', 10, 0.61],
  ['artifact-return', 10, 0.57],
  ['exchange-outage', 10, 0.56],
])('corpus written blind: %s', (name, outlets, leastF1) => {
  const pack = corpus(name);

  it(`is a valid pack of ${outlets} outlets with no seed-event knowledge`, () => {
    expect(parseCorpusPack(pack).ok).toBe(true);
    expect(pack.sources).toHaveLength(outlets);
    expect(JSON.stringify(pack.facts)).not.toMatch(/Hamas|Moscow|Peskov|Zakharova/);
  });

  it('reads every article’s reporting and no site chrome as a fact', () => {
    // An aggregator may sum the story up in one long paragraph: its words are what count.
    for (const source of pack.sources) {
      const words = source.reporting
        .map(([start, end]) => source.text.slice(start, end))
        .join(' ')
        .split(/\s+/).length;
      expect(words, source.file).toBeGreaterThan(80);
    }
    const passages = pack.facts.flatMap((fact) => fact.mentions.map((mention) => mention.text));
    for (const text of passages) expect(text).not.toMatch(/cookies|All rights reserved|©|Read also|Sign up/i);
  });

  it('labels each fact of several sources differently (a lede shared by two facts labels neither)', () => {
    const labels = pack.facts
      .filter((fact) => new Set(fact.mentions.map((mention) => mention.source)).size > 1)
      .map((fact) => fact.label);
    expect(labels.length).toBeGreaterThan(10);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it(`aligns with pairwise F1 of at least ${leastF1} against its hand-made gold`, () => {
    expect(scoreAgainstGold(pack, name).f1).toBeGreaterThanOrEqual(leastF1);
  });
});

describe('discrepancies on a corpus written blind', () => {
  const pack = corpus('ferry-capsize');
  const discrepanciesOf = (words: RegExp) => {
    const fact = pack.facts.find((item) => words.test(item.label));
    return pack.discrepancies.filter((item) => item.fact === fact?.id).map((item) => item.summary);
  };

  it('finds the toll told differently', () => {
    expect(discrepanciesOf(/known to have died/i).some((summary) => /ten vs/i.test(summary))).toBe(true);
  });

  it('does not date a fact by other things told before it ("Wednesday will be a day of mourning")', () => {
    const mourning = discrepanciesOf(/day of mourning/i);
    expect(pack.facts.some((fact) => /day of mourning/i.test(fact.label))).toBe(true);
    expect(mourning.filter((summary) => /Oct/.test(summary))).toEqual([]);
  });
});
