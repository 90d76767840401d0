/**
 * `npm run bench`: performance figures, each as a ratio against a baseline measured in the same
 * run so machines of different speed give comparable numbers.
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { buildShippedPack } from '../src/cli/shipped-pack';
import { readSeedArticles } from '../src/cli/seed-files';

const CONTENT_SCRIPT = 'dist/src/content/index.js';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown, repeats = 7): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

if (!existsSync(CONTENT_SCRIPT)) spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
const script = readFileSync(CONTENT_SCRIPT);
console.log(
  `content script: ${(script.length / 1024).toFixed(1)} KB minified, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip (budget 100 KB minified)`,
);

// Baseline: reading the seeds' text once more (what any pack build must at least do).
const { articles } = readSeedArticles();
const baseline = time(() => articles.reduce((sum, article) => sum + article.text.toLowerCase().length, 0));
const packBuild = time(() => buildShippedPack());
console.log(
  `pack build (5 seeds): ${packBuild.toFixed(1)} ms (${(packBuild / Math.max(baseline, 0.001)).toFixed(0)}× lower-casing the seeds; budget < 1000 ms)`,
);
