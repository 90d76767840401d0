import { describe, expect, it } from 'vitest';
import { buildShippedPack } from '../cli/shipped-pack';
import { testPack } from './match-test-pack';
import { MATCHER_INDEX_FORMAT, originOf, parseMatcherIndex } from './matcher-index';
import { buildMatcherIndex } from './matcher-index-build';

const pack = buildShippedPack();
const index = buildMatcherIndex(pack);

describe('MatcherIndex of the shipped pack', () => {
  it('stays under 200 KB as JSON', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(index)).length;
    console.log(`MatcherIndex of the shipped pack: ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes).toBeLessThanOrEqual(200 * 1024);
  });

  it('round-trips through JSON and validation', () => {
    const parsed = parseMatcherIndex(JSON.parse(JSON.stringify(index)));
    expect(parsed).toEqual(index);
    expect(parsed?.format).toBe(MATCHER_INDEX_FORMAT);
    expect(parsed?.corpusVersion).toBe(pack.version);
  });

  it.each([
    ['not an object', 'index'],
    ['old format', { ...index, format: 1 }],
    ['an actor without aliases', { ...index, actors: [{ ...index.actors[0], aliases: undefined }] }],
    ['a fact without a signature', { ...index, facts: [{ ...index.facts[0], signature: null }] }],
  ])('rejects %s', (_, input) => {
    expect(parseMatcherIndex(input)).toBeNull();
  });

  it('has every actor, fact and source, with origins', () => {
    expect(index.actors.map((actor) => actor.id).sort()).toEqual(pack.actors.map((actor) => actor.id).sort());
    expect(index.facts.map((fact) => fact.id).sort()).toEqual(pack.facts.map((fact) => fact.id).sort());
    expect(index.sources.map((source) => source.id)).toEqual(pack.sources.map((source) => source.id));
    expect(originOf(index, 'actor', 'actor:hamas')).toBe('seed');
    expect(originOf(index, 'fact', 'no such fact')).toBeNull();
  });

  it('fingerprints each source with a few hundred hashes at most', () => {
    for (const source of index.sources) {
      expect(source.fingerprint.length).toBeGreaterThan(20);
      expect(source.fingerprint.length).toBeLessThanOrEqual(200);
    }
  });

  const aliasOf = (actorId: string, form: string) =>
    index.actors.find((actor) => actor.id === actorId)?.aliases.find((alias) => alias.form === form);

  it.each([
    ['actor:lior-haiat', 'hayat', true, 'common word, one source'],
    ['actor:ria-novosti', 'ria', true, 'three letters, one source'],
    ['actor:ali-bagheri-kani', 'kani', true, 'generated surname of four letters'],
    ['actor:erdan', 'erdan', true, 'single-token name in one source'],
    ['actor:volodymyr-zelenskyy', 'zelenskyy', true, 'surname in one source only'],
    ['actor:dmitry-peskov', 'peskov', false, 'surname in three sources'],
    ['actor:maria-zakharova', 'zakharova', false, 'surname in three sources'],
    ['actor:lior-haiat', 'haiat', false, 'surname in two sources'],
    ['actor:iran', 'iran', false, 'short, but the canonical name'],
    ['actor:gaza-strip', 'gaza', false, 'short, but written by four sources'],
    ['actor:dmitry-peskov', 'dmitry  peskov', false, 'full name'],
  ])('%s "%s" ambiguous: %s (%s)', (actorId, form, ambiguous) => {
    expect(aliasOf(actorId, form)?.ambiguous === true).toBe(ambiguous);
  });

  it('marks short all-caps forms as exact and lowercase-initial exonyms as any case', () => {
    expect(aliasOf('actor:united-states', 'us')?.exact).toBe('US');
    expect(aliasOf('actor:russian-foreign-ministry', 'russischen  außenministeriums')?.anyCase).toBe(true);
  });

  it('keys names by their phonetic tokens', () => {
    const keys = index.actors
      .find((actor) => actor.id === 'actor:musa-abu-marzouk')
      ?.keys.map((key) => key.key);
    expect(keys).toContain('musa abu marsuk');
    expect(keys).toContain('marsuk');
  });

  it('gives facts signatures with weights and core actors', () => {
    const fact = index.facts.find((item) => item.label.startsWith('Peskov'));
    expect(fact?.core).toContain('actor:hamas');
    expect(fact?.signature.actors['actor:dmitry-peskov']).toBeGreaterThan(0);
    expect(Object.keys(fact?.signature.terms ?? {})).toContain('deleg');
  });
});

describe('an index of several packs', () => {
  const user = testPack({
    version: 'u1',
    sources: [{ id: 'u:1', text: 'Hamas spokesman Hazem Qassem spoke in Gaza.', origin: 'user' }],
    actors: [
      {
        id: 'actor:hamas',
        name: 'Hamas',
        kind: 'organization',
        aliases: ['Hamas', 'Ḥamās'],
        mentions: [['u:1', 'Hamas']],
      },
      { id: 'actor:hazem-qassem', name: 'Hazem Qassem', kind: 'person', mentions: [['u:1', 'Hazem Qassem']] },
    ],
  });
  const both = buildMatcherIndex([pack, user]);

  it('merges actors by id, keeps the seed origin, marks user-only items as user', () => {
    const hamas = both.actors.filter((actor) => actor.id === 'actor:hamas');
    expect(hamas).toHaveLength(1);
    expect(hamas[0]?.origin).toBe('seed');
    expect(hamas[0]?.aliases.map((alias) => alias.form)).toContain('hamas');
    expect(originOf(both, 'actor', 'actor:hazem-qassem')).toBe('user');
    expect(both.corpusVersion).toBe(`${pack.version} + u1`);
    expect(both.sourceCount).toBe(pack.sources.length + 1);
  });

  it('builds an empty index from no packs', () => {
    const empty = buildMatcherIndex([]);
    expect(empty.actors).toEqual([]);
    expect(parseMatcherIndex(JSON.parse(JSON.stringify(empty)))).not.toBeNull();
  });
});

describe('asStoredIndex', () => {
  it('accepts a built index and refuses other formats and shapes', async () => {
    const { asStoredIndex } = await import('./matcher-index');
    const index = buildMatcherIndex(buildShippedPack());
    expect(asStoredIndex(JSON.parse(JSON.stringify(index)))).not.toBeNull();
    expect(asStoredIndex({ ...index, format: 1 })).toBeNull();
    expect(asStoredIndex({ ...index, facts: 'no' })).toBeNull();
    expect(asStoredIndex(null)).toBeNull();
  });
});
