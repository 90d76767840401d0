import { describe, expect, it } from 'vitest';
import { outletOfCopyright } from './article-meta';
import { otherLanguageSources } from './source-language';
import { prepareSource } from './source-prep';

const STORY =
  'Dam bursts above Halvek\n\nRescue crews went from house to house in the lower town of Halvek on Tuesday, the regional governor said.\n\n';

describe('the outlet of an imported article', () => {
  it.each([
    ['© 2026 The Velmora Chronicle Ltd | About us | Contact', 'The Velmora Chronicle'],
    ['(c) 2026 Meridian Press Agency. All rights reserved. | Terms of Use', 'Meridian Press Agency'],
    ['© Le Courrier de Varosh 2026 – All rights reserved – Legal mentions', 'Le Courrier de Varosh'],
    ['© 2026 Valdorski Glasnik d.d. | Impressum', 'Valdorski Glasnik'],
    ['Copyright © 2026 EPB. EPB is not responsible for the content of external sites.', 'EPB'],
    ["© L'Écho du Matin 2026 – Tous droits réservés", "L'Écho du Matin"],
    [
      'RTC Noticias © 2026 Radio Televisión Costera. Todos los derechos reservados.',
      'Radio Televisión Costera',
    ],
    ['© 2026 «Новости Побережья». Все права защищены. 18+', 'Новости Побережья'],
    ['© 2026', null],
  ])('reads %j as %j', (line, outlet) => {
    expect(outletOfCopyright(line)).toBe(outlet);
  });

  it('is the one given, else the one its copyright line names, else its file name', () => {
    const text = `${STORY}© 2026 Kessen Valley Gazette Ltd | Contact | Privacy`;
    expect(prepareSource({ file: '07-regional.txt', text }, 'user').source.outlet).toBe(
      'Kessen Valley Gazette',
    );
    const given = { file: '07-regional.txt', text, meta: { outlet: 'The Gazette' } };
    expect(prepareSource(given, 'user').source.outlet).toBe('The Gazette');
    expect(prepareSource({ file: '07-regional.txt', text: STORY }, 'user').source.outlet).toBe('07-regional');
  });
});

describe('the language of an imported article', () => {
  const GERMAN =
    'Damm bricht oberhalb von Halvek\n\nRettungskräfte gingen am Dienstag in der Unterstadt von Halvek von Haus zu Haus, sagte der Gouverneur der Region.\n\nDie Behörden haben mehr als 300 Menschen in Sicherheit gebracht.\n\n';

  it('is the one given, else English or undetermined as its reporting reads', () => {
    expect(prepareSource({ file: 'a.txt', text: STORY }, 'user').source.language).toBe('en');
    expect(prepareSource({ file: 'b.txt', text: GERMAN }, 'user').source.language).toBe('und');
    const given = { file: 'b.txt', text: GERMAN, meta: { language: 'de' } };
    expect(prepareSource(given, 'user').source.language).toBe('de');
  });

  it('reads sources in other languages across languages only beside English ones', () => {
    const english = prepareSource({ file: 'a.txt', text: STORY }, 'user');
    const german = prepareSource({ file: 'b.txt', text: GERMAN }, 'user');
    const british = prepareSource({ file: 'c.txt', text: STORY, meta: { language: 'en-GB' } }, 'user');
    expect([...otherLanguageSources([english, german, british].map((item) => item.source))]).toEqual([
      german.source.id,
    ]);
    expect(otherLanguageSources([german.source]).size).toBe(0);
    expect(otherLanguageSources([english.source, british.source]).size).toBe(0);
  });
});
