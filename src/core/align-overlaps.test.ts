import { describe, expect, it } from 'vitest';
import { mergeOverlapping, type OverlapGroup } from './align-overlaps';

const group = (...members: number[]): OverlapGroup => ({
  members,
  sources: new Set(members.map((member) => sourceOf(member))),
});
/** Passage n belongs to source "s<n mod 10>": 1 and 11 are one source's two sentences. */
const sourceOf = (index: number): string => `s${index % 10}`;

describe('mergeOverlapping', () => {
  it('merges two groups that share passages when the rest of them are alike', () => {
    // 1 and 2 are in both; 3 (only in the first) and 4 (only in the second) are alike.
    const merged = mergeOverlapping([group(1, 2, 3), group(1, 2, 4)], sourceOf, (i, j) =>
      (i === 3 && j === 4) || (i === 4 && j === 3) ? 0.2 : 0,
    );
    expect(merged.map((item) => [...item.members].sort())).toEqual([[1, 2, 3, 4]]);
    expect([...(merged[0]?.sources ?? [])].sort()).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('keeps them apart when what only one of them holds says something else', () => {
    const merged = mergeOverlapping([group(1, 2, 3), group(1, 2, 4)], sourceOf, () => 0.05);
    expect(merged).toHaveLength(2);
  });

  it('keeps them apart when they share a single passage (a lede that tells two claims)', () => {
    const merged = mergeOverlapping([group(1, 3), group(1, 4)], sourceOf, () => 0.9);
    expect(merged).toHaveLength(2);
  });

  it('does not grow a group into one that holds it and more', () => {
    const merged = mergeOverlapping([group(1, 2, 3), group(1, 2, 3, 4)], sourceOf, () => 0.9);
    expect(merged).toHaveLength(2);
  });

  it('compares only passages of different sources', () => {
    // 3 and 13 are one source's: their likeness says nothing about the two claims.
    const merged = mergeOverlapping([group(1, 2, 3), group(1, 2, 13)], sourceOf, () => 0.9);
    expect(merged).toHaveLength(2);
  });
});
