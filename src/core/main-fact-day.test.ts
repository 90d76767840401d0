import { describe, expect, it } from 'vitest';
import { withMainFactDay } from './main-fact-day';
import type { Actor } from './pack-schema';
import type { PassageFeatures } from './passage-features';

const features = (actors: string[], dates: string[] = []): PassageFeatures => ({
  actors: new Set(actors),
  attributedTo: new Set(),
  numbers: new Set(),
  dates: new Set(dates),
  terms: new Set(),
  quoteTerms: new Set(),
});
const telling = (source: string, actors: string[], dates: string[] = []) => ({
  source,
  features: features(actors, dates),
});
const actor = (id: string, kind: Actor['kind']): Actor =>
  ({ id, name: id, kind, aliases: [id], mentions: [] }) as unknown as Actor;
const actors = [
  actor('moscow', 'place'),
  actor('hamas', 'organization'),
  actor('tass', 'media'),
  actor('iran', 'place'),
];

/** The visit told by three of four sources, two of them dating it to 26 October. */
function corpus() {
  const visit = [
    telling('a', ['hamas', 'moscow'], ['2023-10-26']),
    telling('b', ['hamas', 'moscow', 'tass'], ['2023-10-26']),
    telling('c', ['hamas', 'moscow']),
  ];
  const other = {
    officialsMet: telling('d', ['hamas', 'moscow'], ['2023-10-26']),
    anotherDay: telling('d', ['hamas', 'moscow'], ['2023-10-27']),
    noPlace: telling('d', ['hamas'], ['2023-10-26']),
    onlyMedia: telling('d', ['tass', 'moscow'], ['2023-10-26']),
  };
  const drafts = [
    { members: visit },
    { members: [other.officialsMet, other.anotherDay, other.noPlace, other.onlyMedia] },
  ];
  return { drafts, passages: [...visit, ...Object.values(other)], other };
}

describe('withMainFactDay', () => {
  it('adds to the most-reported fact a sentence naming its people and place on its day, and keeps it in its own', () => {
    const { drafts, passages, other } = corpus();
    const [main, rest] = withMainFactDay(drafts, passages, actors, 4);
    expect(main?.members).toContain(other.officialsMet);
    expect(rest?.members).toContain(other.officialsMet);
  });

  it('leaves out another day, a sentence with no place of the fact, and one naming only a medium', () => {
    const { drafts, passages, other } = corpus();
    const [main] = withMainFactDay(drafts, passages, actors, 4);
    expect(main?.members).not.toContain(other.anotherDay);
    expect(main?.members).not.toContain(other.noPlace);
    expect(main?.members).not.toContain(other.onlyMedia);
  });

  it('does nothing when the main fact is dated by one source only, or told by fewer than half the sources', () => {
    const { drafts, passages, other } = corpus();
    drafts[0]?.members[1]?.features.dates.clear();
    expect(withMainFactDay(drafts, passages, actors, 4)[0]?.members).not.toContain(other.officialsMet);
    const fresh = corpus();
    expect(withMainFactDay(fresh.drafts, fresh.passages, actors, 8)[0]?.members).not.toContain(
      fresh.other.officialsMet,
    );
  });
});
