import { describe, expect, it } from 'vitest';
import { attributionRanges } from './attribution';
import { framePassage } from './framing';
import { quotationsOf } from './quotations';
import { spanOf } from './span';

describe('attributionRanges', () => {
  it.each([
    [
      'Maria Zakharova, spokeswoman for the ministry, said at a press conference on Thursday that Kani is in Moscow.',
      'Maria Zakharova, spokeswoman for the ministry, said at a press conference on Thursday that',
    ],
    ['Among the topics was the release of hostages, according to The Guardian.', 'according to The Guardian'],
    [
      'Moscow defended the decision, emphasizing that contacts matter, Reuters reports.',
      ', Reuters reports.',
    ],
    ['Source: RIA Novosti, citing Maria Zaharova, during a briefing', 'citing Maria Zaharova'],
    [
      "The delegation is headed by Mousa Abu Marzouk, Russia's state-run RIA Novosti news agency reported, citing an unnamed source.",
      ", Russia's state-run RIA Novosti news agency reported, citing an unnamed source.",
    ],
  ])('%s', (sentence, expected) => {
    const ranges = attributionRanges(sentence).map(([start, end]) => sentence.slice(start, end));
    expect(ranges).toContain(expected);
  });

  it('never takes a whole sentence for an attribution', () => {
    expect(attributionRanges('Peskov said.')).toEqual([]);
  });

  it('does not take a claim told before a subordinate clause for its attribution', () => {
    const sentence =
      'Finance Minister Tomas Berglund resigned on Thursday, days after a newspaper revealed that the contract was awarded without a tender.';
    expect(attributionRanges(sentence)).toEqual([]);
  });

  it('does not take a first claim of reporting ("X reported the visit, …, and Y confirmed that") for one', () => {
    const sentence =
      'RIA Novosti first reported the visit, citing an unnamed source, and the Russian foreign ministry later confirmed that Hamas representatives were in the capital.';
    const ranges = attributionRanges(sentence).map(([start, end]) => sentence.slice(start, end));
    expect(ranges).toEqual(['citing an unnamed source']);
  });
});

describe('quotationsOf', () => {
  it.each([
    ['He said "we will not go back" today.', ['we will not go back']],
    ['Israel called it “deplorable” and “obscene”.', ['deplorable', 'obscene']],
    [
      '"Hamas is a terrorist organization that is worse than ISIS.',
      ['Hamas is a terrorist organization that is worse than ISIS.'],
    ],
    [
      'The hands of officials are stained with blood," said a statement.',
      ['The hands of officials are stained with blood'],
    ],
    ['Hamas praised Putin for his "position" on the war.', ['position']],
    // German closes „ with “, the mark English opens with.
    ['„Ich trage die Verantwortung“, erklärte Dravec am Dienstag.', ['Ich trage die Verantwortung']],
    ['«Мы работали в темноте», — рассказал он.', ['Мы работали в темноте']],
  ])('%s', (passage, expected) => {
    expect(quotationsOf(passage)).toEqual(expected);
  });
});

describe('framePassage in another language', () => {
  it('reads counts written as words there', () => {
    const text = 'Au moins onze personnes ont été tuées et plus de quarante blessées.';
    const span = { start: 0, end: text.length, text };
    expect(framePassage(text, span, [], null, true).numbers.map((number) => number.value)).toEqual([11, 40]);
    expect(framePassage(text, span, [], null).numbers).toEqual([]);
  });
});

describe('framePassage', () => {
  const text =
    'A delegation from the militant Palestinian group Hamas has visited Moscow, according to The Guardian. Over 7,000 people have been killed since October 7.';
  const first = spanOf(text, 0, text.indexOf('. Over') + 1);
  const second = spanOf(text, text.indexOf('Over'), text.length);
  const actors = [
    { actor: 'actor:hamas', start: text.indexOf('Hamas'), end: text.indexOf('Hamas') + 5 },
    { actor: 'actor:moscow', start: text.indexOf('Moscow'), end: text.indexOf('Moscow') + 6 },
    {
      actor: 'actor:guardian',
      start: text.indexOf('The Guardian'),
      end: text.indexOf('The Guardian') + 12,
      attributionOnly: true,
    },
  ];

  it('names actors with their descriptors and finds the attribution', () => {
    const framing = framePassage(text, first, actors, '2023-10-26');
    expect(framing.actorNames.map((name) => name.text)).toContain('the militant Palestinian group Hamas');
    expect(framing.attributions).toEqual([{ text: 'according to The Guardian', actor: 'actor:guardian' }]);
  });

  it('keeps numbers with hedges and dates resolved against the article date', () => {
    const framing = framePassage(text, second, actors, '2023-10-26');
    expect(framing.numbers).toEqual([{ value: 7000, hedge: 'over', text: 'Over 7,000' }]);
    expect(framing.dates).toEqual([{ iso: '2023-10-07', text: 'October 7', relative: false }]);
  });

  it('keeps a lowercase title whole: "vice", "politburo" and the like describe the person', () => {
    const line =
      'It was received by the vice foreign minister Michail Stawrin and the politburo member Musa Raschid.';
    const at = (name: string) => ({
      actor: `actor:${name}`,
      start: line.indexOf(name),
      end: line.indexOf(name) + name.length,
    });
    const framing = framePassage(
      line,
      spanOf(line, 0, line.length),
      [at('Michail Stawrin'), at('Musa Raschid')],
      '2025-11-13',
    );
    expect(framing.actorNames.map((name) => name.text)).toEqual([
      'the vice foreign minister Michail Stawrin',
      'the politburo member Musa Raschid',
    ]);
  });

  it('leaves the place of a title out of the name ("Envoy for the Southern Region Mikhail Stavrin")', () => {
    const line = 'It was received by the Special Envoy for the Southern Region Mikhail Stavrin.';
    const start = line.indexOf('Mikhail');
    const framing = framePassage(
      line,
      spanOf(line, 0, line.length),
      [{ actor: 'actor:mikhail-stavrin', start, end: start + 'Mikhail Stavrin'.length }],
      '2025-11-13',
    );
    expect(framing.actorNames.map((name) => name.text)).toEqual(['Mikhail Stavrin']);
  });

  it('leaves a label before a colon out of who said it', () => {
    const line = 'Details: A source told RIA Novosti that the delegation is currently in Moscow.';
    const framing = framePassage(line, spanOf(line, 0, line.length), [], '2023-10-26');
    expect(framing.attributions.map((item) => item.text)).toEqual(['A source told']);
  });
});
