import { describe, expect, it } from 'vitest';
import { findClockHours, findNumbers, findTallies } from './numbers';

describe('findNumbers', () => {
  it.each([
    ['the blood of over 1400 Israelis', [{ value: 1400, hedge: 'over', text: 'over 1400' }]],
    ['more than 1,400 Israelis', [{ value: 1400, hedge: 'more than', text: 'more than 1,400' }]],
    ['killed at least 1400 people', [{ value: 1400, hedge: 'at least', text: 'at least 1400' }]],
    ['over 7,000 people have been killed', [{ value: 7000, hedge: 'over', text: 'over 7,000' }]],
    ['the 6000 Palestinians detained', [{ value: 6000, hedge: null, text: '6000' }]],
    ['700,000 euros', [{ value: 700000, hedge: null, text: '700,000' }]],
    ['about 2.5 million people', [{ value: 2500000, hedge: 'about', text: 'about 2.5 million' }]],
    ['4 out of 7 criteria', [{ value: 4 }, { value: 7 }]],
    ['plus de 1\u00a0400 Israéliens', [{ value: 1400, text: '1\u00a0400' }]],
    ['plus de 1 400 Israéliens', [{ value: 1400, text: '1 400' }]],
    ['más de 1.400 israelíes', [{ value: 1400, text: '1.400' }]],
    ['a 1.125 billion deal', [{ value: 1125000000 }]],
    ['pi is 3.14', [{ value: 3.14 }]],
    ['بیش از ۱۴۰۰ اسرائیلی', [{ value: 1400, text: '۱۴۰۰' }]],
    ['أكثر من ١٬٤٠٠ إسرائيلي', [{ value: 1400, text: '١٬٤٠٠' }]],
    ['יותר מ-1,400 ישראלים', [{ value: 1400, text: '1,400' }]],
  ])('%s', (text, expected) => {
    const numbers = findNumbers(text);
    expect(numbers).toMatchObject(expected);
    for (const number of numbers) expect(text.slice(number.start, number.end)).toBe(number.text);
  });

  it.each([
    'On October 26, officials met',
    'Thursday, 26 October 2023, 16:43',
    'Oct.26 - 2023 8:39 PM CET',
    'Time:2023-10-28',
    'On October 27th, according to',
    'in 2023 the war',
  ])('leaves dates and times alone: %s', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('reads counts written as words from ten up, with hedges and scales, in order with digits', () => {
    const found = findNumbers(
      'Parliament has twelve months; at least twenty thousand marched, 17 were hurt.',
    );
    expect(found.map((n) => [n.text, n.value, n.hedge])).toEqual([
      ['twelve', 12, null],
      ['at least twenty thousand', 20000, 'at least'],
      ['17', 17, null],
    ]);
    // Small counts and parts of other words are no counts ("Twenty-one" is 21, never 20).
    expect(findNumbers('two sides, a ten-year plan, hundreds of people')).toEqual([]);
    expect(findNumbers('Twenty-one').map((n) => n.value)).toEqual([21]);
  });

  it('keeps UTF-16 offsets after emoji', () => {
    const text = '👍👍 over 1,400 people';
    const [number] = findNumbers(text);
    expect(number && text.slice(number.start, number.end)).toBe('over 1,400');
  });
});

describe('clock times written with a dot', () => {
  it('are no counts before "hours", while a whole number of hours is', () => {
    expect(findNumbers('the ferry ran aground against 19.15 hour')).toEqual([]);
    expect(findNumbers('the talks lasted 12 hours').map((n) => n.value)).toEqual([12]);
  });

  it('are no counts before "a.m." or "p.m.", whatever follows the last dot', () => {
    expect(
      findNumbers('announced shortly after 3 p.m., one more than the 90 needed').map((n) => n.value),
    ).toEqual([90]);
    expect(findNumbers('at 9 a.m. on Thursday')).toEqual([]);
  });
});

describe('compound number words', () => {
  it('reads a tens word with its units as one number', () => {
    const values = (text: string) => findNumbers(text).map((number) => number.value);
    expect(values('Forty-six people were taken to hospital')).toEqual([46]);
    expect(values('some twenty-five thousand marched')).toEqual([25000]);
    expect(values('a fifty-fifty split, twelve-six')).toEqual([]);
  });
});

describe('numbers written as other languages write them', () => {
  const values = (text: string, otherLanguage = false) =>
    findNumbers(text, otherLanguage).map((number) => [number.value, number.text]);

  it.each([
    ['42 Millionen Euro', 42e6, '42 Millionen'],
    ['environ 42 millions d’euros', 42e6, '42 millions'],
    ['1,2 milliard de dollars', 1.2e9, '1,2 milliard'],
    ['2,5 Mio. Euro', 2.5e6, '2,5 Mio.'],
    ['около 40 миллионов евро', 40e6, '40 миллионов'],
    ['3 млрд рублей', 3e9, '3 млрд'],
    ['300 mil personas', 3e5, '300 mil'],
    ['a loss of 1,2 million in the translation', 1.2e6, '1,2 million'],
  ])('scales %j by its scale word', (text, value, written) => {
    expect(values(text)).toEqual([[value, written]]);
  });

  it('keeps digit groups and a following word that is no scale', () => {
    expect(values('1.400 personas, 1,400 people, 12 Mitarbeiter')).toEqual([
      [1400, '1.400'],
      [1400, '1,400'],
      [12, '12'],
    ]);
  });

  it('reads counts written as words in a passage in another language only', () => {
    expect(values('Au moins onze personnes ont été tuées et plus de quarante autres blessées', true)).toEqual(
      [
        [11, 'onze'],
        [40, 'quarante'],
      ],
    );
    expect(values('число погибших выросло до двенадцати', true)).toEqual([[12, 'двенадцати']]);
    expect(values('Die Zahl der Todesopfer stieg auf zwölf.', true)).toEqual([[12, 'zwölf']]);
    expect(values('Once again an elf was seen')).toEqual([]);
  });

  it('reads thousands and ten-thousands written between digits in Korean, Chinese and Japanese', () => {
    expect(values('손이 1천400명이 넘는 이스라엘인의 피로 얼룩져')).toEqual([[1400, '1천400']]);
    expect(values('약 2만5천 명, 约1.4万人, 7千人')).toEqual([
      [25000, '2만5천'],
      [14000, '1.4万'],
      [7000, '7千'],
    ]);
  });

  it('leaves out the year, month and day of a date in Korean, Chinese and Japanese', () => {
    expect(values('2023년 10월 26일 220여명이')).toEqual([[220, '220']]);
    expect(values('10月26日，1400人')).toEqual([[1400, '1400']]);
  });

  it('leaves out a tens word whose units follow, and the words for percent', () => {
    expect(values('quarante-six blessés, cuarenta y seis heridos, сорок шесть раненых', true)).toEqual([]);
    expect(values('il quattro per cento, quatre pour cent, sto arrivando', true)).toEqual([]);
  });
});

describe('findTallies', () => {
  it('reads a vote written with digits or words as one tally, larger part first', () => {
    expect(findTallies('The judges ruled 7-2 that the law went too far')).toEqual(['7:2']);
    expect(findTallies('In a 7–2 decision delivered on Tuesday')).toEqual(['7:2']);
    expect(findTallies('The monetary council voted five to two for the move')).toEqual(['5:2']);
    expect(findTallies('The decision was taken by five votes to two')).toEqual(['5:2']);
    expect(findTallies('The council was split six to three')).toEqual(['6:3']);
  });

  it('finds none in dates, ranges, decimals or changes', () => {
    expect(findTallies('Published 2023-10-28, updated Oct.26 - 2023')).toEqual([]);
    expect(findTallies('children aged 5-10 and pages 10-12')).toEqual([]);
    expect(findTallies('growth of 1.7-2 percent')).toEqual([]);
    expect(findTallies('the rate rose from 5 to 7, then was cut from 7 to 5')).toEqual([]);
    expect(findTallies('one to two years, aged three to two')).toEqual([]);
  });
});

describe('findClockHours', () => {
  it('reads a clock time however it is written as the hour it falls in', () => {
    expect(findClockHours('shortly before 4:30 a.m. on Tuesday')).toEqual(['4h']);
    expect(findClockHours('It happened at about 4.30am, when the shift changed')).toEqual(['4h']);
    expect(findClockHours('The explosion happened around 4.30 hours in the morning')).toEqual(['4h']);
    expect(findClockHours('Residents heard a bang at about 04:30')).toEqual(['4h']);
    expect(findClockHours('The minister spoke at 3 pm')).toEqual(['15h']);
    expect(findClockHours('Le train a déraillé vers 19 h 40, mis à jour à 17h52')).toEqual(['19h', '17h']);
  });

  it('leaves a French clock time out of the counts', () => {
    const values = findNumbers('vers 19 h 40, environ 40 blessés, 12h18', true).map((number) => number.value);
    expect(values).toEqual([40]);
  });

  it("finds none in a live blog's entry stamp, decimals, durations or tallies", () => {
    expect(findClockHours('15:22 The vote was 7–2')).toEqual([]);
    expect(findClockHours('Shares rose 4.30% after talks lasting 12 hours')).toEqual([]);
    expect(findClockHours('a 2:1 ratio, and 1,400 people on Oct. 26, 2023')).toEqual([]);
  });
});
