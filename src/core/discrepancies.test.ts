import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from './discrepancies';
import { findNumbers } from './numbers';
import type { Actor, Fact, FactMention } from './pack-schema';

/** A mention whose framing holds the numbers its text tells, as the pack builder frames them. */
function told(source: string, text: string): FactMention {
  const numbers = findNumbers(text).map((n) => ({ value: n.value, hedge: n.hedge, text: n.text }));
  return {
    source,
    start: 0,
    end: text.length,
    text,
    framing: { actorNames: [], attributions: [], numbers, dates: [], quotes: [] },
  };
}

function numberSummaries(...texts: string[]): string[] {
  const fact: Fact = {
    id: 'fact:test',
    label: 'test',
    actors: [],
    mentions: texts.map((text, i) => told(`s${i}`, text)),
  };
  return findDiscrepancies([fact], [], [])
    .filter((item) => item.kind === 'number')
    .map((item) => item.summary);
}

describe('number discrepancies', () => {
  it('finds one count told two ways', () => {
    expect(
      numberSummaries('At least 40 people were arrested.', 'More than 60 people were arrested.'),
    ).toEqual(['At least 40 vs More than 60']);
    expect(numberSummaries('Eleven people have died.', 'Ten people died in the sinking.')).toHaveLength(1);
  });

  it('lets a hedged number agree with one it allows', () => {
    expect(numberSummaries('At least 15 people were hurt.', 'Officials said 17 people were hurt.')).toEqual(
      [],
    );
    expect(numberSummaries('Nearly 300 people were rescued.', 'In all, 298 people were rescued.')).toEqual(
      [],
    );
    expect(
      numberSummaries('He won about 52 per cent of the vote.', 'He won 52.4 per cent of the vote.'),
    ).toEqual([]);
  });

  it('lets two hedged numbers agree when what they allow overlaps, but not two floors', () => {
    expect(
      numberSummaries(
        'The trial enrolled more than 1,700 patients.',
        'The trial enrolled almost 1,800 patients.',
      ),
    ).toEqual([]);
    expect(numberSummaries('At least 180 people have died.', 'At least 203 people have died.')).toEqual([
      'At least 180 vs At least 203',
    ]);
  });

  it('does not set two quantities against each other', () => {
    // Told side by side by one source: two shares, not two versions of one.
    expect(
      numberSummaries('He won 52.4% against 45.1% for his rival.', 'His rival got 45 per cent of the vote.'),
    ).toEqual([]);
    // What the numbers count differs: stations counted and turnout.
    expect(
      numberSummaries(
        'With 98.6% of polling stations counted.',
        'The vote had a turnout of 61.3% nationwide.',
      ),
    ).toEqual([]);
    // An age is no count.
    expect(
      numberSummaries('Mr Qormaz, a 54-year-old professor, objected.', 'He said 41 people objected.'),
    ).toEqual([]);
  });
});

function dated(source: string, text: string, isos: string[]): FactMention {
  return {
    source,
    start: 0,
    end: text.length,
    text,
    framing: {
      actorNames: [],
      attributions: [],
      numbers: [],
      dates: isos.map((iso) => ({ iso, text: iso, relative: true })),
      quotes: [],
    },
  };
}

describe('date discrepancies', () => {
  const summaries = (...mentions: FactMention[]): string[] =>
    findDiscrepancies([{ id: 'fact:test', label: 'test', actors: [], mentions }], [], [])
      .filter((item) => item.kind === 'date')
      .map((item) => item.summary);

  it('finds one event dated differently', () => {
    expect(
      summaries(
        dated('a', 'They met on Thursday.', ['2023-10-26']),
        dated('b', 'They met on Friday.', ['2023-10-27']),
      ),
    ).toHaveLength(1);
  });

  it('does not set two days one source tells side by side against each other', () => {
    expect(
      summaries(
        dated('a', 'She visited on Wednesday and declared mourning until Saturday.', [
          '2025-10-15',
          '2025-10-18',
        ]),
        dated('b', 'She will attend a memorial mass on Saturday.', ['2025-10-18']),
      ),
    ).toEqual([]);
  });

  it('does not set days against each other when one source dates two things of the fact in two sentences', () => {
    expect(
      summaries(
        dated('a', 'Drossia recalled its ambassador on Monday.', ['2026-05-11']),
        dated('a', 'The tariff would take effect on Friday.', ['2026-05-15']),
        dated('b', 'The tariff comes into force on Saturday.', ['2026-05-16']),
      ),
    ).toEqual([]);
  });
});

describe('participant discrepancies', () => {
  /** A person named in source `source`'s mention, with the titles sources gave. */
  const person = (id: string, source: string, titles: Array<[string, string]>): Actor => ({
    id,
    name: id,
    kind: 'person',
    aliases: [id],
    mentions: [{ source, start: 0, end: id.length, text: id }],
    titles: titles.map(([from, title]) => ({ source: from, title })),
  });
  const fact = (sources: string[], actors: string[]): Fact => ({
    id: 'fact:test',
    label: 'test',
    actors,
    mentions: sources.map((source) => ({ source, start: 0, end: 40, text: 'x'.repeat(40) })),
  });
  const participants = (actors: Actor[]): string[] =>
    findDiscrepancies(
      [
        fact(
          ['s1', 's2'],
          actors.map((actor) => actor.id),
        ),
      ],
      [],
      actors,
    )
      .filter((item) => item.kind === 'participant')
      .map((item) => item.summary);

  it('finds two people told in one role by different sources', () => {
    const galuzin = person('Galuzin', 's1', [['s1', 'Russian Deputy Foreign Minister']]);
    const bogdanov = person('Bogdanov', 's2', [['s2', 'Russian Deputy Foreign Minister']]);
    expect(participants([galuzin, bogdanov])).toEqual(['Bogdanov vs Galuzin']);
  });

  it("does not set two countries' ministers against each other, though a source titles one bare", () => {
    const ravell = person('Ravell', 's1', [
      ['s1', 'Foreign Minister'],
      ['s3', 'Norvalan Foreign Minister'],
    ]);
    const tavanic = person('Tavanic', 's2', [
      ['s2', 'Drossian Foreign Minister'],
      ['s3', 'Drossian foreign minister'],
    ]);
    expect(participants([ravell, tavanic])).toEqual([]);
  });
});
