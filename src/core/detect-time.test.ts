import { describe, expect, it } from 'vitest';
import { datedAfterEvent, LATER_PAGE_DAYS } from './detect-time';

describe('datedAfterEvent', () => {
  const days = ['10-07', '10-26', '10-27'];
  const page = (dateline: string) =>
    `Kremlin plans\nBy Olga Marchenko ${dateline}\nPutin will travel on Wednesday.`;

  it('is true for a page dated weeks after the last day a fact is dated to', () => {
    expect(datedAfterEvent(page('5 December 2023, 13:20 MSK'), days, [2023])).toBe(true);
    expect(datedAfterEvent(page('Monday 20 November 2023'), days, [2023])).toBe(true);
  });

  it(`is false within ${LATER_PAGE_DAYS} days, for an undated page, or a corpus without dates`, () => {
    expect(datedAfterEvent(page('October 28, 2023'), days, [2023])).toBe(false);
    expect(datedAfterEvent(page('November 9, 2023'), days, [2023])).toBe(false);
    expect(datedAfterEvent(page('on Tuesday'), days, [2023])).toBe(false);
    expect(datedAfterEvent(page('5 December 2023'), [], [2023])).toBe(false);
  });

  it('reads the date only from the page’s first lines, not from a later mention', () => {
    const late = `Kremlin plans\n${'The delegation met officials in Moscow. '.repeat(20)}\nOn 5 December 2023 it left.`;
    expect(datedAfterEvent(late, days, [2023])).toBe(false);
  });
});
