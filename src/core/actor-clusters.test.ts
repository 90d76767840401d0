import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterActors, type ClusterSource, type ClusteredActor } from './actor-clusters';
import { slugOf } from './names';
import type { Span } from './span';

const SENTENCE_BREAK = /(?<=[.!?]["”]?)\s+(?=[A-Z"“])/g;

/** A tiny stand-in for the real sentence splitter: lines, then sentence ends. */
function sentencesOf(text: string, isProse: (line: string) => boolean = () => true): Span[] {
  const sentences: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let last = 0;
    const pieces: Array<[number, number]> = [];
    for (const match of line.matchAll(SENTENCE_BREAK)) {
      pieces.push([last, match.index]);
      last = match.index + match[0].length;
    }
    pieces.push([last, line.length]);
    if (isProse(line)) {
      for (const [from, to] of pieces) {
        const piece = line.slice(from, to);
        const start = lineStart + from + (piece.length - piece.trimStart().length);
        const end = lineStart + to - (piece.length - piece.trimEnd().length);
        if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
      }
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

/** Prose lines of a seed: at least 8 words, a quarter of them lowercase, no breadcrumb ">". */
function seedProse(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    words.length >= 8 &&
    !line.includes('>') &&
    words.filter((w) => /^[a-z]/.test(w)).length * 4 >= words.length
  );
}

const SEED_DIR = new URL('../../seeds/', import.meta.url);
const seedSources: ClusterSource[] = readdirSync(SEED_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(new URL(file, SEED_DIR), 'utf8');
    return { sourceId: file.slice(0, 3), text, sentences: sentencesOf(text, seedProse) };
  });
const seedActors = clusterActors(seedSources);

function actorWith(actors: ClusteredActor[], alias: string): ClusteredActor {
  const actor = actors.find((a) => a.aliases.includes(alias));
  if (!actor) throw new Error(`no actor with alias ${alias}`);
  return actor;
}

function expectOffsetsExact(actors: ClusteredActor[], sources: ClusterSource[]): void {
  const textOf = new Map(sources.map((s) => [s.sourceId, s.text]));
  for (const actor of actors) {
    for (const m of actor.mentions)
      expect(textOf.get(m.source)?.slice(m.start, m.end), actor.name).toBe(m.text);
  }
}

describe('seed clusters: aliases across spelling, transliteration, partial names and garbling', () => {
  it.each<[string, ClusteredActor['kind'], string[]]>([
    [
      'Mousa Mohammed Abu Marzook',
      'person',
      [
        'Musa Abu Marzuk',
        'Mousa Mohammed Abu Marzook',
        'Musa Abu Marzouk',
        'Abu Marzouk',
        'Marzouk',
        'Marzuk',
      ],
    ],
    ['Ali Bagheri Kani', 'person', ['Bageri', 'Ali Bagheri Kani', 'Ali Baghiri Kani', 'Bagheri Kani']],
    ['Maria Zakharova', 'person', ['Maria Zaharova', 'Maria Zakharova', 'Zakharova']],
    ['Lior Haiat', 'person', ['Lior Haiat', 'Hayat']],
    ['Mikhail Bogdanov', 'person', ['Mihail Bogdanov', 'Mikhail Bogdanov']],
    ['Dmitry Peskov', 'person', ['Dmitry Peskov', 'Peskov']],
    ['Vladimir Putin', 'person', ['Vladimir Putin', 'Putin']],
    ['Guterres', 'person', ['Guterres']],
    ['TASS', 'media', ['TASS', 'Tass', 'TASS News Agency']],
    ['RIA Novosti', 'media', ['RIA Novosti', 'Ria Novosti', 'Ria', 'Russia News Agency']],
    ['Islamic State', 'organization', ['ISIS', 'Islamic State']],
    [
      'Russian Foreign Ministry',
      'organization',
      ['Russian Foreign Ministry', 'Russian Ministry of Foreign Affairs', 'Russian foreign ministry'],
    ],
    [
      'Israeli Foreign Ministry',
      'organization',
      ['Israeli Foreign Ministry', 'Israeli Ministry of Foreign Affairs', 'Israeli foreign ministry'],
    ],
    ['Hamas', 'organization', ['Hamas']],
    ['Kremlin', 'organization', ['Kremlin']],
    ['Moscow', 'place', ['Moscow']],
    ['Gaza Strip', 'place', ['Gaza Strip', 'Gaza']],
    ['Russia', 'place', ['Russia', 'Russian Federation']],
    ['Israel', 'place', ['Israel']],
    ['Iran', 'place', ['Iran']],
    ['East Jerusalem', 'place', ['East Jerusalem']],
  ])('%s (%s)', (name, kind, aliases) => {
    const actor = actorWith(seedActors, aliases[0] as string);
    expect(actor.aliases).toEqual(expect.arrayContaining(aliases));
    expect(actor.name).toBe(name);
    expect(actor.kind).toBe(kind);
    expect(actor.id).toBe(`actor:${slugOf(name)}`);
  });

  it('keeps the titles written next to a person, per source', () => {
    expect(actorWith(seedActors, 'Bageri').titles).toContainEqual({
      source: '000',
      title: 'Iranian Deputy Foreign Minister',
    });
    expect(actorWith(seedActors, 'Mihail Bogdanov').titles).toContainEqual({
      source: '001',
      title: 'Deputy Head of Russia’s Foreign Ministry',
    });
    expect(actorWith(seedActors, 'Peskov').titles).toContainEqual({
      source: '002',
      title: 'Kremlin spokesman',
    });
  });

  it('counts mentions in every source that names the actor', () => {
    const sourcesOf = (alias: string): string[] =>
      [...new Set(actorWith(seedActors, alias).mentions.map((m) => m.source))].sort();
    expect(sourcesOf('Marzouk')).toEqual(['000', '001', '002', '003', '004']);
    expect(sourcesOf('Ali Bagheri Kani')).toEqual(['000', '001', '002', '003', '004']);
    expect(sourcesOf('TASS')).toEqual(['000', '001', '002', '003', '004']);
  });
});

describe('seed clusters: what must never merge', () => {
  it.each([
    ['Mikhail Galuzin', 'Mikhail Bogdanov'],
    ['Abu Hamid', 'Abu Marzouk'],
    ['Putin', 'Peskov'],
    ['Vladimir Putin', 'Dmitry Peskov'],
    ['Russian Foreign Ministry', 'Israeli Foreign Ministry'],
    ['Russian Ministry of Foreign Affairs', 'Israeli Ministry of Foreign Affairs'],
    ['Iran', 'Israel'],
    ['Hamas', 'Hamas political bureau'],
    ['Hamas', 'Hamas Political Committee'],
    ['Russia', 'Russia News Agency'],
    ['Russia', 'Russia Today'],
    ['Israel', 'The Times of Israel'],
    ['Lior Haiat', 'Hamas'],
  ])('%s ≠ %s', (a, b) => {
    expect(actorWith(seedActors, a).id).not.toBe(actorWith(seedActors, b).id);
  });
});

describe('seed clusters: integrity', () => {
  it('gives every mention exact offsets into its source', () => {
    expectOffsetsExact(seedActors, seedSources);
  });

  it('gives unique ids, a kind, and deduplicated aliases to every actor', () => {
    expect(new Set(seedActors.map((a) => a.id)).size).toBe(seedActors.length);
    for (const actor of seedActors) {
      expect(['person', 'organization', 'place', 'media']).toContain(actor.kind);
      expect(new Set(actor.aliases).size).toBe(actor.aliases.length);
      expect(actor.mentions.length).toBeGreaterThan(0);
    }
  });

  it('is stable: the same input gives the same ids and names', () => {
    const again = clusterActors(seedSources);
    expect(again.map((a) => [a.id, a.name, a.kind])).toEqual(seedActors.map((a) => [a.id, a.name, a.kind]));
  });

  it('puts no demonym or title word among the aliases', () => {
    const aliases = seedActors.flatMap((a) => a.aliases);
    for (const word of ['Russian', 'Israeli', 'Iranian', 'Deputy', 'Foreign Minister', 'The', 'Photo'])
      expect(aliases).not.toContain(word);
  });
});

/** Three invented reports of one event, nothing in common with the seeds. */
const INVENTED = [
  'Lithuanian Deputy Energy Minister Tomas Petrauskas met Polish Deputy Energy Minister Tomasz Nowak in Vilnius on Tuesday, the Lithuanian Ministry of Energy said. Petrauskas told the news agency BNS that the talks on the grid link were constructive. Natalia Sorokina, spokeswoman for the Belarusian Foreign Ministry, called the meeting "a provocation".',
  'According to the agency Interfax, Deputy Minister Tomash Novak 🙂 discussed the grid with his Lithuanian colleague Petrauskas in Vilnius. Natalja Sorokinová, a spokeswoman for the Belarusian Ministry of Foreign Affairs, said that the Belarusian side had not been consulted. Spokeswoman Sorokina also criticised the Polish Ministry of Energy.',
  "Poland's deputy energy minister, Tomasz Nowak, told the broadcaster TVP that Warsaw would pay for the link. Nowak said the Lithuanian side had agreed. Tomas Petrauskas later thanked the Polish Ministry of Energy, BNS reported. A second Polish official, Tomasz Zielinski, joined the talks in Vilnius, while Tomasz declined to comment.",
];
const inventedSources: ClusterSource[] = INVENTED.map((text, i) => ({
  sourceId: `story-${i}`,
  text,
  sentences: sentencesOf(text),
}));
const inventedActors = clusterActors(inventedSources);

describe('an invented story: nothing is tied to the seed event', () => {
  it.each<[string, ClusteredActor['kind'], string[]]>([
    ['Tomas Petrauskas', 'person', ['Tomas Petrauskas', 'Petrauskas']],
    ['Tomasz Nowak', 'person', ['Tomasz Nowak', 'Tomash Novak', 'Nowak']],
    ['Natalia Sorokina', 'person', ['Natalia Sorokina', 'Natalja Sorokinová', 'Sorokina']],
    ['Tomasz Zielinski', 'person', ['Tomasz Zielinski']],
    [
      'Belarusian Ministry of Foreign Affairs',
      'organization',
      ['Belarusian Foreign Ministry', 'Belarusian Ministry of Foreign Affairs'],
    ],
    ['Polish Ministry of Energy', 'organization', ['Polish Ministry of Energy']],
    ['Lithuanian Ministry of Energy', 'organization', ['Lithuanian Ministry of Energy']],
    ['BNS', 'media', ['BNS']],
    ['Interfax', 'media', ['Interfax']],
    ['TVP', 'media', ['TVP']],
    ['Vilnius', 'place', ['Vilnius']],
  ])('%s (%s)', (name, kind, aliases) => {
    const actor = actorWith(inventedActors, aliases[0] as string);
    expect(actor.aliases).toEqual(expect.arrayContaining(aliases));
    expect(actor.name).toBe(name);
    expect(actor.kind).toBe(kind);
  });

  it('keeps titles from all three outlets', () => {
    expect(actorWith(inventedActors, 'Nowak').titles.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        'Polish Deputy Energy Minister',
        'Deputy Minister',
        "Poland's deputy energy minister",
      ]),
    );
  });

  it('keeps an ambiguous first name out of every person it could be', () => {
    const tomasz = actorWith(inventedActors, 'Tomasz');
    for (const other of ['Tomasz Nowak', 'Tomasz Zielinski', 'Tomas Petrauskas'])
      expect(actorWith(inventedActors, other).id).not.toBe(tomasz.id);
  });

  it('keeps ministries of different countries apart', () => {
    expect(actorWith(inventedActors, 'Polish Ministry of Energy').id).not.toBe(
      actorWith(inventedActors, 'Lithuanian Ministry of Energy').id,
    );
  });

  it('gives exact offsets, even after an emoji', () => {
    expectOffsetsExact(inventedActors, inventedSources);
    const novak = actorWith(inventedActors, 'Tomash Novak').mentions.find((m) => m.text === 'Tomash Novak');
    expect(novak && INVENTED[1]?.slice(novak.start, novak.end)).toBe('Tomash Novak');
  });
});

describe('acronyms', () => {
  it('joins an acronym to the one organisation with its initials', () => {
    const text =
      'The World Health Organization (WHO) warned of new cases in Sudan. Later, WHO officials met the Sudanese Health Ministry.';
    const actors = clusterActors([{ sourceId: 's', text, sentences: sentencesOf(text) }]);
    const who = actorWith(actors, 'WHO');
    expect(who.aliases).toEqual(expect.arrayContaining(['World Health Organization', 'WHO']));
    expect(who.name).toBe('World Health Organization');
    expect(who.kind).toBe('organization');
    expect(who.mentions).toHaveLength(3);
  });
});

describe('a surname shared by two full names', () => {
  const text =
    'Deputy Minister Mikhail Orlov met Governor Mikhail Sokolov in Omsk. Mikhail later left, and Orlov stayed.';
  const actors = clusterActors([{ sourceId: 's', text, sentences: sentencesOf(text) }]);

  it('keeps the two people and the ambiguous first name apart', () => {
    const ids = ['Mikhail Orlov', 'Mikhail Sokolov', 'Mikhail'].map((alias) => actorWith(actors, alias).id);
    expect(new Set(ids).size).toBe(3);
    expect(actorWith(actors, 'Orlov').id).toBe(actorWith(actors, 'Mikhail Orlov').id);
  });
});
