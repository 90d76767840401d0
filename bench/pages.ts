/** Builds the benchmark pages: a typical article, a 100,000-word page, and a page with no match. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSeedPage } from '../scripts/render-seed-page';

const FILLER = [
  'The city council met on Tuesday to discuss the budget for the coming year and the repair of several bridges.',
  'Local farmers said the dry spring had cut the yield of wheat, while fruit growers expected a good season.',
  'A new library opened in the old market hall, with a children’s corner and a café on the ground floor.',
  'Traffic on the ring road was slowed by roadworks that are expected to last until the end of the month.',
];

export function writeBenchPages(dir: string): { typical: string; huge: string; noMatch: string } {
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(new URL('../seeds/003_1ee9bacb9119acfc.txt', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'typical.html'), renderSeedPage(seed, 'Dagens'));
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < 100_000; i++) {
    const sentence =
      i % 25 === 0
        ? (seed.split('\n').find((line) => line.length > 80) ?? '')
        : (FILLER[i % FILLER.length] ?? '');
    paragraphs.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  writeFileSync(
    join(dir, 'huge.html'),
    renderSeedPage(`A very long page\n${paragraphs.join('\n')}`, 'Bench'),
  );
  writeFileSync(
    join(dir, 'no-match.html'),
    renderSeedPage(`Local news\n${FILLER.join('\n').repeat(20)}`, 'Bench'),
  );
  return { typical: 'typical.html', huge: 'huge.html', noMatch: 'no-match.html' };
}
