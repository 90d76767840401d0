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
import { findActorMentions } from '../src/core/match-actors';
import { buildMatcherIndex } from '../src/core/matcher-index-build';
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

// The actor matcher alone (normalisation, one Aho–Corasick pass, the transliteration pass) over
// ~2 MB of news text, against one native regex pass over the same text.
const index = buildMatcherIndex(buildPack(corpus, articles, { origin: 'seed', version: 'bench', curation }));
const seedText = articles.map((article) => article.text).join('\n');
const big = seedText.repeat(Math.ceil(2_000_000 / seedText.length));
const megabytes = (big.length * 2) / 1_048_576; // UTF-16 code units, as the matcher reads them
const words = time(() => big.match(/\S+/g)?.length ?? 0, 5);
findActorMentions(big, index); // compile the automaton and warm the code first
const matcher = time(() => findActorMentions(big, index), 5);
console.log(
  `actor matcher: ${(megabytes / (matcher / 1000)).toFixed(1)} MB/s over ${megabytes.toFixed(1)} MB of seed text (${(matcher / words).toFixed(1)}× one native word-regex pass at ${(megabytes / (words / 1000)).toFixed(0)} MB/s)`,
);

if (process.argv.includes('--no-browser')) process.exit(0);
const { chromiumMissingMessage } = await import('../tests/e2e/browser');
const missing = chromiumMissingMessage();
if (missing) console.log(`browser figures skipped: ${missing}`);
else await (await import('./browser-bench')).runBrowserBench();
