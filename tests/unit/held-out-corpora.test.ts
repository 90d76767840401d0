/**
 * Corpora written blind and never used to tune alignment: the court ruling (nine outlets) and the
 * central bank's rate hike (ten outlets, like the unseen event the alignment target speaks of).
 * These tests only guard what was measured on them; no threshold was chosen by tuning on them.
 */
import { describe, expect, it } from 'vitest';
import { buildPackFromDir } from '../../src/cli/corpus-command';
import { parseCorpusPack } from '../../src/core/pack-schema';
import { scoreAgainstGold } from './pack-helpers';

const corpus = (name: string) =>
  buildPackFromDir(new URL(`../fixtures/corpora/${name}`, import.meta.url).pathname);

describe.each([
  ['court-ruling', 9, 0.4],
  ['rate-hike', 10, 0.6],
])('held-out corpus %s', (name, outlets, leastF1) => {
  const pack = corpus(name);

  it(`is a valid pack of ${outlets} outlets with no seed-event knowledge`, () => {
    expect(parseCorpusPack(pack).ok).toBe(true);
    expect(pack.sources).toHaveLength(outlets);
    expect(JSON.stringify(pack.facts)).not.toMatch(/Hamas|Moscow|Peskov|Zakharova/);
  });

  it('reads every article’s reporting and no site chrome as a fact', () => {
    for (const source of pack.sources) expect(source.reporting.length, source.file).toBeGreaterThan(2);
    const passages = pack.facts.flatMap((fact) => fact.mentions.map((mention) => mention.text));
    for (const text of passages) expect(text).not.toMatch(/cookies|All rights reserved|©|Read also|Sign up/i);
  });

  it(`aligns with pairwise F1 of at least ${leastF1} against its hand-made gold`, () => {
    expect(scoreAgainstGold(pack, name).f1).toBeGreaterThanOrEqual(leastF1);
  });
});
