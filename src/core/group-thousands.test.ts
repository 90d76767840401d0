import { describe, expect, it } from 'vitest';
import { groupThousands } from './detect-why';

describe('groupThousands', () => {
  it.each([
    [7, '7'],
    [1400, '1,400'],
    [700000, '700,000'],
    [2500000.5, '2,500,000.5'],
  ])('%d → %s', (value, expected) => {
    expect(groupThousands(value)).toBe(expected);
  });
});
