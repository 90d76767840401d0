import { describe, expect, it } from 'vitest';
import { buildPack } from './build-pack';
import { findCorpusActors } from './corpus-actors';
import { prepareSource } from './source-prep';

const ENGLISH_WIRE = `Port of Velmar closed after crane collapse

VELMAR, March 3 (Harbour Wire) - The Port of Velmar was closed on Tuesday after a container crane collapsed onto a cargo ship, port spokeswoman Maria Kovalenko said.

Kovalenko said 14 workers were taken to hospital and the terminal operator Brisa Logistics had suspended all loading.

Transport minister Tomas Reyes ordered an inquiry into the collapse.
`;
const ENGLISH_PAPER = `Crane collapse shuts Velmar port

A crane fell onto a ship at the Port of Velmar on Tuesday, injuring 14 workers, according to spokeswoman Maria Kovalenko.

Brisa Logistics, which runs the terminal, halted loading while engineers inspect the other cranes, Kovalenko told reporters.
`;
const GERMAN = `Kranunglück im Hafen von Velmar

Im Hafen von Velmar ist am Dienstag ein Containerkran auf ein Frachtschiff gestürzt, wie die Sprecherin Maria Kowalenko mitteilte.

Nach Angaben von Kowalenko wurden 14 Arbeiter ins Krankenhaus gebracht; der Betreiber Brisa Logistics stoppte die Verladung.

Verkehrsminister Tomas Reyes ordnete eine Untersuchung an.
`;
const RUSSIAN = `В порту Вельмара рухнул кран

Во вторник в порту Вельмара портовый кран упал на грузовое судно, сообщила пресс-секретарь порта Мария Коваленко.

По её словам, 14 рабочих доставлены в больницу, а оператор терминала Brisa Logistics приостановил погрузку.
`;

describe('actors of a corpus in several languages', () => {
  const prepared = [
    prepareSource({ file: '01-wire.txt', text: ENGLISH_WIRE }, 'user'),
    prepareSource({ file: '02-paper.txt', text: ENGLISH_PAPER }, 'user'),
    prepareSource({ file: '03-german.txt', text: GERMAN }, 'user'),
    prepareSource({ file: '04-russian.txt', text: RUSSIAN }, 'user'),
  ];
  const actors = findCorpusActors(prepared);
  const named = (name: string) => actors.find((actor) => actor.name === name);

  it('finds the English sources’ actors in the others, in their spellings and scripts', () => {
    expect(named('Maria Kovalenko')?.aliases).toEqual(
      expect.arrayContaining(['Maria Kowalenko', 'Kowalenko', 'Мария Коваленко']),
    );
    const sources = new Set(named('Brisa Logistics')?.mentions.map((mention) => mention.source));
    expect(sources).toEqual(new Set(prepared.map((item) => item.source.id)));
  });

  it('takes no capitalised German noun for an actor', () => {
    const names = actors.flatMap((actor) => actor.aliases);
    for (const noun of [
      'Sprecherin',
      'Kranunglück',
      'Hafen',
      'Dienstag',
      'Verkehrsminister Tomas Reyes',
      'Arbeiter',
    ])
      expect(names).not.toContain(noun);
  });

  it('keeps exact offsets, and only inside reporting sentences', () => {
    for (const actor of actors) {
      for (const mention of actor.mentions) {
        const item = prepared.find((p) => p.source.id === mention.source);
        expect(item?.source.text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(
          item?.sentences.some((sentence) => mention.start >= sentence.start && mention.end <= sentence.end),
        ).toBe(true);
      }
    }
  });
});

describe('facts of a corpus in several languages', () => {
  const pack = buildPack(
    { id: 'corpus:crane', name: 'Crane collapse' },
    [
      { file: '01-wire.txt', text: ENGLISH_WIRE },
      { file: '02-paper.txt', text: ENGLISH_PAPER },
      { file: '03-german.txt', text: GERMAN },
      { file: '04-russian.txt', text: RUSSIAN },
    ],
    { origin: 'user', version: 'test' },
  );
  const factWith = (snippet: string) =>
    pack.facts.find((fact) => fact.mentions.some((m) => m.text.includes(snippet)));

  it('aligns a claim told in German and Russian with its English tellings, under an English label', () => {
    const injured = factWith('14 Arbeiter ins Krankenhaus');
    expect(injured?.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('14 workers were taken to hospital'),
        expect.stringContaining('14 рабочих доставлены в больницу'),
      ]),
    );
    expect(injured?.label).toMatch(/14 workers/);
    const collapse = factWith('Containerkran auf ein Frachtschiff');
    expect(collapse).toBe(factWith('кран упал на грузовое судно'));
    expect(collapse?.label).toMatch(/crane/);
  });
});
