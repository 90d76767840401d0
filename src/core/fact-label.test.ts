import { describe, expect, it } from 'vitest';
import { labelFromPassage } from './fact-label';

describe('labelFromPassage', () => {
  it.each([
    [
      'Update: Maria Zakharova reported that Ali Bagheri Kani met Mikhail Galuzin in Moscow on Thursday.',
      'Ali Bagheri Kani met Mikhail Galuzin in Moscow on Thursday',
    ],
    [
      'On October 26, Israel demanded the expulsion of the delegation.',
      'Israel demanded the expulsion of the delegation',
    ],
    [
      'Among the topics discussed was the release of hostages, according to The Guardian.',
      'Among the topics discussed was the release of hostages',
    ],
    [
      '"Hamas is a terrorist organization that is worse than ISIS.',
      'Hamas is a terrorist organization that is worse than ISIS',
    ],
  ])('%s', (passage, label) => {
    expect(labelFromPassage(passage)).toBe(label);
  });

  it('keeps long labels short, preferring the clause the sources share', () => {
    const label = labelFromPassage(
      'The Russian Embassy in Israel released a statement reaffirming Moscow’s call for an immediate ceasefire, the release of all hostages held by Hamas, and the delivery of humanitarian aid to residents of Gaza.',
      ['ceasefir'],
    );
    expect(label.split(' ').length).toBeLessThanOrEqual(17);
    expect(label).toMatch(/ceasefire/);
  });
});
