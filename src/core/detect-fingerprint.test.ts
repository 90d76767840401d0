import { describe, expect, it } from 'vitest';
import { findSelfSource, matchWords, textFingerprint, type KnownSource } from './detect-fingerprint';
import { buildMatchText } from './match-text';

const article =
  'The delegation arrived in the capital on Thursday for two days of talks with officials from the ministry. ' +
  'Officials said the visit had been planned for weeks and that the agenda covered trade, transport and the ' +
  'release of detained citizens. A spokeswoman declined to say whether further meetings were planned.';
const sources: KnownSource[] = [
  { id: 's:a', url: 'https://news.example/a', fingerprint: textFingerprint(article) },
  {
    id: 's:b',
    url: null,
    fingerprint: textFingerprint('A different story about weather on the coast, '.repeat(4)),
  },
];
const words = (text: string) => matchWords(buildMatchText(text).text);

describe('findSelfSource', () => {
  it('knows a source by its URL', () => {
    expect(findSelfSource(words('anything'), 'https://www.news.example/a/', sources)).toBe('s:a');
  });

  it('knows a source by its text, whatever the page chrome around it', () => {
    const page = `Home | World | Sport\n${article}\nMost read: Storm warnings issued\n© Outlet`;
    expect(findSelfSource(words(page), 'https://mirror.example/copy', sources)).toBe('s:a');
  });

  it('does not take a page quoting one sentence of a source for the source', () => {
    const page = `Another outlet wrote: "Officials said the visit had been planned for weeks." ${'Other words. '.repeat(30)}`;
    expect(findSelfSource(words(page), '', sources)).toBeNull();
  });
});
