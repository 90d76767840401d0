/**
 * A second corpus we wrote ourselves (an invented harbour strike, in four styles: wire, tabloid,
 * machine translation, live blog) built with the automatic pipeline: proves nothing in the engine
 * is tied to the seed event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackFromDir } from '../../src/cli/corpus-command';
import { parseCorpusPack, type CorpusPack } from '../../src/core/pack-schema';
import { actorNamed, factsLinking, scoreAgainstGold } from './pack-helpers';

const DIR = new URL('../fixtures/corpora/harbour-strike', import.meta.url).pathname;
let pack: CorpusPack;

beforeAll(() => {
  pack = buildPackFromDir(DIR);
});

describe('second corpus: an invented harbour strike', () => {
  it('is a valid pack with exact offsets and no seed-event knowledge', () => {
    expect(parseCorpusPack(pack).ok).toBe(true);
    expect(JSON.stringify(pack)).not.toMatch(/Hamas|Moscow|Peskov|Zakharova/);
  });

  it('separates each style’s chrome from its reporting', () => {
    const byFile = (prefix: string) => pack.sources.find((source) => source.file.startsWith(prefix));
    expect(byFile('01')?.title).toBe('Dockworkers walk out at Port Serrano over pay');
    expect(byFile('01')?.byline).toBe('Elena Vasquez');
    expect(byFile('03')?.notes).toMatch(/automatically translated/);
    const passages = pack.facts.flatMap((fact) => fact.mentions.map((mention) => mention.text)).join('\n');
    for (const chrome of [
      'Share this article',
      'Subscribe',
      'Read also',
      'Related',
      'Trending Now',
      'Home | World',
      '10:45',
    ]) {
      expect(passages).not.toContain(chrome);
    }
    // The live blog's entries survive their timestamps.
    expect(passages).toContain('Nordline says 16 vessels are now waiting at anchor');
  });

  it.each([
    ['Tomas Okafor', 'person', ['Tom Okafor', 'Tomás Okafor']],
    ['Lidia Brandt', 'person', ['Lidia Brandtová']],
    ['Nordline', 'organization', []],
    ['Serrano Terminals', 'organization', []],
    ["Harbour Workers' Union", 'organization', []],
  ])('clusters %s (%s)', (name, kind, forms) => {
    const actor = actorNamed(pack, name);
    expect(actor).toMatchObject({ name, kind });
    expect(actor?.aliases).toEqual(expect.arrayContaining(forms));
  });

  it.each([
    [
      'the union’s 3,000 strikers',
      [
        ['01', 'about 3,000 workers'],
        ['03', 'approximately 3000'],
        ['04', '3,000 strong'],
      ],
    ],
    [
      'the operator calling the strike illegal',
      [
        ['02', 'slammed the action'],
        ['03', 'called the strike illegal'],
        ['04', 'again calls the strike illegal'],
      ],
    ],
    [
      // The wire's sentence carries two claims; it aligns on its second one here.
      'the operator’s 6 percent offer',
      [
        ['01', 'offered a 6 percent raise'],
        ['03', 'proposed the increase of salaries'],
      ],
    ],
    [
      'the minister not intervening',
      [
        ['01', 'would not intervene'],
        ['04', 'will not intervene'],
      ],
    ],
    [
      'ships waiting outside the port, though their numbers differ',
      [
        ['01', '14 vessels'],
        ['02', 'At least 15 ships'],
        ['03', '14 ships'],
        ['04', '16 vessels'],
      ],
    ],
  ] as Array<[string, Array<[string, string]>]>)('aligns %s across styles', (_name, passages) => {
    expect(factsLinking(pack, ...passages).length).toBeGreaterThan(0);
  });

  it('dates an undated article by the corpus: its "13 May" is 13 May 2024', () => {
    const [strike] = factsLinking(pack, ['03', 'have begun the strike on 13 May']);
    const mention = strike?.mentions.find((m) => m.text.includes('have begun the strike'));
    expect(mention?.framing?.dates.map((date) => date.iso)).toContain('2024-05-13');
  });

  it('shows the ships’ numbers as a discrepancy', () => {
    const [ships] = factsLinking(pack, ['01', '14 vessels']);
    const numbers = pack.discrepancies.filter((item) => item.fact === ships?.id && item.kind === 'number');
    expect(numbers.length).toBeGreaterThan(0);
  });

  it('aligns as the hand-made gold does: pairwise F1 of at least 0.85, precision at least 0.95', () => {
    const score = scoreAgainstGold(pack, 'harbour-strike');
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('reports hedged numbers and different titles for one person', () => {
    const [strikers] = factsLinking(pack, ['01', 'about 3,000 workers']);
    const hedges = strikers?.mentions.flatMap((m) => m.framing?.numbers.map((n) => n.hedge) ?? []);
    expect(hedges).toEqual(expect.arrayContaining(['about', 'approximately', 'more than']));
    const titles = pack.discrepancies.filter((item) => item.kind === 'title').map((item) => item.summary);
    expect(titles.some((summary) => summary.startsWith('Tomas Okafor:'))).toBe(true);
  });
});
