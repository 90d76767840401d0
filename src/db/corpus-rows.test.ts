/** Pack ↔ rows is an exact round trip (key order, absent optionals, order restored from ordinals). */
import { describe, expect, it } from 'vitest';
import { corpusRows, packFromRows } from './corpus-rows';
import { mentionId } from './schema';
import { shippedPack } from './test-support';

describe('corpusRows / packFromRows', () => {
  it('round-trips the shipped pack exactly, key order included', () => {
    const pack = shippedPack();
    const back = packFromRows(corpusRows(pack, 'seed', 1));
    expect(back).toStrictEqual(pack);
    expect(JSON.stringify(back)).toBe(JSON.stringify(pack));
  });

  it('keeps order when rows come back shuffled (as index order would)', () => {
    const pack = shippedPack();
    const rows = corpusRows(pack, 'seed', 1);
    const shuffled = {
      ...rows,
      actors: [...rows.actors].reverse(),
      facts: [...rows.facts].reverse(),
      mentions: [...rows.mentions].reverse(),
      discrepancies: [...rows.discrepancies].reverse(),
      sources: [...rows.sources].reverse(),
      sourceTexts: [...rows.sourceTexts].reverse(),
    };
    expect(packFromRows(shuffled)).toStrictEqual(pack);
  });

  it('leaves optional fields absent, not undefined', () => {
    const pack = shippedPack();
    const { description: _description, ...corpus } = pack.corpus;
    const actor = pack.actors[0];
    if (!actor) throw new Error('no actor');
    const { titles: _titles, ...bare } = actor;
    const changed = { ...pack, corpus, actors: [bare, ...pack.actors.slice(1)] };
    const back = packFromRows(corpusRows(changed, 'seed', 1));
    expect('description' in back.corpus).toBe(false);
    expect('titles' in (back.actors[0] ?? {})).toBe(false);
    expect(back).toStrictEqual(changed);
  });

  it('gives mentions ids from owner and position, and fact mentions search words', () => {
    const pack = shippedPack();
    const rows = corpusRows(pack, 'seed', 1);
    const fact = pack.facts[0];
    if (!fact) throw new Error('no fact');
    const row = rows.mentions.find((mention) => mention.id === mentionId('fact', fact.id, 0));
    expect(row).toMatchObject({ kind: 'fact', ownerId: fact.id, ordinal: 0, corpusId: pack.corpus.id });
    expect(row?.words?.length).toBeGreaterThan(3);
    expect(
      rows.mentions.filter((mention) => mention.kind === 'actor').every((m) => m.words === undefined),
    ).toBe(true);
    expect(new Set(rows.mentions.map((mention) => mention.id)).size).toBe(rows.mentions.length);
  });
});
