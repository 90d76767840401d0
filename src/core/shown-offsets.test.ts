import { describe, expect, it } from 'vitest';
import { shownOffsets } from './shown-offsets';

describe('shownOffsets', () => {
  it('counts a run of white space once, as the page shows it', () => {
    const text = 'o\n          diplomata';
    const shown = shownOffsets(text);
    expect(shown[text.length]).toBe('o diplomata'.length);
    expect(shown[text.indexOf('d')]).toBe(2);
  });

  it('measures a stretch from its own start', () => {
    const text = 'ab   cd  ef';
    expect([...shownOffsets(text, 2, 7)]).toEqual([0, 1, 1, 1, 2, 3]);
  });
});
