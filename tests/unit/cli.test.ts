/** The `parallax` command as a user runs it: JSON contracts, readable report, one-line errors. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusPack, type CorpusPack } from '../../src/core/pack-schema';

const BIN = new URL('../../bin/parallax.mjs', import.meta.url).pathname;

function parallax(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parallax corpus', () => {
  it('--json prints the shipped pack, valid and curated', () => {
    const { code, stdout } = parallax('corpus', '--json');
    expect(code).toBe(0);
    const parsed = parseCorpusPack(JSON.parse(stdout));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pack.sources).toHaveLength(5);
    expect(parsed.pack.facts.map((fact) => fact.label)).toContain(
      'Peskov: the delegation did not meet Putin',
    );
  });

  it('--from DIR --json builds a pack with the automatic pipeline only', () => {
    const { code, stdout } = parallax('corpus', '--from', 'tests/fixtures/corpora/harbour-strike', '--json');
    expect(code).toBe(0);
    const pack = JSON.parse(stdout) as { sources: unknown[]; facts: Array<{ label: string }> };
    expect(pack.sources).toHaveLength(4);
    expect(JSON.stringify(pack)).not.toMatch(/Hamas|Moscow|Peskov/);
  });

  it('--from DIR reads HTML articles through Readability', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-html-'));
    for (const name of ['seed-orla-expulsion.html', 'seed-forumdaily-moscow.html', 'event-new-words.html']) {
      copyFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), join(dir, name));
    }
    const { code, stdout } = parallax('corpus', '--from', dir, '--json');
    expect(code).toBe(0);
    const pack = JSON.parse(stdout) as CorpusPack;
    expect(pack.sources.map((source) => source.title)).toContain(
      'Israel demanded the expulsion of Hamas representatives from Russia. Putin’s spokesman responded',
    );
    const shared = pack.facts.filter(
      (fact) => new Set(fact.mentions.map((mention) => mention.source)).size === 3,
    );
    expect(shared.length).toBeGreaterThan(0);
    // Page chrome (navigation, most-read lists) stays out of the articles.
    expect(pack.sources.every((source) => !source.text.includes('Most read'))).toBe(true);
  });

  it('--from seeds never applies the curated overlay', () => {
    const { stdout } = parallax('corpus', '--from', 'seeds', '--json');
    expect(stdout).not.toContain('Peskov: the delegation did not meet Putin');
  });

  it('prints a readable report with verbatim passages and forms', () => {
    const { code, stdout } = parallax('corpus');
    expect(code).toBe(0);
    expect(stdout).toContain('FACTS');
    expect(stdout).toContain('ACTORS');
    expect(stdout).toContain('Dagens: “"Hamas is a terrorist organization that is worse than ISIS.”');
    expect(stdout).toMatch(/forms: .*Maria Zaharova/);
    expect(stdout).toContain('! date: 27 Oct vs 26 Oct');
  });

  it.each([
    [['corpus', '--from', 'no/such/folder'], /not a folder/],
    [['corpus', '--bogus'], /Unknown option/],
    [['frobnicate'], /unknown command/],
  ])('refuses %j with one line on stderr', (args, message) => {
    const { code, stderr, stdout } = parallax(...args);
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('refuses a folder with a binary article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x50, 0x00, 0x01, 0x02]));
    const { code, stderr } = parallax('corpus', '--from', dir);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/binary/);
  });
});

describe('parallax scan', () => {
  it.each([
    [['scan', 'missing.html'], /file not found/],
    [['scan'], /exactly one FILE/],
  ])('refuses %j with one line on stderr', (args, message) => {
    const { code, stderr } = parallax(...args);
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('refuses an invalid pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    writeFileSync(join(dir, 'pack.json'), JSON.stringify({ version: 1, sources: 'no' }));
    const { code, stderr } = parallax(
      'scan',
      'tests/fixtures/pages/unrelated-weather.html',
      '--corpus',
      join(dir, 'pack.json'),
    );
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/invalid corpus pack/);
  });
});
