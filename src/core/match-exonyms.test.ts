import { describe, expect, it } from 'vitest';
import { withParticles } from './match-abjad';
import { exonymsFor } from './match-exonyms';

describe('withParticles', () => {
  it('adds the particles Hebrew and Arabic write onto a name, and nothing to other scripts', () => {
    expect(withParticles('רוסיה')).toEqual(expect.arrayContaining(['רוסיה', 'מרוסיה', 'ברוסיה', 'ורוסיה']));
    expect(withParticles('موسكو')).toEqual(expect.arrayContaining(['موسكو', 'بموسكو', 'وموسكو']));
    expect(withParticles('Moskau')).toEqual(['Moskau']);
  });

  it('lists names in Arabic, Persian and Hebrew next to the other languages', () => {
    expect(exonymsFor(['Islamic State'])).toEqual(expect.arrayContaining(['דאעש', 'داعش']));
    expect(exonymsFor(['Russia'])).toEqual(expect.arrayContaining(['Russland', 'روسیه', 'רוסיה']));
    // Urdu writes Moscow with a long a, and Russia without Persian's ending.
    expect(exonymsFor(['Moscow'])).toEqual(expect.arrayContaining(['موسكو', 'مسکو', 'ماسکو']));
    expect(exonymsFor(['Russia'])).toEqual(expect.arrayContaining(['روس']));
  });

  it('writes Gaza as Hindi papers do, with and without the nukta', () => {
    expect(exonymsFor(['Gaza Strip'])).toEqual(expect.arrayContaining(['गाजा', 'गाज़ा', 'ग़ज़ा']));
  });

  it('names Israel as Iranian outlets do ("the Zionist regime")', () => {
    expect(exonymsFor(['Israel'])).toContain('رژیم صهیونیستی');
    expect(exonymsFor(['Israeli Foreign Ministry'])).toContain('وزارت خارجه رژیم صهیونیستی');
  });
});
