import { describe, expect, it } from 'vitest';
import { principalsOf } from './actor-principals';
import type { Actor } from './pack-schema';

const actor = (id: string, kind: Actor['kind'], name: string, titles: string[] = []): Actor => ({
  id,
  name,
  kind,
  aliases: [name],
  mentions: [],
  titles: titles.map((title) => ({ source: 's', title })),
});

describe('principalsOf', () => {
  const actors = [
    actor('kremlin', 'organization', 'Kremlin'),
    actor('ministry', 'organization', 'Russian Foreign Ministry'),
    actor('putin', 'person', 'Vladimir Putin', ['Russian President']),
    actor('russia', 'place', 'Russia'),
    actor('peskov', 'person', 'Dmitry Peskov', ['Kremlin spokesman', 'Vladimir Putin’s spokesman']),
    actor('zakharova', 'person', 'Maria Zakharova', ['spokeswoman for the Russian Foreign Ministry']),
    actor('galuzin', 'person', 'Mikhail Galuzin', ['Russian Deputy Foreign Minister']),
    actor('aide', 'person', 'Anna Aide', ['Kremlin adviser']),
  ];
  const principals = principalsOf(actors);

  it('finds the organisation a spokesperson’s title names', () => {
    expect(principals.get('peskov')).toEqual(['kremlin']);
    expect(principals.get('zakharova')).toEqual(['ministry']);
  });

  it('leaves out people and places, and titles that are not a spokesperson’s', () => {
    expect(principals.has('galuzin')).toBe(false);
    expect(principals.has('aide')).toBe(false);
    expect(principals.has('putin')).toBe(false);
  });

  it('matches whole words only', () => {
    const more = principalsOf([
      actor('un', 'organization', 'UN'),
      actor('x', 'person', 'Jo Bloggs', ['spokesman for the union']),
    ]);
    expect(more.has('x')).toBe(false);
  });
});
