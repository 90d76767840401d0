import { describe, expect, it } from 'vitest';
import { exonymsFor, withParticles } from './match-exonyms';

describe('withParticles', () => {
  it('adds the particles Hebrew and Arabic write onto a name, and nothing to other scripts', () => {
    expect(withParticles('רוסיה')).toEqual(expect.arrayContaining(['רוסיה', 'מרוסיה', 'ברוסיה', 'ורוסיה']));
    expect(withParticles('موسكو')).toEqual(expect.arrayContaining(['موسكو', 'بموسكو', 'وموسكو']));
    expect(withParticles('Moskau')).toEqual(['Moskau']);
  });

  it('gives every exonym in those scripts its particle forms', () => {
    expect(exonymsFor(['Islamic State'])).toEqual(expect.arrayContaining(['דאעש', 'מדאעש', 'وداعش']));
    expect(exonymsFor(['Russia'])).toEqual(expect.arrayContaining(['Russland', 'روسیه', 'לרוסיה']));
  });
});
