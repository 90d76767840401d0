import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActorCandidates, type ActorCandidate } from './actor-mentions';
import { sentencesOf, seedProse } from './actor-test-sentences';

const candidatesIn = (text: string): ActorCandidate[] => findActorCandidates(text, sentencesOf(text));

/** `kind` undefined: found, kind not asserted (decided later from all mentions). */
type Expected = { text: string; kind?: ActorCandidate['kind']; title?: string };

function expectFound(candidates: ActorCandidate[], expected: Expected[], absent: string[] = []): void {
  for (const want of expected) {
    const found = candidates.filter((c) => c.text === want.text);
    expect(
      found.map((c) => c.text),
      `candidate ${want.text}`,
    ).toContain(want.text);
    expect(
      want.kind === undefined || found.some((c) => c.kind === want.kind),
      `${want.text} as ${want.kind}: got ${found.map((c) => c.kind).join()}`,
    ).toBe(true);
    if (want.title) expect(found.map((c) => c.title)).toContain(want.title);
  }
  const texts = candidates.map((c) => c.text);
  for (const text of absent) expect(texts, `no candidate ${text}`).not.toContain(text);
}

type Case = [string, string, Expected[], string[]?];

describe('sentence-initial capitals and generic words', () => {
  it.each<Case>([
    [
      '"The" is dropped',
      'The Kremlin defended the invitation.',
      [{ text: 'Kremlin', kind: 'organization' }],
      ['The Kremlin', 'The'],
    ],
    [
      'a sentence-initial adjective is dropped',
      'Leading Hamas member Abu Marzouk was among those present.',
      [
        { text: 'Hamas', kind: 'organization' },
        { text: 'Abu Marzouk', kind: 'person', title: 'Hamas member' },
      ],
      ['Leading', 'Leading Hamas'],
    ],
    [
      'a lone capital at the start is no name',
      'Subsequent reports spoke of a meeting in Riga.',
      [{ text: 'Riga', kind: 'place' }],
      ['Subsequent'],
    ],
    [
      'a lone capital counts when the text also uses it mid-sentence',
      'Marzouk also discussed the evacuation. Officials said that Marzouk left.',
      [{ text: 'Marzouk', kind: 'person' }],
      ['Officials'],
    ],
    [
      'title words alone are no actors',
      'The Deputy Foreign Minister said nothing. Photo: the Foreign Minister arrived at the Ministry.',
      [],
      ['Deputy Foreign Minister', 'Foreign Minister', 'Deputy', 'Photo', 'Ministry', 'The'],
    ],
    [
      'months and weekdays are no actors',
      'On Thursday, October 26, the Kremlin spoke.',
      [{ text: 'Kremlin', kind: 'organization' }],
      ['Thursday', 'October', 'On'],
    ],
  ])('%s', (_, text, expected, absent) => expectFound(candidatesIn(text), expected, absent));
});

describe('titles next to a person', () => {
  it.each<Case>([
    [
      'title run before the name',
      'Iranian Deputy Foreign Minister Ali Bagheri Kani met Russian Deputy Foreign Minister Mikhail Galuzin.',
      [
        { text: 'Ali Bagheri Kani', kind: 'person', title: 'Iranian Deputy Foreign Minister' },
        { text: 'Mikhail Galuzin', kind: 'person', title: 'Russian Deputy Foreign Minister' },
      ],
      ['Iranian', 'Russian', 'Deputy Foreign Minister'],
    ],
    [
      'a portfolio inside the title',
      'Lithuanian Deputy Energy Minister Tomas Petrauskas met reporters.',
      [{ text: 'Tomas Petrauskas', kind: 'person', title: 'Lithuanian Deputy Energy Minister' }],
      ['Energy'],
    ],
    [
      'lowercase title word after an organisation',
      'Kremlin spokesman Dmitry Peskov clarified the position.',
      [
        { text: 'Kremlin', kind: 'organization' },
        { text: 'Dmitry Peskov', kind: 'person', title: 'Kremlin spokesman' },
      ],
    ],
    [
      'appositive title after the name',
      'Maria Zakharova, spokeswoman for the Russian Foreign Ministry, said so.',
      [
        { text: 'Maria Zakharova', kind: 'person', title: 'spokeswoman for the Russian Foreign Ministry' },
        { text: 'Russian Foreign Ministry', kind: 'organization' },
      ],
    ],
    [
      'organisation, title and name in one run',
      'The talks went on, and United Nations Secretary General Guterres condemned the attack.',
      [
        { text: 'United Nations', kind: 'organization' },
        { text: 'Guterres', kind: 'person', title: 'United Nations Secretary General' },
      ],
    ],
    [
      'title before a name set off by commas',
      "Israel's Permanent Representative to the United Nations, Erdan, claimed it was shocking.",
      [{ text: 'Erdan', kind: 'person', title: "Israel's Permanent Representative to the United Nations" }],
    ],
    [
      'possessive person inside a title',
      'Vladimir Putin’s spokesman, Dmitry Peskov, explained the decision.',
      [
        { text: 'Vladimir Putin', kind: 'person' },
        { text: 'Dmitry Peskov', kind: 'person', title: 'Vladimir Putin’s spokesman' },
      ],
    ],
    [
      'organisation or acronym opening a title run',
      'Meanwhile, NATO Secretary General Jens Stoltenberg and White House spokesperson Karine Jean-Pierre spoke.',
      [
        { text: 'NATO', kind: 'organization' },
        { text: 'Jens Stoltenberg', kind: 'person', title: 'NATO Secretary General' },
        { text: 'White House', kind: 'organization' },
        { text: 'Karine Jean-Pierre', kind: 'person', title: 'White House spokesperson' },
      ],
    ],
    [
      'appositive title with an organisation inside',
      'New cases were reported, said Tedros Adhanom Ghebreyesus, the WHO director-general.',
      [{ text: 'Tedros Adhanom Ghebreyesus', kind: 'person', title: 'WHO director-general' }],
    ],
    [
      'name particles',
      'Saudi Crown Prince Mohammed bin Salman met Bashar al-Assad and Ursula von der Leyen.',
      [
        { text: 'Mohammed bin Salman', kind: 'person', title: 'Saudi Crown Prince' },
        { text: 'Bashar al-Assad', kind: 'person' },
        { text: 'Ursula von der Leyen', kind: 'person' },
      ],
      ['Saudi', 'Ursula', 'Leyen'],
    ],
  ])('%s', (_, text, expected, absent) => expectFound(candidatesIn(text), expected, absent));
});

describe('organisations and demonyms', () => {
  it.each<Case>([
    [
      'demonyms qualify ministries and keep them apart',
      'The Russian Ministry of Foreign Affairs and the Israeli Foreign Ministry disagreed.',
      [
        { text: 'Russian Ministry of Foreign Affairs', kind: 'organization' },
        { text: 'Israeli Foreign Ministry', kind: 'organization' },
      ],
      ['Russian', 'Israeli'],
    ],
    [
      'lowercase head nouns',
      'The Israeli foreign ministry has asked Russia to act.',
      [
        { text: 'Israeli foreign ministry', kind: 'organization' },
        { text: 'Russia', kind: 'place' },
      ],
    ],
    [
      'an organisation and its body',
      'He is a member of the Hamas political bureau, while Hamas officials denied it.',
      [
        { text: 'Hamas political bureau', kind: 'organization' },
        { text: 'Hamas', kind: 'organization' },
      ],
    ],
    [
      'demonyms alone are no actors',
      'Russian officials and Israeli diplomats met Iranian envoys.',
      [],
      ['Russian', 'Israeli', 'Iranian'],
    ],
    [
      'acronyms and long names',
      'Hamas is worse than ISIS, the Islamic State of Iraq and Syria, they said.',
      [
        { text: 'ISIS', kind: 'organization' },
        { text: 'Islamic State of Iraq and Syria', kind: 'organization' },
      ],
    ],
    [
      'multi-head organisations',
      'It was not approved by the United Nations Security Council on Monday.',
      [{ text: 'United Nations Security Council', kind: 'organization' }],
    ],
    [
      '"and" between two actors splits them',
      'Representatives of Iran and Hamas met in Moscow.',
      [{ text: 'Iran', kind: 'place' }, { text: 'Hamas' }],
      ['Iran and Hamas'],
    ],
  ])('%s', (_, text, expected, absent) => expectFound(candidatesIn(text), expected, absent));
});

describe('media', () => {
  it.each<Case>([
    [
      '"news agency X"',
      'Abu Marzouk took part, as reported by the state-owned Russian news agency Tass.',
      [{ text: 'Tass', kind: 'media' }],
    ],
    [
      '"X, a … news outlet"',
      'Source: RIA Novosti, a pro-Kremlin Russian news outlet, said so.',
      [{ text: 'RIA Novosti', kind: 'media' }],
      ['Source'],
    ],
    [
      '"X agency", demonym left out',
      'The Russian Ria Novosti agency reported on Thursday.',
      [{ text: 'Ria Novosti', kind: 'media' }],
      ['Russian Ria Novosti'],
    ],
    [
      '"The X of Y reported"',
      'They called for an expulsion, The Times of Israel reported.',
      [{ text: 'The Times of Israel', kind: 'media' }],
      ['Israel'],
    ],
    [
      '"according to The X"',
      'Hostages were discussed, according to The Guardian.',
      [{ text: 'The Guardian', kind: 'media' }],
    ],
    [
      '"daily X"',
      'The independent Russian daily Kommersant quoted another member.',
      [{ text: 'Kommersant', kind: 'media' }],
    ],
    [
      'wire service',
      'Moscow defended the decision to invite them, Reuters reports.',
      [{ text: 'Reuters', kind: 'media' }],
    ],
    [
      'a place before the cue stays a place',
      'They met while both were in Moscow, Russian state news agency TASS reported.',
      [
        { text: 'Moscow', kind: 'place' },
        { text: 'TASS', kind: 'media' },
      ],
    ],
  ])('%s', (_, text, expected, absent) => expectFound(candidatesIn(text), expected, absent));
});

describe('organisations from cue words and name endings', () => {
  it.each<Case>([
    [
      'a lowercase organisation noun before the name',
      'Shipping company Nordline said 14 vessels were waiting at anchor.',
      [{ text: 'Nordline', kind: 'organization' }],
      ['Shipping', 'Shipping company Nordline'],
    ],
    [
      '"firm" after a qualifier',
      'At least 15 ships are stuck at sea, according to shipping firm Nordline.',
      [{ text: 'Nordline', kind: 'organization' }],
    ],
    [
      '"the company X"',
      'According to the company Nordline, 14 ships wait before the port.',
      [{ text: 'Nordline', kind: 'organization' }],
    ],
    [
      'an appositive name after an organisation noun',
      'The port operator, Serrano Terminals, said the strike was illegal.',
      [{ text: 'Serrano Terminals', kind: 'organization' }],
    ],
    [
      'an organisation noun in an appositive after the name',
      'Officials said that Nordline, a shipping company, would wait.',
      [{ text: 'Nordline', kind: 'organization' }],
    ],
    [
      'a title in the appositive still makes a person (and "Jan" is a first name here)',
      'Officials said that Jan Berg, a company spokesman, would wait.',
      [{ text: 'Jan Berg', kind: 'person', title: 'company spokesman' }],
    ],
    [
      '"agency" qualified by a non-media word, "news agency" stays media',
      'Officials of the border agency Frontex agreed, the news agency TASS reported.',
      [
        { text: 'Frontex', kind: 'organization' },
        { text: 'TASS', kind: 'media' },
      ],
    ],
    [
      'a company-type last word without other evidence',
      'Bosses at Serrano Terminals slammed the action, and Acme Holdings agreed.',
      [
        { text: 'Serrano Terminals', kind: 'organization' },
        { text: 'Acme Holdings', kind: 'organization' },
      ],
    ],
    [
      'a company word of another language ("Bau", "Gruppe") closes a company’s name too',
      'The court said that Ostmark Bau paid the bribes, and Kessler Gruppe denied any part.',
      [
        { text: 'Ostmark Bau', kind: 'organization' },
        { text: 'Kessler Gruppe', kind: 'organization' },
      ],
    ],
    [
      'a legal suffix closes the organisation',
      'Shares of the Harfield Technology Company Ltd fell.',
      [{ text: 'Harfield Technology Company Ltd', kind: 'organization' }],
      ['Ltd'],
    ],
    [
      'a compass word still makes a place of "Bank"',
      'Troops raided towns in the West Bank on Monday.',
      [{ text: 'West Bank', kind: 'place' }],
    ],
    [
      'a plural possessive inside an organisation name',
      "Talks collapsed, the Harbour Workers' Union said.",
      [{ text: "Harbour Workers' Union", kind: 'organization' }],
      ['Harbour Workers', 'Union'],
    ],
    [
      'a plural possessive with a typographic apostrophe',
      'Members of the Veterans’ Association protested.',
      [{ text: 'Veterans’ Association', kind: 'organization' }],
      ['Veterans'],
    ],
    [
      "a plural possessive before a name that is no head stays the owner's",
      'It angered Guterres’ office and Reuters’ Moscow bureau.',
      [{ text: 'Guterres' }, { text: 'Reuters', kind: 'media' }],
      ['Guterres’ office', 'Reuters’ Moscow'],
    ],
  ])('%s', (_, text, expected, absent) => expectFound(candidatesIn(text), expected, absent));
});

describe('titles with "of" and portfolios', () => {
  it.each<Case>([
    [
      '"Minister of <portfolio>" before the name',
      'The Minister of Transport Lidia Brandtová called the sides to negotiations.',
      [{ text: 'Lidia Brandtová', kind: 'person', title: 'Minister of Transport' }],
      ['Transport Lidia Brandtová', 'Transport'],
    ],
    [
      'a sentence-initial portfolio before the title word',
      'Transport Minister Lidia Brandt urged both sides to return to the table.',
      [{ text: 'Lidia Brandt', kind: 'person', title: 'Transport Minister' }],
      ['Transport'],
    ],
    [
      '"Secretary of State"',
      'Secretary of State Antony Blinken met reporters.',
      [{ text: 'Antony Blinken', kind: 'person', title: 'Secretary of State' }],
      ['State Antony Blinken'],
    ],
    [
      '"Minister of Foreign Affairs"',
      'Then Minister of Foreign Affairs Sergei Lavrov said no.',
      [{ text: 'Sergei Lavrov', kind: 'person', title: 'Minister of Foreign Affairs' }],
    ],
    [
      '"Minister of Culture", and "Energy Minister" at the sentence start',
      'Energy Minister Tomas Petrauskas met the Minister of Culture Jana Novakova.',
      [
        { text: 'Tomas Petrauskas', kind: 'person', title: 'Energy Minister' },
        { text: 'Jana Novakova', kind: 'person', title: 'Minister of Culture' },
      ],
      ['Energy', 'Culture Jana Novakova'],
    ],
    [
      'an organisation noun before a lowercase title word',
      'More than 3,000 workers walked out, union boss Tom Okafor told reporters.',
      [{ text: 'Tom Okafor', kind: 'person', title: 'union boss' }],
    ],
  ])('%s', (_, text, expected, absent) => expectFound(candidatesIn(text), expected, absent));
});

describe('shouted lines', () => {
  it('gives no candidates and vouches for no sentence-initial capital', () => {
    const text = 'PORT CHAOS: SHIPS STRANDED AS STRIKE BITES\nChaos gripped Port Serrano yesterday.';
    const found = findActorCandidates(text, sentencesOf(text));
    expectFound(
      found,
      [{ text: 'Port Serrano', kind: 'place' }],
      ['Chaos', 'PORT CHAOS', 'STRANDED AS STRIKE BITES'],
    );
  });
});

describe('places', () => {
  it.each<Case>([
    [
      'prepositions and place heads',
      'Civilians are trapped in Gaza after strikes on the Gaza Strip.',
      [
        { text: 'Gaza', kind: 'place' },
        { text: 'Gaza Strip', kind: 'place' },
      ],
    ],
    [
      'compass prefix',
      'He wants an independent Palestine with East Jerusalem as its capital.',
      [
        { text: 'East Jerusalem', kind: 'place' },
        { text: 'Palestine', kind: 'place' },
      ],
    ],
    [
      'coordination shares the kind',
      'The vote failed due to opposition from China, Russia, and the United Arab Emirates.',
      [
        { text: 'China', kind: 'place' },
        { text: 'Russia', kind: 'place' },
        { text: 'United Arab Emirates', kind: 'place' },
      ],
    ],
    [
      'a compass word alone is no place',
      'The West condemned the visit to the Middle East.',
      [{ text: 'Middle East', kind: 'place' }],
      ['West'],
    ],
  ])('%s', (_, text, expected, absent) => expectFound(candidatesIn(text), expected, absent));
});

describe('exact UTF-16 offsets', () => {
  it.each([
    ['emoji', '🇮🇱 The talks 👍 in Moscow ended. 🙂 Kremlin spokesman Dmitry Peskov 👏🏽 said so.'],
    [
      'combining marks',
      'Natalja Sorokinova\u0301 met Zacharova\u0301 in Pra\u0301gue. Spokeswoman Zacharova\u0301 spoke.',
    ],
    [
      'astral letters and possessives',
      'Guterres’ remarks 🙂 angered Israel’s 𝐀 envoy, said the Israeli Foreign Ministry in 🇮🇱 Jerusalem.',
    ],
    [
      'Cyrillic names',
      'Речник Кремля Дмитро Пєсков 🙂 said the Ministry of Foreign Affairs of Ukraine agreed.',
    ],
  ])('%s', (_, text) => {
    const candidates = candidatesIn(text);
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('cuts possessive endings off and keeps combining marks inside', () => {
    const text = 'It angered Israel’s envoy and Zacharova\u0301’s office, said Peskov.';
    const texts = candidatesIn(text).map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['Israel', 'Zacharova\u0301', 'Peskov']));
  });
});

const SEED_DIR = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(SEED_DIR)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => {
    const text = readFileSync(new URL(file, SEED_DIR), 'utf8');
    return { file, text, candidates: findActorCandidates(text, sentencesOf(text, seedProse)) };
  });
const seed = (prefix: string): ActorCandidate[] =>
  seeds.find((s) => s.file.startsWith(prefix))?.candidates ?? [];

describe('seed articles', () => {
  it('finds candidates in all five seeds, each an exact slice', () => {
    expect(seeds).toHaveLength(5);
    for (const { text, candidates } of seeds) {
      expect(candidates.length).toBeGreaterThan(10);
      for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('never returns demonyms or generic title words', () => {
    const texts = seeds.flatMap((s) => s.candidates.map((c) => c.text));
    for (const word of [
      'The',
      'Deputy',
      'Foreign Minister',
      'Photo',
      'Russian',
      'Israeli',
      'Iranian',
      'Israelis',
      'Ministry',
    ])
      expect(texts).not.toContain(word);
  });

  it.each<[string, Expected[]]>([
    [
      '000',
      [
        { text: 'Bageri', kind: 'person', title: 'Iranian Deputy Foreign Minister' },
        { text: 'Lior Haiat', kind: 'person', title: 'Israeli Foreign Ministry spokesperson' },
        { text: 'Hayat', kind: 'person' },
        { text: 'Musa Abu Marzuk', kind: 'person', title: 'senior member of the Hamas Political Committee' },
        { text: 'Marzuk', kind: 'person', title: 'Hamas Political Committee member' },
        { text: 'Abdulrahijan', kind: 'person', title: 'Iranian Foreign Minister' },
        { text: 'Guterres', kind: 'person', title: 'United Nations Secretary General' },
        { text: 'TASS News Agency', kind: 'media' },
        { text: 'Russia News Agency', kind: 'media' },
        { text: 'Russia Today', kind: 'media' },
        { text: 'Islamic State', kind: 'organization' },
        { text: 'Israeli Ministry of Foreign Affairs', kind: 'organization' },
        { text: 'Russian Ministry of Foreign Affairs', kind: 'organization' },
        { text: 'Hamas Political Committee', kind: 'organization' },
        { text: 'United Nations Security Council', kind: 'organization' },
        { text: 'Gaza Strip', kind: 'place' },
        { text: 'Moscow', kind: 'place' },
      ],
    ],
    [
      '001',
      [
        { text: 'Mousa Mohammed Abu Marzook', kind: 'person', title: 'member of the Hamas political bureau' },
        { text: 'Ali Bagheri Kani', kind: 'person', title: 'Iran’s Deputy Foreign Minister' },
        { text: 'Maria Zaharova', kind: 'person', title: 'spokeswoman for the Russian Foreign Ministry' },
        { text: 'Mikhail Galuzin', kind: 'person', title: 'Russian Deputy Foreign Minister' },
        { text: 'Mihail Bogdanov', kind: 'person', title: 'Deputy Head of Russia’s Foreign Ministry' },
        { text: 'RIA Novosti', kind: 'media' },
        { text: 'TASS', kind: 'media' },
        { text: 'Hamas political bureau', kind: 'organization' },
        { text: 'East Jerusalem', kind: 'place' },
      ],
    ],
    [
      '002',
      [
        { text: 'Vladimir Putin', kind: 'person', title: 'Russian President' },
        { text: 'Mikhail Bogdanov', kind: 'person', title: 'Russian Deputy Foreign Minister' },
        { text: 'Marzouk', kind: 'person', title: 'Hamas spokesman' },
        { text: 'Dmitry Peskov', kind: 'person', title: 'Kremlin spokesman' },
        { text: 'New York Post', kind: 'media' },
        { text: 'Russian Foreign Ministry', kind: 'organization' },
        { text: 'Israeli Foreign Ministry', kind: 'organization' },
      ],
    ],
    [
      '003',
      [
        { text: 'Abu Marzouk', kind: 'person', title: 'Hamas member' },
        { text: 'Maria Zakharova', kind: 'person', title: 'spokeswoman for the Russian foreign ministry' },
        { text: 'Ali Baghiri Kani', kind: 'person', title: 'Iranian Deputy Foreign Minister' },
        { text: 'Dmitry Peskov', kind: 'person', title: 'spokesman for the Russian president' },
        { text: 'Tass', kind: 'media' },
        { text: 'Ria', kind: 'media' },
        { text: 'The Guardian', kind: 'media' },
        { text: 'ISIS', kind: 'organization' },
        { text: 'Israeli foreign ministry', kind: 'organization' },
      ],
    ],
    [
      '004',
      [
        { text: 'Lior Haiat', kind: 'person', title: 'Ministry spokesman' },
        { text: 'Maria Zakharova', kind: 'person', title: 'Russian Foreign Ministry spokeswoman' },
        { text: 'Dmitry Peskov', kind: 'person', title: 'Vladimir Putin’s spokesman' },
        { text: 'Mikhail Galuzin', kind: 'person', title: 'Russian counterpart' },
        { text: 'Abu Hamid', kind: 'person' },
        { text: 'Ria Novosti', kind: 'media' },
        { text: 'Kommersant', kind: 'media' },
        { text: 'The Times of Israel', kind: 'media' },
        { text: 'Reuters', kind: 'media' },
        { text: 'Israeli Ministry of Foreign Affairs', kind: 'organization' },
      ],
    ],
  ])('seed %s', (prefix, expected) => expectFound(seed(prefix), expected));
});
