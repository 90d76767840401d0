#!/usr/bin/env node
// `npm test`: every quality gate in order, then one closing line "N passed, N failed" summed over
// all runners (CI reads that line). Gates that are not test runners count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
rmSync(`${RESULTS}/unit.json`, { force: true });
rmSync(`${RESULTS}/e2e.json`, { force: true });
mkdirSync(RESULTS, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(name, command, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds}s\n`);
  return result.status === 0;
}

function gate(name, command, args) {
  if (run(name, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

function runner(name, command, args, report) {
  const ok = run(name, command, args, { VITEST_JSON: report });
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  if (!ok && summary.numFailedTests === 0) {
    failed += 1; // the runner failed outside any test (a suite that did not load)
    failures.push(`${name} (suite error)`);
  } else if (summary.numFailedTests > 0) failures.push(`${name} (${summary.numFailedTests} failed)`);
}

gate('format', 'npx', ['prettier', '--check', '.']);
gate('lint', 'npx', ['eslint', '.']);
gate('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
runner('unit', 'npx', ['vitest', 'run'], `${RESULTS}/unit.json`);
gate('build:firefox', 'npm', ['run', 'build:firefox']);
gate('web-ext lint', 'npm', ['run', 'lint:firefox']);
gate('build', 'npm', ['run', 'build']);
runner('e2e', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts'], `${RESULTS}/e2e.json`);

if (failures.length) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
