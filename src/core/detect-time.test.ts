import { describe, expect, it } from 'vitest';
import {
  datedApartFromEvent,
  datedAwayFromEvent,
  datesDisagree,
  LATER_PAGE_DAYS,
  monthsNamed,
  namesOtherYears,
  publishedDuringEvent,
  publishedOutsideEvent,
  setInOtherYear,
} from './detect-time';
import { findDates } from './dates';

describe('datedApartFromEvent', () => {
  const days = ['10-07', '10-26', '10-27'];
  const page = (dateline: string) =>
    `Kremlin plans\nBy Olga Marchenko ${dateline}\nPutin will travel on Wednesday.`;

  it('is true for a page dated weeks after the last day a fact is dated to', () => {
    expect(datedApartFromEvent(page('5 December 2023, 13:20 MSK'), days, [2023])).toBe(true);
    expect(datedApartFromEvent(page('Monday 20 November 2023'), days, [2023])).toBe(true);
    // More than a week later: "Sunday 5 November 2023", in Arabic.
    expect(datedApartFromEvent(page('الأحد 5 نوفمبر 2023'), days, [2023])).toBe(true);
  });

  it(`is false within ${LATER_PAGE_DAYS} days, for an undated page, or a corpus without dates`, () => {
    expect(datedApartFromEvent(page('October 28, 2023'), days, [2023])).toBe(false);
    expect(datedApartFromEvent(page('November 3, 2023'), days, [2023])).toBe(false);
    expect(datedApartFromEvent(page('on Tuesday'), days, [2023])).toBe(false);
    expect(datedApartFromEvent(page('5 December 2023'), [], [2023])).toBe(false);
  });

  it('is true for a page dated before the event: by its metadata two days before, by its text two months', () => {
    expect(datedApartFromEvent(page('Dienstag, 20. Juni 2023'), days, [2023])).toBe(true);
    expect(datedApartFromEvent(page('on Tuesday'), days, [2023], '2023-09-25')).toBe(true);
    // A lead recalling the attack of 7 October is no dateline of weeks before.
    expect(datedApartFromEvent(page('the attack of 1 September 2023'), days, [2023])).toBe(false);
    expect(datedApartFromEvent(page('on Tuesday'), days, [2023], '2023-10-02')).toBe(true);
    expect(datedApartFromEvent(page('on Tuesday'), days, [2023], '2023-10-05')).toBe(false);
    // No lead recalls a day as a machine writes it: that is the page's own, a week is enough.
    expect(datedApartFromEvent(page('2023-09-20 19:26'), days, [2023])).toBe(true);
  });

  it('takes the page’s published day from its metadata over a date in its text', () => {
    expect(datedApartFromEvent(page('on Tuesday'), days, [2023], '2024-05-29')).toBe(true);
    expect(datedApartFromEvent(page('5 December 2023'), days, [2023], '2023-10-27')).toBe(false);
  });

  it('reads the date only from the page’s first lines, not from a later mention', () => {
    const late = `Kremlin plans\n${'The delegation met officials in Moscow. '.repeat(20)}\nOn 5 December 2023 it left.`;
    expect(datedApartFromEvent(late, days, [2023])).toBe(false);
  });
});

describe('namesOtherYears and setInOtherYear', () => {
  it('read "in 2022" in other languages as set in another year, unless the event’s year is named', () => {
    for (const sentence of [
      'הקשרים אינם חדשים: הנייה ביקר במוסקבה ב-2022.',
      'En 2022, Haniyeh visitó Moscú.',
      'Хания посетил Москву в 2022 году.',
      '哈尼亚2022年访问莫斯科。',
      "Haniye 2022'de Moskova'yı ziyaret etti.",
      'زار هنية موسكو عام 2022.',
      'در سال ۲۰۲۲ هنیه به مسکو رفت.',
    ])
      expect(setInOtherYear(sentence, [2023]), sentence).toBe(true);
    expect(setInOtherYear('Im Jahr 2022 besuchte Hanija Moskau, 2023 wieder.', [2023])).toBe(false);
    expect(setInOtherYear('2022年10月', [2023])).toBe(false);
    expect(setInOtherYear('The year 2022 ended.', [2023])).toBe(false);
  });

  it('read years in Arabic-Indic and Persian digits as the event’s own', () => {
    // The Arabic page's dateline writes 2023 as ٢٠٢٣; its background names 2022 in Western digits.
    const arabic = 'الخميس ٢٦ أكتوبر ٢٠٢٣\nوزار وفد من حماس موسكو في عام 2022.';
    expect(namesOtherYears(arabic, [2023])).toBe(false);
    expect(namesOtherYears('هیئت حماس در سال ۲۰۲۳ به مسکو رفت و در 2022 نیز.', [2023])).toBe(false);
    expect(namesOtherYears('وزار وفد من حماس موسكو في عام 2022.', [2023])).toBe(true);
    expect(setInOtherYear('In March 2022, on ۲۶ October ۲۰۲۳, a delegation came.', [2023])).toBe(false);
  });

  it('read a month of another language with another year as another occasion', () => {
    for (const sentence of [
      'Ismaïl Haniyeh avait été reçu par Sergueï Lavrov en septembre 2020.',
      'Im Juni 2022 war Bagheri Kani in Moskau.',
      'В сентябре 2020 года делегация посетила Москву.',
      'La delegación llegó en septiembre de 2020.',
      'ביוני 2022 ביקרה משלחת במוסקבה.',
    ])
      expect(setInOtherYear(sentence, [2023]), sentence).toBe(true);
    expect(
      setInOtherYear('Le 26 octobre 2023, comme en septembre 2020, la délégation est venue.', [2023]),
    ).toBe(false);
  });
});

describe('datedAwayFromEvent', () => {
  const days = ['10-07', '10-26', '10-27'];

  it('is true when every date of the sentence is days away from every day a fact is dated to', () => {
    expect(datedAwayFromEvent(new Set(['11-04']), days)).toBe(true);
    expect(datedAwayFromEvent(new Set(['11-04', '03-10']), days)).toBe(true);
  });

  it('is false near a fact’s day (outlets differ by a day or two), with no date, or no fact dates', () => {
    expect(datedAwayFromEvent(new Set(['10-25']), days)).toBe(false);
    expect(datedAwayFromEvent(new Set(['10-29']), days)).toBe(false);
    expect(datedAwayFromEvent(new Set(['11-04', '10-26']), days)).toBe(false);
    expect(datedAwayFromEvent(new Set(), days)).toBe(false);
    expect(datedAwayFromEvent(new Set(['11-04']), [])).toBe(false);
  });

  it('counts across the new year', () => {
    expect(datedAwayFromEvent(new Set(['01-01']), ['12-30'])).toBe(false);
    expect(datedAwayFromEvent(new Set(['01-10']), ['12-30'])).toBe(true);
  });
});

describe('month names in other scripts', () => {
  it('reads Arabic, Persian and Hebrew months (Hebrew with its glued "in") and CJK month numbers', () => {
    expect([...monthsNamed('وصل الوفد إلى القاهرة يوم السبت 4 نوفمبر 2023')]).toEqual([11]);
    expect([...monthsNamed('در ماه اکتبر')]).toEqual([10]);
    expect([...monthsNamed('המשלחת הגיעה באוקטובר')]).toEqual([10]);
    expect([...monthsNamed('代表团11月4日抵达开罗')]).toEqual([11]);
    expect([...monthsNamed('대표단은 11월 4일 카이로에 도착했다')]).toEqual([11]);
    expect([...monthsNamed('第13个月')]).toEqual([]);
  });

  it('finds Chinese, Japanese and Korean dates', () => {
    expect(findDates('哈马斯代表团于2023年10月26日抵达莫斯科', null).map((date) => date.iso)).toEqual([
      '2023-10-26',
    ]);
    expect(findDates('대표단은 10월 26일 모스크바에 도착했다', '2023-10-27').map((date) => date.iso)).toEqual(
      ['2023-10-26'],
    );
  });
});

describe('datesDisagree', () => {
  it('lets outlets date one claim a day apart, not more', () => {
    expect(datesDisagree(new Set(['10-26']), { '10-27': 1 })).toBe(false);
    expect(datesDisagree(new Set(['12-31']), { '01-01': 1 })).toBe(false);
    expect(datesDisagree(new Set(['10-24']), { '10-27': 1 })).toBe(true);
    expect(datesDisagree(new Set(), { '10-27': 1 })).toBe(false);
  });
});

describe('publishedOutsideEvent', () => {
  it('is true for a page dated before the first or after the last day a fact is dated to, only', () => {
    const days = ['10-26', '10-27'];
    expect(publishedOutsideEvent('2023-10-28', days, [2023])).toBe(true);
    expect(publishedOutsideEvent('2023-10-25', days, [2023])).toBe(true);
    expect(publishedOutsideEvent('2023-10-27T23:10:00+03:00', days, [2023])).toBe(false);
    expect(publishedOutsideEvent('2023-10-26', days, [2023])).toBe(false);
    expect(publishedOutsideEvent(null, days, [2023])).toBe(false);
    expect(publishedOutsideEvent('2023-10-28', [], [2023])).toBe(false);
  });
});

describe('publishedDuringEvent', () => {
  it('is true only for a page whose known day lies within the days the facts are dated to', () => {
    const days = ['10-26', '10-27'];
    const during = (day: string | null, factDays = days): boolean =>
      publishedDuringEvent(day, factDays, [2023]);
    expect([during('2023-10-26'), during('2023-10-27T23:10:00+03:00')]).toEqual([true, true]);
    expect([during('2023-10-28'), during('2024-10-26'), during(null), during('2023-10-26', [])]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
