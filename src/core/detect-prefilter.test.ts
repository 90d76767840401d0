import { beforeAll, describe, expect, it } from 'vitest';
import { buildShippedPack } from '../cli/shipped-pack';
import { buildMatcherIndex } from './matcher-index-build';
import type { MatcherIndex } from './matcher-index';
import { compilePrefilter, mayMentionCorpus, prefilterAnchors, prefilterSource } from './detect-prefilter';
import { testPack } from './match-test-pack';

let index: MatcherIndex;
beforeAll(() => {
  const text = 'Maria Zakharova met Dmitry Peskov in Moscow.';
  index = buildMatcherIndex(
    testPack({
      sources: [{ id: 'source:a', text }],
      actors: [
        {
          id: 'actor:zakharova',
          name: 'Maria Zakharova',
          kind: 'person',
          mentions: [['source:a', 'Maria Zakharova']],
        },
        {
          id: 'actor:peskov',
          name: 'Dmitry Peskov',
          kind: 'person',
          mentions: [['source:a', 'Dmitry Peskov']],
        },
      ],
    }),
  );
});

describe('mayMentionCorpus', () => {
  it('lets through pages naming a corpus actor, in any case or with accents', () => {
    expect(mayMentionCorpus('Today ZAKHAROVA said little.', index)).toBe(true);
    expect(mayMentionCorpus('Dmitrí Peskóv declined to comment.', index)).toBe(true);
  });

  it('lets through every page in another script (transliteration decides later)', () => {
    expect(mayMentionCorpus('Погода на завтра: солнечно.', index)).toBe(true);
  });

  it('stops a page that names no corpus actor', () => {
    expect(
      mayMentionCorpus('The council met on Tuesday to discuss the budget for the coming year.', index),
    ).toBe(false);
  });

  it('looks for names at word starts: a name inside an ordinary word does not count', () => {
    const shipped = buildMatcherIndex(buildShippedPack());
    // "orta" (Turkish Orta Doğu), "isis", "tass" sit inside these words.
    expect(mayMentionCorpus('An important crisis on the potassium market.', shipped)).toBe(false);
    expect(mayMentionCorpus('Hamasdelegationen and Putins words.', shipped)).toBe(true);
  });
});

describe('prefilterAnchors', () => {
  it('is computed when the index is built: the longest word of each form in an alphabetic script', () => {
    expect(index.anchors).toEqual(prefilterAnchors(index.actors));
    expect(index.anchors).toEqual(expect.arrayContaining(['zakharova', 'peskov']));
    expect(index.anchors).not.toContain('maria');
  });

  it('is what the prefilter looks for; an index built before it had them still works', () => {
    expect(mayMentionCorpus('A zebra crossing.', { ...index, anchors: ['zebra'] })).toBe(true);
    expect(mayMentionCorpus('Today ZAKHAROVA said little.', { ...index, anchors: ['zebra'] })).toBe(false);
    const { anchors: _anchors, ...older } = index;
    expect(mayMentionCorpus('Today ZAKHAROVA said little.', older)).toBe(true);
  });
});

describe('prefilterAnchors escaping', () => {
  it('escapes regex characters in the anchor words', () => {
    const [actor] = index.actors;
    if (!actor) throw new Error('no actor');
    const dotted = { ...actor, aliases: [{ form: 'a.b.c.d' }] };
    expect(prefilterAnchors([dotted])).toEqual(['a\\.b\\.c\\.d']);
    const withDots = { ...index, anchors: prefilterAnchors([dotted]) };
    expect(mayMentionCorpus('Seen: a.b.c.d today.', withDots)).toBe(true);
    expect(mayMentionCorpus('Seen: axbxcxd today.', withDots)).toBe(false);
  });
});

describe('prefilterSource', () => {
  it('is the pattern the prefilter runs, so one compiled ahead of the scan is the one it uses', () => {
    const source = prefilterSource(index);
    expect(source).not.toBeNull();
    const pattern = new RegExp(source ?? '');
    expect(pattern.test('today zakharova said little.')).toBe(true);
    expect(pattern.test('the weather is sunny in moscow.')).toBe(false);
    // Compiled ahead, the prefilter still tells the same pages apart.
    compilePrefilter(source ?? '');
    expect(mayMentionCorpus('Today Zakharova said little.', index)).toBe(true);
    expect(mayMentionCorpus('The weather is sunny.', index)).toBe(false);
  });

  it('is null for an index with no anchor word: there is nothing to compile', () => {
    expect(prefilterSource({ ...index, anchors: [] })).toBeNull();
  });
});
