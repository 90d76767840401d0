/**
 * A second corpus we wrote ourselves (an invented harbour strike, in four styles: wire, tabloid,
 * machine translation, live blog) built with the automatic pipeline: proves nothing in the engine
 * is tied to the seed event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackFromDir } from '../../src/cli/corpus-command';
import { parseCorpusPack, type CorpusPack } from '../../src/core/pack-schema';
import { actorNamed, factsLinking } from './pack-helpers';

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
        ['01', 'illegal and irresponsible'],
        ['03', 'called the strike illegal'],
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
      'ships waiting outside the port',
      [
        ['01', '14 vessels'],
        ['03', '14 ships'],
      ],
    ],
  ] as Array<[string, Array<[string, string]>]>)('aligns %s across styles', (_name, passages) => {
    expect(factsLinking(pack, ...passages).length).toBeGreaterThan(0);
  });

  it('reports hedged numbers and different titles for one person', () => {
    const [strikers] = factsLinking(pack, ['01', 'about 3,000 workers']);
    const hedges = strikers?.mentions.flatMap((m) => m.framing?.numbers.map((n) => n.hedge) ?? []);
    expect(hedges).toEqual(expect.arrayContaining(['about', 'approximately', 'more than']));
    const titles = pack.discrepancies.filter((item) => item.kind === 'title').map((item) => item.summary);
    expect(titles.some((summary) => summary.startsWith('Tomas Okafor:'))).toBe(true);
  });
});
