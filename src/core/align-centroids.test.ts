import { describe, expect, it } from 'vitest';
import { centroidCoverage } from './align-centroids';

const keys = (...names: string[]) => new Map(names.map((name) => [name, 1]));

describe('centroidCoverage', () => {
  const center = new Map([
    ['t:inquiri', 3],
    ['t:order', 2],
    ['a:actor:governor', 2],
    ['t:minist', 1], // a role word: not what the claim says
  ]);

  it('is the share of the centroid’s weight the passage has', () => {
    expect(centroidCoverage(keys('t:inquiri', 't:order', 'a:actor:governor', 't:minist'), center)).toBe(1);
    expect(centroidCoverage(keys('t:inquiri'), center)).toBeCloseTo(9 / 18);
  });

  it('is 0 when the passage shares only who, not what', () => {
    expect(centroidCoverage(keys('a:actor:governor', 't:minist', 't:weather'), center)).toBe(0);
  });

  it('is 0 for a centroid that is mostly actors or too thin to say what a fact is about', () => {
    const actors = new Map([
      ['a:actor:hamas', 3],
      ['a:actor:tass', 3],
      ['t:deleg', 1],
    ]);
    expect(centroidCoverage(keys('a:actor:hamas', 'a:actor:tass', 't:deleg'), actors)).toBe(0);
    const thin = new Map([
      ['t:inquiri', 3],
      ['t:order', 2],
    ]);
    expect(centroidCoverage(keys('t:inquiri', 't:order'), thin)).toBe(0);
  });
});
