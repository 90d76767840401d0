import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterActors, type ClusterSource, type ClusteredActor } from './actor-clusters';
import { slugOf } from './name-keys';
import { sentencesOf, seedProse } from './actor-test-sentences';

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
      'Musa Abu Marzouk',
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

const clusterTexts = (texts: string[]): ClusteredActor[] =>
  clusterActors(texts.map((text, i) => ({ sourceId: `s${i}`, text, sentences: sentencesOf(text) })));

describe('person variants join the one full name they vary', () => {
  it.each<[string, string[], string, string[]]>([
    [
      'a first name that is a prefix of the full one',
      ['Union leader Tomas Okafor spoke on Monday.', 'More workers left, union boss Tom Okafor said.'],
      'Tomas Okafor',
      ['Tomas Okafor', 'Tom Okafor'],
    ],
    [
      'an accented Czech feminine -ová (same key)',
      [
        'Transport Minister Lidia Brandt urged talks.',
        'Minister Lidia Brandt repeated the call.',
        'The Minister of Transport Lidia Brandtová called for talks.',
      ],
      'Lidia Brandt',
      ['Lidia Brandt', 'Lidia Brandtová'],
    ],
    [
      'an unaccented feminine -ova with the same first name',
      [
        'Transport Minister Lidia Brandt urged talks.',
        'Minister Lidia Brandt repeated the call.',
        'The minister, Lidia Brandtova, called for talks.',
      ],
      'Lidia Brandt',
      ['Lidia Brandt', 'Lidia Brandtova'],
    ],
  ])('%s', (_, texts, name, aliases) => {
    const actor = actorWith(clusterTexts(texts), aliases[0] as string);
    expect(actor.aliases).toEqual(expect.arrayContaining(aliases));
    expect(actor.name).toBe(name);
    expect(actor.kind).toBe('person');
  });

  it.each<[string, string[], string[]]>([
    [
      'a short first name that fits two full names',
      ['Union leader Tomas Okafor met Tomislav Okafor on Monday.', 'Later, union boss Tom Okafor spoke.'],
      ['Tom Okafor', 'Tomas Okafor', 'Tomislav Okafor'],
    ],
    [
      'a short first name with another surname',
      ['Union leader Tomas Adeyemi met reporters.', 'Later, union boss Tom Okafor spoke.'],
      ['Tom Okafor', 'Tomas Adeyemi'],
    ],
    [
      'a feminine surname with another first name',
      ['Transport Minister Petr Brandt urged talks.', 'The minister, Lidia Brandtova, called for talks.'],
      ['Petr Brandt', 'Lidia Brandtova'],
    ],
    [
      'a two-letter first name is no short form',
      ['Union leader Alan Okafor spoke.', 'Later, union boss Al Okafor spoke.'],
      ['Alan Okafor', 'Al Okafor'],
    ],
  ])('%s stay apart', (_, texts, apart) => {
    const actors = clusterTexts(texts);
    expect(new Set(apart.map((alias) => actorWith(actors, alias).id)).size).toBe(apart.length);
  });
});

describe('Arabic names whose particles are written differently', () => {
  const actors = clusterTexts([
    'Movement leader Abdelkarim Haddouri praised the president on Thursday.',
    'Abdul Karim al-Haddouri, the movement’s leader, told the agency the talks went well.',
    'Movement chief Abd al-Karim Hadduri praised the president in an interview.',
    'Haddouri also said captives could be freed. Abdul Rahman Haddouri, his cousin, was not there.',
  ]);

  it('joins every spelling of one name, and the bare surname', () => {
    const actor = actorWith(actors, 'Abdelkarim Haddouri');
    expect(actor.aliases).toEqual(
      expect.arrayContaining(['Abdul Karim al-Haddouri', 'Abd al-Karim Hadduri', 'Abdelkarim Haddouri']),
    );
    expect(actor.kind).toBe('person');
  });

  it('keeps another "Abd" name with the same surname apart, and the shared surname alone', () => {
    expect(actorWith(actors, 'Abdul Rahman Haddouri').id).not.toBe(
      actorWith(actors, 'Abdelkarim Haddouri').id,
    );
    expect(actorWith(actors, 'Haddouri').id).not.toBe(actorWith(actors, 'Abdelkarim Haddouri').id);
  });
});

describe('a surname two people share, and a place run into a name', () => {
  const actors = clusterTexts([
    'The reporter Tomas Erlund was detained in Krasnel. Erlund denies the charges. Tomas Erlund has a lawyer.',
    'Tomas Erlund, 41, is held in Valdoria. Erlund was arrested on Wednesday.',
    'Erlund faces 20 years. His wife Sara Erlund asked for calm. Tomas Erlund writes for Hafnposten.',
    'Erlund met his consul. Tomas Erlund is well, Erlund told her.',
    'The court chose for the citizen of Nordmark Tomas Erlyund a measure of restraint. In Nordmark, people protested.',
    'The minister summoned the ambassador of Valdoria Stefan Korda. Stefan Korda said nothing. Valdoria is far.',
  ]);

  it('gives the bare surname to the one named in full far more often', () => {
    expect(actorWith(actors, 'Erlund').id).toBe(actorWith(actors, 'Tomas Erlund').id);
    expect(actorWith(actors, 'Sara Erlund').id).not.toBe(actorWith(actors, 'Tomas Erlund').id);
  });

  it('cuts a place of the corpus off the front of a name', () => {
    expect(actorWith(actors, 'Tomas Erlyund').id).toBe(actorWith(actors, 'Tomas Erlund').id);
    expect(actorWith(actors, 'Stefan Korda').aliases).not.toContain('Valdoria Stefan Korda');
  });
});

describe('a party written with its leader', () => {
  const actors = clusterTexts([
    'Ostmark Prime Minister Hanne Vollert survived the vote. The scandal at Ostmark State Railways (OSR) goes on.',
    'The Ostmark government said Vollert would stay. OSR chief Dieter Kammholz resigned last week.',
    "Ostmark State Railways paid the contracts. Vollert's Civic Union lost two votes.",
    'Hanne Vollert thanked the Civic Union. The Ostmark government met on Thursday.',
  ]);

  it('keeps the leader out of her party', () => {
    expect(actorWith(actors, 'Hanne Vollert').aliases).not.toContain('Civic Union');
    expect(actorWith(actors, 'Vollert').id).toBe(actorWith(actors, 'Hanne Vollert').id);
  });
});

describe('kinds and edges of names in general news vocabulary', () => {
  const actors = clusterTexts([
    'The Bank of Norland raised rates, and the Maritime Safety Board and the Appeal Tribunal met. Shares fell on the Harlow Stock Exchange.',
    'Police said the ferry sank in the Ostrand Strait. Protesters gathered on Canal Street in the West Bank town.',
    'Opposition MP Maren Tolliver said the deal was bad. PM Teodor Vasse disagreed. I’m not surprised, she added.',
    'Presidential spokesman Oleg Tarnovsky said no meeting was planned, the Amrah Daily Star reported.',
    'Kestrel said it would appeal. Merrow said nothing. The Kestrel-Merrow merger is dead.',
    'Economist of Amberlane Bank Jonas Freyberg expects more rises. Amberlane Bank said little.',
    'The Orvanian Chamber of Industry and Commerce warned on Monday. Later the Chamber of Industry and Commerce said investment would suffer.',
  ]);
  const kindOf = (alias: string): string => actorWith(actors, alias).kind;

  it('reads banks, boards, tribunals and exchanges as organisations, straits and streets as places', () => {
    expect(kindOf('Bank of Norland')).toBe('organization');
    expect(kindOf('Maritime Safety Board')).toBe('organization');
    expect(kindOf('Appeal Tribunal')).toBe('organization');
    expect(kindOf('Harlow Stock Exchange')).toBe('organization');
    expect(kindOf('Ostrand Strait')).toBe('place');
    expect(kindOf('Canal Street')).toBe('place');
    expect(kindOf('West Bank')).toBe('place');
  });

  it('leaves titles, a lone qualifier and a contraction out of names', () => {
    expect(kindOf('Maren Tolliver')).toBe('person');
    expect(kindOf('Teodor Vasse')).toBe('person');
    const aliases = actors.flatMap((actor) => actor.aliases);
    for (const junk of ['Opposition MP Maren Tolliver', 'PM Teodor Vasse', 'I’m', 'Presidential'])
      expect(aliases).not.toContain(junk);
  });

  it('keeps a newspaper’s whole name', () => {
    expect(kindOf('Amrah Daily Star')).toBe('media');
  });

  it('makes no actor of two actors joined by a hyphen, nor one of a bank and its economist', () => {
    const aliases = actors.flatMap((actor) => actor.aliases);
    expect(aliases).not.toContain('Kestrel-Merrow');
    expect(actorWith(actors, 'Kestrel').id).not.toBe(actorWith(actors, 'Merrow').id);
    expect(aliases).not.toContain('Amberlane Bank Jonas Freyberg');
    expect(actorWith(actors, 'Jonas Freyberg').id).not.toBe(actorWith(actors, 'Amberlane Bank').id);
  });

  it('joins a company’s short name to its full name, however often it is named', () => {
    const companies = clusterTexts([
      'Merrow Foods said on Monday it would cut prices, and shares in Merrow rose. Analysts said Merrow had no choice.',
      'The offer for Merrow was rejected, Merrow said. Investors in Merrow said the deal was dead.',
      'A spokesman said Merrow would appeal. Kestrel said Merrow had agreed.',
    ]);
    const merrow = actorWith(companies, 'Merrow');
    expect(merrow.id).toBe(actorWith(companies, 'Merrow Foods').id);
    expect(merrow.kind).toBe('organization');
  });

  it('gives a short name shared by two companies to the one named far more often', () => {
    const companies = clusterTexts([
      'Norvik Telecom said hackers stole data. Customers of Norvik were told to change passwords, Norvik Telecom said.',
      'Norvik Telecom shares fell. Analysts said Norvik had been slow. Norvik Telecom and Norvik Telecom’s board met.',
      'Its subsidiary Norvik Mobil GmbH was not affected, a spokesman said Norvik had confirmed.',
    ]);
    expect(actorWith(companies, 'Norvik').id).toBe(actorWith(companies, 'Norvik Telecom').id);
    expect(actorWith(companies, 'Norvik Mobil GmbH').id).not.toBe(actorWith(companies, 'Norvik Telecom').id);
  });

  it('joins an organisation named by its fields alone to its full name', () => {
    expect(actorWith(actors, 'Chamber of Industry and Commerce').id).toBe(
      actorWith(actors, 'Orvanian Chamber of Industry and Commerce').id,
    );
  });
});

describe('one name transliterated differently by each outlet', () => {
  const actors = clusterTexts([
    'Hamas leader Ismail Haniyeh met Iranian Foreign Minister Hossein Amir-Abdollahian in Doha.',
    'Hossein Amirabdollahian later spoke with Haniya by phone. Crown Prince Mohammed bin Salman called.',
    'Crown Prince Mohammad bin Salman spoke to reporters, and so did Maria Novak and Mario Novak.',
  ]);
  const same = (a: string, b: string): boolean => actorWith(actors, a).id === actorWith(actors, b).id;

  it('joins an Arabic or Persian final -a / -eh, other vowels in a first name, and a hyphen inside a name', () => {
    expect(same('Haniya', 'Ismail Haniyeh')).toBe(true);
    expect(same('Mohammad bin Salman', 'Mohammed bin Salman')).toBe(true);
    expect(same('Hossein Amirabdollahian', 'Hossein Amir-Abdollahian')).toBe(true);
  });

  it("joins a father's name written with other vowels, and a Ukrainian feminine -yna", () => {
    const envoys = clusterTexts([
      "Qasrah's envoy Khalid bin Youssef Al-Haddad said the day belonged to the families.",
      'The mediator, Khalid bin Yusuf Al-Haddad, thanked both sides. Khalid Al-Haddad left at noon.',
      'Deputy Foreign Minister Iryna Voloshyna rejected the claim; Irina Voloshina said the five refused.',
      'Crown Prince Mohammed bin Salman and Mohammed bin Nayef spoke.',
    ]);
    const same = (a: string, b: string): boolean => actorWith(envoys, a).id === actorWith(envoys, b).id;
    expect(same('Khalid bin Youssef Al-Haddad', 'Khalid bin Yusuf Al-Haddad')).toBe(true);
    expect(same('Khalid Al-Haddad', 'Khalid bin Yusuf Al-Haddad')).toBe(true);
    expect(same('Iryna Voloshyna', 'Irina Voloshina')).toBe(true);
    expect(same('Mohammed bin Salman', 'Mohammed bin Nayef')).toBe(false);
  });

  it('reads an organisation whose name has Arabic particles as one, with its short form', () => {
    const brigades = clusterTexts([
      'The Izz ad-Din al-Qassam Brigades said they fired rockets.',
      'The Qassam Brigades, the armed wing of the group, later claimed the attack.',
    ]);
    const actor = actorWith(brigades, 'Izz ad-Din al-Qassam Brigades');
    expect(actor.kind).toBe('organization');
    expect(actor.aliases).toContain('Qassam Brigades');
  });

  it('knows the common news agencies and agencies of government by every name', () => {
    const known = clusterTexts([
      'Anadolu Agency said talks had stalled, Al Arabiya reported, while UNRWA warned of famine.',
      'Turkey’s Anadolu news agency confirmed it. The United Nations Relief and Works Agency said aid was blocked.',
      'A State Department spokesman said Washington supported the talks.',
    ]);
    expect(actorWith(known, 'Anadolu').id).toBe(actorWith(known, 'Anadolu Agency').id);
    expect(actorWith(known, 'Anadolu Agency').kind).toBe('media');
    expect(actorWith(known, 'Al Arabiya').kind).toBe('media');
    expect(actorWith(known, 'UNRWA').id).toBe(actorWith(known, 'United Nations Relief and Works Agency').id);
    expect(actorWith(known, 'State Department').kind).toBe('organization');
  });

  it('keeps first names that differ in their last letter apart', () => {
    expect(same('Maria Novak', 'Mario Novak')).toBe(false);
  });
});

describe('canonical names', () => {
  it.each<[string, string[], string, string]>([
    [
      'a full name two sources agree on beats one outlet’s longer variant',
      [
        'Hamas official Musa Abu Marzouk arrived in Moscow.',
        'Hamas official Musa Abu Marzuk arrived in Moscow.',
        'Hamas official Mousa Mohammed Abu Marzook arrived in Moscow.',
      ],
      'Marzook',
      'Musa Abu Marzouk',
    ],
    [
      'a lone full name still beats a shared surname',
      ['Russian President Vladimir Putin spoke.', 'Later, Putin said so.', 'Later, Putin agreed.'],
      'Putin',
      'Vladimir Putin',
    ],
    [
      'the form more sources use beats a one-source variant of the same length',
      [
        'Union leader Tomas Okafor spoke.',
        'Union leader Tomas Okafor spoke again.',
        'Later, union boss Tom Okafor spoke.',
      ],
      'Tom Okafor',
      'Tomas Okafor',
    ],
    [
      'with no shared full name, the fullest form',
      ['Union leader Tomas Okafor spoke.', 'Later, Okafor spoke again.'],
      'Okafor',
      'Tomas Okafor',
    ],
  ])('%s', (_, texts, alias, name) => {
    const actor = clusterTexts(texts).find((a) => a.aliases.some((form) => form.endsWith(alias)));
    expect(actor?.name).toBe(name);
  });
});

describe('chrome words capitalised in title-case lines', () => {
  const text = [
    'News Category',
    'Your Position: Home',
    'Interview With Okafor',
    'In an interview, union leaders said the position of Hamas officials on this category was firm.',
  ].join('\n');
  const actors = clusterTexts([text]);
  const names = actors.map((a) => a.name);

  it('drops a common word seen once without evidence in a title-case line', () => {
    expect(names).not.toContain('Category');
    expect(names).not.toContain('Position');
    expect(names).toContain('Hamas');
  });

  it('keeps a name in a title-case line: it is no common word', () => {
    expect(names).toContain('Okafor');
  });

  it('keeps a common word that has kind evidence and a second mention', () => {
    const withEvidence = clusterTexts([`${text}\nShe works at Category, a logistics firm, in Lagos.`]);
    expect(actorWith(withEvidence, 'Category').kind).toBe('organization');
  });
});

describe('common words capitalised by a sentence start or by shouting', () => {
  const actors = clusterTexts([
    'Opposition leader Anders Holm said the opposition would vote against.',
    'Around 200 supporters cheered around the court.\nFinance chief Tomas Berglund has QUIT.\nHe quits after the IT contract was awarded, and it was cancelled.',
  ]);
  const names = actors.map((a) => a.name);

  it('makes no actor of them', () => {
    for (const word of ['Opposition', 'Around', 'QUIT', 'IT']) expect(names).not.toContain(word);
  });

  it('keeps the names next to them', () => {
    expect(names).toEqual(expect.arrayContaining(['Anders Holm', 'Tomas Berglund']));
  });
});

describe('organisations and their short names', () => {
  const actors = clusterTexts([
    'An explosion hit the Velmora Chemicals plant. Velmora CEO Marta Lindqvist apologised.',
    'Velmora said the plant would stay shut. The newspaper Dagbladet Nord revealed the deal, Dagbladet Nord said.',
  ]);

  it('joins a short name to the one organisation it starts, and keeps the chief a person', () => {
    const company = actorWith(actors, 'Velmora Chemicals');
    expect(company.kind).toBe('organization');
    expect(company.aliases).toContain('Velmora');
    expect(actorWith(actors, 'Marta Lindqvist').aliases).not.toContain('Velmora');
  });

  it('lets a newspaper cue outvote the person shape of a two-word name', () => {
    expect(actorWith(actors, 'Dagbladet Nord').kind).toBe('media');
  });
});

const STRIKE_DIR = new URL('../../tests/fixtures/corpora/harbour-strike/', import.meta.url);
const strikeSources: ClusterSource[] = readdirSync(STRIKE_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(new URL(file, STRIKE_DIR), 'utf8');
    return { sourceId: file.slice(0, 2), text, sentences: sentencesOf(text) };
  });
const strikeActors = clusterActors(strikeSources);

describe('second corpus: harbour strike', () => {
  it('reads the four fixture files', () => {
    expect(strikeSources).toHaveLength(4);
  });

  it.each<[string, ClusteredActor['kind'], string[]]>([
    ['Nordline', 'organization', ['Nordline']],
    ['Serrano Terminals', 'organization', ['Serrano Terminals']],
    ["Harbour Workers' Union", 'organization', ["Harbour Workers' Union"]],
    ['Lidia Brandt', 'person', ['Lidia Brandt', 'Lidia Brandtová']],
    ['Tomas Okafor', 'person', ['Tomas Okafor', 'Tom Okafor', 'Tomás Okafor']],
    ['Port Serrano', 'place', ['Port Serrano']],
  ])('%s (%s)', (name, kind, aliases) => {
    const actor = actorWith(strikeActors, aliases[0] as string);
    expect(actor.aliases).toEqual(expect.arrayContaining(aliases));
    expect(actor.name).toBe(name);
    expect(actor.kind).toBe(kind);
  });

  it('names every source that mentions the people and companies', () => {
    const sourcesOf = (alias: string): string[] =>
      [...new Set(actorWith(strikeActors, alias).mentions.map((m) => m.source))].sort();
    expect(sourcesOf('Lidia Brandt')).toEqual(['01', '02', '03', '04']);
    expect(sourcesOf('Tomas Okafor')).toEqual(['01', '02', '03', '04']);
    expect(sourcesOf('Serrano Terminals')).toEqual(['01', '02', '03', '04']);
  });

  it('keeps the titles, "of" titles included', () => {
    expect(actorWith(strikeActors, 'Lidia Brandt').titles).toEqual(
      expect.arrayContaining([
        { source: '01', title: 'Transport Minister' },
        { source: '03', title: 'Minister of Transport' },
      ]),
    );
    expect(actorWith(strikeActors, 'Tom Okafor').titles).toContainEqual({
      source: '02',
      title: 'union boss',
    });
  });

  it('makes no actor of a portfolio, a cut union name or a headline word', () => {
    const aliases = strikeActors.flatMap((a) => a.aliases);
    for (const junk of ['Transport', 'Transport Lidia Brandtová', 'Harbour Workers', 'Chaos', 'PORT CHAOS'])
      expect(aliases).not.toContain(junk);
  });

  it('gives exact offsets', () => {
    expectOffsetsExact(strikeActors, strikeSources);
  });
});

describe("an invented country's people, kinds by context, and shouted words", () => {
  const actors = clusterTexts([
    'Karsovia and Tamzir swapped prisoners on Thursday, mediated by the Gulf emirate of Qasrah. Ninety Karsovians came home.',
    'Tamzir released 97 Karsovian soldiers, and the Karsovian army said the Tamziri side had kept five. Qasrahi diplomats watched.',
    'The International Committee of the Red Cross checked every name, and the Red Cross said it was satisfied. Tamziris cheered.',
    'Relatives waited EIGHT HOURS at the airport, and some for TWO YEARS, the Clarion said. Divers inspected the Strela Dam and the Hadar Pass.',
    'Some eight families had waited for hours and two for years in Karsovia and in Tamzir. The Karsovian foreign ministry thanked Qasrah.',
    'In Vestmark, thousands of Vestmarkers marched behind the Confederation of Vestmark Trade Unions (CVTU).',
    'A cabin fell at the Vel Drosta ski resort, and the kitchen on the Korsvik industrial estate was sealed.',
    'Vel Drosta stayed closed on Monday, as did Korsvik.',
  ]);
  const aliases = actors.flatMap((actor) => actor.aliases);

  it("makes no actor of a place's demonym, which still qualifies an organisation", () => {
    for (const demonym of ['Karsovians', 'Karsovian', 'Tamziri', 'Tamziris', 'Qasrahi', 'Vestmarkers'])
      expect(aliases).not.toContain(demonym);
    expect(actorWith(actors, 'Karsovian army').kind).toBe('organization');
  });

  it('reads a place named by its kind ("the emirate of X"), and dams and passes as places', () => {
    expect(actorWith(actors, 'Qasrah').kind).toBe('place');
    expect(actorWith(actors, 'Strela Dam').kind).toBe('place');
    expect(actorWith(actors, 'Hadar Pass').kind).toBe('place');
  });

  it('reads a name before a lowercase place noun as a place ("the Vel Drosta ski resort")', () => {
    expect(actorWith(actors, 'Vel Drosta').kind).toBe('place');
    expect(actorWith(actors, 'Korsvik').kind).toBe('place');
  });

  it('reads "the X of the Y" as one organisation, and "the Red Cross" as one', () => {
    const committee = actorWith(actors, 'International Committee of the Red Cross');
    expect(committee.kind).toBe('organization');
    expect(actorWith(actors, 'Red Cross').id).toBe(committee.id);
  });

  it("keeps a compass adjective in an organisation's name, and its acronym with it", () => {
    const front = clusterTexts([
      'The government signed a truce with the Northern Liberation Front (NLF) on Sunday.',
      'The NLF said its fighters would respect it; Western diplomats were cautious.',
    ]);
    expect(actorWith(front, 'NLF').id).toBe(actorWith(front, 'Northern Liberation Front').id);
    expect(front.flatMap((actor) => actor.aliases)).not.toContain('Western');
  });

  it('reads a name the corpus also names as a people as a place', () => {
    const freed = clusterTexts([
      'On Friday Veresia thanked the mediators. The Veresian surgeon Anton Kharitonov was freed with two Nordalians.',
      'The government of Veresia said its citizen was well, and the Gulf state of Al-Bariq flew him home.',
    ]);
    expect(actorWith(freed, 'Veresia').kind).toBe('place');
    expect(actorWith(freed, 'Al-Bariq').kind).toBe('place');
    expect(freed.flatMap((actor) => actor.aliases)).not.toContain('Veresian');
  });

  it('makes no actor of a handle or a hashtag', () => {
    const posts = clusterTexts([
      'FM @ABrandtvik in Osterholm: the truce holds. #MarvellaFire #ArdeniaTruce',
      'Annelie Brandtvik said the truce holds in Osterholm.',
    ]);
    const names = posts.flatMap((actor) => actor.aliases);
    for (const tag of ['ABrandtvik', 'MarvellaFire', 'ArdeniaTruce']) expect(names).not.toContain(tag);
    expect(names).toContain('Annelie Brandtvik');
  });

  it('reads a confederation of unions as one organisation, with its acronym', () => {
    expect(actorWith(actors, 'CVTU').id).toBe(actorWith(actors, 'Confederation of Vestmark Trade Unions').id);
  });

  it('makes no actor of a law\'s long title or an article of it, and keeps "the X for the Y" whole', () => {
    const law = clusterTexts([
      'Parliament passed the Act on Transparency of Media and Protection of the Information Space on Tuesday.',
      'Article 14 of the Pension Sustainability Act creates a Council for the Information Space, the Geneva Conventions aside.',
      'The Council for the Information Space met in Sennick.',
    ]);
    const names = law.flatMap((actor) => actor.aliases);
    for (const part of ['Act', 'Transparency', 'Protection', 'Article']) expect(names).not.toContain(part);
    // A short title stays one name: a story about a law is told by it.
    expect(names).toContain('Pension Sustainability Act');
    expect(actorWith(law, 'Council for the Information Space').kind).toBe('organization');
  });

  it('makes no actor of common words shouted in capitals', () => {
    expect(aliases).not.toContain('EIGHT HOURS');
    expect(aliases).not.toContain('TWO YEARS');
  });

  it("joins a hospital network's acronym, an agency spelled the British and the American way, and a surname that 'reported'", () => {
    const attack = clusterTexts([
      'Hackers struck Vessa Regional Hospitals on Monday, and the National Cyber Defence Agency (NCDA) was called in.',
      'A spokesman for VRH said seven hospitals were affected; the National Cyber Defense Agency said it was investigating.',
      'In 2019, Zhelyev reported cracks in the dam. Engineer Teo Zhelyev says he was brushed off.',
      'Teodor Zhelyev said he had warned the company, and Teodor Zhelyev said it did nothing.',
    ]);
    expect(actorWith(attack, 'VRH').id).toBe(actorWith(attack, 'Vessa Regional Hospitals').id);
    expect(actorWith(attack, 'Vessa Regional Hospitals').kind).toBe('organization');
    const agency = actorWith(attack, 'NCDA');
    expect(actorWith(attack, 'National Cyber Defence Agency').id).toBe(agency.id);
    expect(actorWith(attack, 'National Cyber Defense Agency').id).toBe(agency.id);
    const engineer = actorWith(attack, 'Teodor Zhelyev');
    expect(engineer.kind).toBe('person');
    expect(actorWith(attack, 'Zhelyev').id).toBe(engineer.id);
    expect(actorWith(attack, 'Teo Zhelyev').id).toBe(engineer.id);
  });
});
