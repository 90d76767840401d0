import { describe, expect, it } from 'vitest';
import { pageSentenceFeatures, withMonthDays } from './fact-signatures';
import { passageFeatures } from './passage-features';
import { spanOf } from './span';

const datesOf = (text: string): string[] => [...pageSentenceFeatures(spanOf(text, 0, text.length), []).dates];

describe('pageSentenceFeatures dates', () => {
  it('reads absolute dates as month-days, with or without a year, in ASCII, Arabic-Indic and Persian digits', () => {
    expect(datesOf('The delegation arrived on October 26, 2023.')).toEqual(['10-26']);
    expect(datesOf('The delegation arrived on 26 October.')).toEqual(['10-26']);
    expect(datesOf('وصل الوفد يوم ٢٦ أكتوبر.')).toEqual(['10-26']);
    expect(datesOf('هیئت در ۲۶ اکتبر وارد شد.')).toEqual(['10-26']);
  });

  it('leaves out a date the claim is counted from ("since"), in several languages', () => {
    expect(datesOf('It is the first visit since the war began on October 7.')).toEqual([]);
    expect(datesOf('في أول زيارة من نوعها منذ اندلاع الحرب في غزة يوم ٧ أكتوبر.')).toEqual([]);
    expect(datesOf('Es ist der erste Besuch seit dem 7. Oktober.')).toEqual([]);
    expect(datesOf('Это первый визит с 7 октября.')).toEqual([]);
    // Turkish says "since" after the date: "7 Ekim'de … saldırıdan bu yana".
    expect(
      datesOf("Heyet, örgütün 7 Ekim'de İsrail'e düzenlediği saldırıdan bu yana ilk kez Moskova'da."),
    ).toEqual([]);
    expect(datesOf("Heyet 26 Ekim'de Moskova'ya geldi.")).toEqual(['10-26']);
    // Punctuation ends the "since" phrase: the later date is the claim's own.
    expect(datesOf('Since the war began, the delegation arrived on October 26.')).toEqual(['10-26']);
  });

  it('keeps "since" dates in alignment features (the corpus side is unchanged)', () => {
    const text = 'It is the first visit since the war began on October 7.';
    const features = withMonthDays(passageFeatures(spanOf(text, 0, text.length), [], null), text);
    expect([...features.dates]).toContain('10-07');
  });
});
