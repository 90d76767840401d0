import { describe, expect, it } from 'vitest';
import { datedAfterEvent, datedAwayFromEvent, LATER_PAGE_DAYS, monthsNamed } from './detect-time';
import { findDates } from './dates';

describe('datedAfterEvent', () => {
  const days = ['10-07', '10-26', '10-27'];
  const page = (dateline: string) =>
    `Kremlin plans\nBy Olga Marchenko ${dateline}\nPutin will travel on Wednesday.`;

  it('is true for a page dated weeks after the last day a fact is dated to', () => {
    expect(datedAfterEvent(page('5 December 2023, 13:20 MSK'), days, [2023])).toBe(true);
    expect(datedAfterEvent(page('Monday 20 November 2023'), days, [2023])).toBe(true);
    // More than a week later: "Sunday 5 November 2023", in Arabic.
    expect(datedAfterEvent(page('الأحد 5 نوفمبر 2023'), days, [2023])).toBe(true);
  });

  it(`is false within ${LATER_PAGE_DAYS} days, for an undated page, or a corpus without dates`, () => {
    expect(datedAfterEvent(page('October 28, 2023'), days, [2023])).toBe(false);
    expect(datedAfterEvent(page('November 3, 2023'), days, [2023])).toBe(false);
    expect(datedAfterEvent(page('on Tuesday'), days, [2023])).toBe(false);
    expect(datedAfterEvent(page('5 December 2023'), [], [2023])).toBe(false);
  });

  it('reads the date only from the page’s first lines, not from a later mention', () => {
    const late = `Kremlin plans\n${'The delegation met officials in Moscow. '.repeat(20)}\nOn 5 December 2023 it left.`;
    expect(datedAfterEvent(late, days, [2023])).toBe(false);
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
