/**
 * A third corpus we wrote ourselves: an invented chemical-plant explosion reported by eight
 * outlets (wire, broadsheet, tabloid, machine translation, regional paper, live blog, agency
 * brief, analysis), each page with the chrome real pages carry (cookie banners, menus, share
 * rows, "Read also" lists, copyright lines). Built with the automatic pipeline only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackFromDir } from '../../src/cli/corpus-command';
import { parseCorpusPack, type CorpusPack } from '../../src/core/pack-schema';
import { factsLinking, scoreAgainstGold } from './pack-helpers';

const DIR = new URL('../fixtures/corpora/plant-fire', import.meta.url).pathname;
let pack: CorpusPack;

beforeAll(() => {
  pack = buildPackFromDir(DIR);
});

const byFile = (prefix: string) => pack.sources.find((source) => source.file.startsWith(prefix));

describe('third corpus: an invented chemical-plant explosion, eight outlets', () => {
  it('is a valid pack with no seed-event knowledge', () => {
    expect(parseCorpusPack(pack).ok).toBe(true);
    expect(JSON.stringify(pack)).not.toMatch(/Hamas|Moscow|Peskov|Zakharova/);
  });

  it.each([
    ['01', 'Blast at Velmora Chemicals plant in Kessin kills three, forces evacuation', 'Anika Roth'],
    ['02', 'Three dead after explosion at chemical plant in Kessin', 'Clara Whitfield'],
    ['03', 'INFERNO HORROR: FOUR DEAD AS CHEMICAL PLANT EXPLODES', 'Gary Mott'],
    ['04', 'Explosion in chemical plant Velmora: three dead, evacuation of 2000 inhabitants', null],
    ['05', 'Velmora blast: three dead, hundreds of homes emptied as smoke hangs over Kessin', 'Petra Novak'],
    ['06', 'LIVE: Explosion at Velmora Chemicals plant in Kessin – latest updates', null],
    ['07', 'Three killed in blast at Kessin chemical plant', null],
    [
      '08',
      'Kessin blast exposes the cost of running an ageing chemical industry on a budget',
      'Henrik Aalto',
    ],
  ])('finds the headline and byline of %s under the site chrome', (prefix, title, byline) => {
    expect(byFile(prefix)?.title).toBe(title);
    expect(byFile(prefix)?.byline).toBe(byline);
    expect(byFile(prefix)?.published).toMatch(/^2024-03-1[23]$/);
  });

  it('reads every article’s reporting, and no banner, standfirst or footer as reporting', () => {
    for (const source of pack.sources) {
      const reporting = source.reporting.map(([start, end]) => source.text.slice(start, end));
      expect(reporting.length, source.file).toBeGreaterThan(0);
      expect(reporting.join(' ').split(/\s+/).length, source.file).toBeGreaterThan(100);
      for (const line of reporting) {
        expect(line, source.file).not.toMatch(/cookies|All rights reserved|©|Read also|Share this|Accept/);
      }
    }
    const standfirsts = [
      'Residents describe a night of fear',
      'A fatal explosion at a 1970s-era plant raises uncomfortable questions',
    ];
    const passages = pack.facts.flatMap((fact) => fact.mentions.map((mention) => mention.text)).join('\n');
    for (const line of standfirsts) expect(passages).not.toContain(line);
    expect(byFile('04')?.notes).toMatch(/automatically translated from Czech/);
  });

  it('makes the explosion itself one fact, told by the ledes of most outlets', () => {
    const [event] = factsLinking(
      pack,
      ['01', 'An explosion tore through the Velmora Chemicals plant'],
      ['02', 'Three people have died after an explosion and fire'],
      ['06', 'Reports of a large explosion and fire'],
      ['08', 'When an explosion ripped through the Velmora Chemicals plant'],
    );
    expect(new Set(event?.mentions.map((mention) => mention.source)).size).toBeGreaterThanOrEqual(6);
    // The lede that also gives the toll stays in the toll's fact too.
    expect(
      factsLinking(pack, ['07', 'Three workers were killed and 17 injured']).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('aligns as the hand-made gold does: F1 at least 0.75, precision at least 0.9', () => {
    const score = scoreAgainstGold(pack, 'plant-fire');
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.f1).toBeGreaterThanOrEqual(0.75);
  });
});

describe('a corpus written blind: an invented minister’s resignation, seven outlets', () => {
  const minister = buildPackFromDir(
    new URL('../fixtures/corpora/minister-resigns', import.meta.url).pathname,
  );

  it('makes the resignation a fact of its own, not part of the contract fact its ledes also tell', () => {
    const resignation = factsLinking(
      minister,
      ['02', 'Tomas Berglund stepped down as finance minister'],
      ['05', 'Tomas Berglund is stepping down as Minister of Finance'],
    );
    expect(resignation.length).toBeGreaterThan(0);
    for (const fact of resignation) {
      expect(fact.mentions.some((mention) => mention.text.includes('The case began on Monday'))).toBe(false);
    }
  });

  it('aligns the denials however each outlet worded them, the pronoun ones too', () => {
    const [denial] = factsLinking(
      minister,
      ['01', 'I have done nothing wrong, but I'],
      ['07', 'who denies any wrongdoing'],
      ['04', 'I did nothing illegal'],
      ['05', 'he has not broken any rules'],
      ['06', 'repeated that he had done nothing improper'],
    );
    expect(denial).toBeDefined();
  });

  it('aligns as the hand-made gold does: F1 at least 0.7, precision at least 0.85', () => {
    const score = scoreAgainstGold(minister, 'minister-resigns');
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.f1).toBeGreaterThanOrEqual(0.7);
  });
});
