import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

describe('findDates', () => {
  it.each([
    ['On October 27th, according to Russian media', '2023-10-28', '2023-10-27', false],
    ['On October 26, Russian Foreign Ministry officials met', null, null, false],
    ['On October 26, Russian Foreign Ministry officials met', '2023-10-26', '2023-10-26', false],
    ['Thursday, 26 October 2023, 16:43', null, '2023-10-26', false],
    ['Time:2023-10-28 Click:167', null, '2023-10-28', false],
    ['Oct.26 - 2023 8:39 PM CET', null, '2023-10-26', false],
    ['On the 26th, the Russian Ministry', '2023-10-28', '2023-10-26', true],
    ['met in Moscow on Thursday.', '2023-10-26', '2023-10-26', true],
    ['a weekly press conference earlier on Thursday', '2023-10-28', '2023-10-26', true],
    ['an attack on October 7 by Hamas', '2023-10-26', '2023-10-07', false],
    ['12.03.2024 09:40 CET', null, '2024-03-12', false],
    ['The minister is expected to visit Kessin on Wednesday.', '2024-03-12', '2024-03-13', true],
    ['She will meet the families on Friday.', '2024-03-12', '2024-03-15', true],
    ['The minister visited Kessin on Wednesday.', '2024-03-12', '2024-03-06', true],
    // A reported plan, however far back in the clause its verb is.
    [
      'The airline said it would compensate affected customers and lay on 14 extra flights on Saturday.',
      '2025-11-07',
      '2025-11-08',
      true,
    ],
    ['The airport says it expects a near-normal schedule on Saturday.', '2025-11-07', '2025-11-08', true],
    ['The carrier said it was adding twelve extra flights on Saturday.', '2025-11-07', '2025-11-08', true],
    // The report's own day stays past, whatever the clause plans.
    ['He will resign, the ministry said on Tuesday.', '2024-03-14', '2024-03-12', true],
    ['The minister will not say what happened last Saturday.', '2025-11-07', '2025-11-01', true],
    // A plan in the sentence before does not reach this one.
    ['She will resign. The vote took place on Monday.', '2024-03-14', '2024-03-11', true],
    ['12. 3. 2024 10:05', null, '2024-03-12', false],
    // Chinese, Japanese and Korean news give a day of the current month alone.
    ['代表団が26日、モスクワを訪れた。', '2023-10-27', '2023-10-26', true],
    ['代表团26日抵达莫斯科', '2023-10-27', '2023-10-26', true],
    ['대표단은 26일 모스크바에', '2023-10-27', '2023-10-26', true],
  ])('%s (article %s) → %s', (text, articleDate, expected, relative) => {
    const [date] = findDates(text, articleDate);
    expect(date).toMatchObject({ iso: expected, relative });
    expect(date && text.slice(date.start, date.end)).toBe(date?.text);
  });

  it('takes no count of days and no Japan for a day of the month', () => {
    expect(findDates('3日間の協議で日本の代表は', '2023-10-27')).toEqual([]);
    expect(findDates('3일간 일본 대표단', '2023-10-27')).toEqual([]);
  });

  it.each([
    ['French', 'a confirmé jeudi 26 octobre 2023 le ministère', '2023-10-26'],
    ['German', 'am 26. Oktober in Moskau', '2023-10-26'],
    ['Spanish', 'el 26 de octubre de 2023', '2023-10-26'],
    ['Russian, genitive', 'прибыла 26 октября в Москву', '2023-10-26'],
    ['Ukrainian', 'у четвер, 26 жовтня', '2023-10-26'],
    ['Arabic', 'يوم الخميس 26 أكتوبر', '2023-10-26'],
    ['Persian, Persian digits', 'پنجشنبه (۲۶ اکتبر)', '2023-10-26'],
    ['Hebrew, with ב- glued on', 'ביום חמישי, 26 באוקטובר', '2023-10-26'],
    ['Turkish', 'İstanbul, 19 Kasım 2024 Salı', '2024-11-19'],
    ['Polish, genitive', 'w czwartek 26 października 2023', '2023-10-26'],
    ['Czech, genitive', 've čtvrtek 26. října 2023', '2023-10-26'],
    ['Romanian', 'joi, 26 octombrie 2023', '2023-10-26'],
    ['Swedish', 'torsdag 1 augusti 2024', '2024-08-01'],
    ['Dutch', 'donderdag 28 juli 2022', '2022-07-28'],
    ['Greek, genitive', 'Πέμπτη 26 Οκτωβρίου 2023', '2023-10-26'],
    ['Hindi', 'गुरुवार, 26 अक्टूबर 2023', '2023-10-26'],
  ])('reads a day and month in %s', (_, text, expected) => {
    expect(findDates(text, '2023-10-27').map((date) => date.iso)).toEqual([expected]);
  });

  it('finds nothing in a sentence without dates', () => {
    expect(findDates('Hamas is a terrorist organization worse than ISIS.', '2023-10-26')).toEqual([]);
    // Not a day-first date: no month 13, and slashes are ambiguous.
    expect(findDates('Version 13.13.2024 and 03/12/2024', null)).toEqual([]);
  });
});

describe('weekdays in other languages', () => {
  const days = (text: string) => findDates(text, '2026-02-03').map((date) => [date.iso, date.text]);

  it.each([
    ['a déraillé dimanche soir près de Salvenne', 'dimanche'],
    ['Der Zug war am Sonntagabend unterwegs', 'Sonntagabend'],
    ['крушение произошло в воскресенье около 19:40', 'в воскресенье'],
    ['descarriló el domingo por la noche', 'domingo'],
    ['w niedzielę wieczorem', 'w niedzielę'],
    ['وصل الوفد الأحد إلى موسكو', 'الأحد'],
    ['המשלחת הגיעה ביום ראשון למוסקבה', 'ביום ראשון'],
    ['heyet pazar günü Moskova’ya geldi', 'pazar günü'],
    ['هیئت روز یکشنبه به مسکو رسید', 'یکشنبه'],
  ])('resolves %j to the Sunday before the article', (text, written) => {
    expect(days(text)).toEqual([['2026-02-01', written]]);
  });

  it('takes no name for a day, and leaves the day to a date that follows', () => {
    expect(days('Plácido Domingo sang; in Sonntagsreden')).toEqual([]);
    expect(days('lunedì 2 febbraio')).toEqual([['2026-02-02', '2 febbraio']]);
    // Hebrew שני is also "second", Turkish pazar "market": only with the word for day.
    expect(days('בפעם שני ביקר; pazar yeri')).toEqual([]);
    // A Persian weekday's name ends another's (سه‌شنبه, Tuesday; شنبه, Saturday).
    expect(days('روز سه‌شنبه')).toEqual([['2026-02-03', 'سه‌شنبه']]);
  });
});

describe('a period that begins on a weekday', () => {
  it('is the nearer such day, before or after the article', () => {
    const iso = (text: string, date: string) => findDates(text, date).map((found) => found.iso);
    expect(iso('Three days of national mourning, beginning on Tuesday.', '2026-02-02')).toEqual([
      '2026-02-03',
    ]);
    expect(iso('Mourning, starting on Monday, ends today.', '2026-02-04')).toEqual(['2026-02-02']);
    expect(iso('The ministry said on Tuesday.', '2026-02-02')).toEqual(['2026-01-27']);
  });
});
