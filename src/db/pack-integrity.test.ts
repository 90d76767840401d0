/** The integrity checks a pack must pass before it is stored, one broken pack per check. */
import { describe, expect, it } from 'vitest';
import type { CorpusPack } from '../core/pack-schema';
import { findIntegrityError } from './pack-integrity';
import { shippedPack } from './test-support';

const pack = shippedPack();
const fact = pack.facts[0];
const actor = pack.actors[0];
const source = pack.sources[0];
const discrepancy = pack.discrepancies[0];
const firstMention = fact?.mentions[0];
if (!fact || !actor || !source || !discrepancy || !firstMention)
  throw new Error('the shipped pack is too small');

describe('findIntegrityError', () => {
  it('accepts the shipped pack', () => {
    expect(findIntegrityError(pack)).toBeNull();
  });

  it.each<[string, CorpusPack, RegExp]>([
    ['a duplicate fact id', { ...pack, facts: [...pack.facts, fact] }, /duplicate fact id/],
    ['a duplicate source id', { ...pack, sources: [...pack.sources, source] }, /duplicate source id/],
    [
      'a fact with an unknown actor',
      { ...pack, facts: [{ ...fact, actors: ['actor:ghost'] }] },
      /unknown actor actor:ghost/,
    ],
    [
      'framing naming an unknown actor',
      {
        ...pack,
        facts: [
          {
            ...fact,
            mentions: [
              {
                ...firstMention,
                framing: {
                  actorNames: [{ actor: 'actor:ghost', text: 'x' }],
                  attributions: [],
                  numbers: [],
                  dates: [],
                  quotes: [],
                },
              },
            ],
          },
        ],
      },
      /unknown actor actor:ghost/,
    ],
    [
      'a title from an unknown source',
      { ...pack, actors: [{ ...actor, titles: [{ source: 'source:ghost', title: 'x' }] }] },
      /unknown source/,
    ],
    [
      'a discrepancy on an unknown fact',
      { ...pack, discrepancies: [{ ...discrepancy, fact: 'fact:ghost' }] },
      /unknown fact/,
    ],
    [
      'a discrepancy mention off its text',
      {
        ...pack,
        discrepancies: [{ ...discrepancy, mentions: [{ source: source.id, start: 0, end: 3, text: 'zzz' }] }],
      },
      /offsets/,
    ],
    [
      'a reporting span past the text',
      {
        ...pack,
        sources: [{ ...source, reporting: [[0, source.text.length + 1]] }, ...pack.sources.slice(1)],
      },
      /reporting span/,
    ],
  ])('refuses %s', (_name, broken, message) => {
    expect(findIntegrityError(broken)).toMatch(message);
  });
});
