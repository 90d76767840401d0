import { describe, expect, it } from 'vitest';
import { buildShippedPack } from '../cli/shipped-pack';
import { detectPieces } from './detect-pieces';
import { piecesOf, sliceRanges } from './page-pieces';
import { buildMatcherIndex } from './matcher-index-build';

const index = buildMatcherIndex(buildShippedPack());

const EVENT = [
  'Senior Hamas figures, among them Moussa Abu Marzouk, held talks in Moscow at the Russian foreign ministry on Thursday, October 26.',
  '"Hamas is a terrorist organization worse than ISIS," Israeli foreign ministry spokesman Lior Haiat wrote.',
  "Dmitry Peskov, President Vladimir Putin's spokesman, said no meeting between the Hamas visitors and Putin himself was planned.",
];
const FILLER = 'The city council met on Tuesday to discuss the budget and the repair of several bridges.';

describe('pieces of a page', () => {
  it('end at line breaks, cover the range exactly and stay near the piece size', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${FILLER} (${i})`).join('\n');
    const slices = sliceRanges(text, 5, text.length);
    expect(slices[0]?.[0]).toBe(5);
    expect(slices.at(-1)?.[1]).toBe(text.length);
    for (const [at, [start, end]] of slices.entries()) {
      if (at > 0) expect(start).toBe(slices[at - 1]?.[1]);
      if (end < text.length) expect(text[end - 1]).toBe('\n');
      expect(end - start).toBeLessThanOrEqual(8_000);
    }
    expect(slices.length).toBeGreaterThan(3);
  });

  it('give offsets into the whole page text, wherever the facts fall', () => {
    const lines = [
      ...Array.from({ length: 120 }, () => FILLER),
      ...EVENT,
      ...Array.from({ length: 120 }, () => FILLER),
      ...EVENT,
    ];
    const text = lines.join('\n');
    const pieces = piecesOf(text, [[0, text.length]]);
    expect(pieces.length).toBeGreaterThan(1);
    const results = detectPieces(pieces, { url: '', published: null }, index);
    expect(results.facts.map((fact) => fact.label)).toContain('Peskov: the delegation did not meet Putin');
    for (const fact of results.facts) {
      for (const item of fact.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
    }
    const peskov = results.facts.find((fact) => fact.label.startsWith('Peskov'));
    // Both copies of the sentence, in different pieces, are its evidence.
    expect(peskov?.evidence.length).toBe(2);
    for (const actor of results.actors) {
      for (const mention of actor.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });
});
