/**
 * `npm run bench`: performance figures, each printed with a ratio against a baseline measured in
 * the same run (so machines of different speed give comparable numbers) and the budget.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { readSeedArticles } from '../src/cli/seed-files';
import { readCuration } from '../src/cli/shipped-pack';
import { buildPack } from '../src/core/build-pack';
import { contentTerms } from '../src/core/terms';

const CONTENT_SCRIPT = 'dist/src/content/index.js';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown, repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

if (!existsSync(CONTENT_SCRIPT)) spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
const script = readFileSync(CONTENT_SCRIPT);
console.log(
  `content script: ${(script.length / 1024).toFixed(1)} KB minified, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip (budget ≤ 100 KB minified)`,
);

const { corpus, articles } = readSeedArticles();
const curation = readCuration();
// Baseline: one tokenising pass over the same text (what any pack build must at least do).
const tokenise = (texts: string[]) => texts.reduce((sum, text) => sum + contentTerms(text).length, 0);
const seedBaseline = time(() => tokenise(articles.map((a) => a.text)), 9);
const seedBuild = time(() => buildPack(corpus, articles, { origin: 'seed', version: 'bench', curation }), 5);
console.log(
  `pack build, 5 seeds: ${ms(seedBuild)} (${(seedBuild / seedBaseline).toFixed(0)}× one tokenising pass; budget < 1000 ms)`,
);

const fifty = Array.from({ length: 50 }, (_, i) => {
  const seed = articles[i % articles.length];
  return { file: `copy-${String(i).padStart(2, '0')}-${seed?.file ?? ''}`, text: seed?.text ?? '' };
});
const fiftyBaseline = time(() => tokenise(fifty.map((a) => a.text)), 3);
const fiftyBuild = time(() => buildPack(corpus, fifty, { origin: 'user', version: 'bench' }), 1);
console.log(
  `pack build, 50 articles: ${ms(fiftyBuild)} (${(fiftyBuild / fiftyBaseline).toFixed(0)}× one tokenising pass; budget < 10000 ms)`,
);

if (process.argv.includes('--no-browser')) process.exit(0);
const { chromiumMissingMessage } = await import('../tests/e2e/browser');
const missing = chromiumMissingMessage();
if (missing) console.log(`browser figures skipped: ${missing}`);
else await (await import('./browser-bench')).runBrowserBench();
