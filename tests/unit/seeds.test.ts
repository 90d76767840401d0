/** The bundled seeds are byte-identical to the shared originals and fully described. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

const RECORDED_SHA256: Record<string, string> = {
  '000_4944aeee2fdca465.txt': '9504610cd95227ab5521d6f92c40a5ba620699dc74c54533e622e70cff8d1e7f',
  '001_8d38717e43528b3a.txt': '9693b979ed08aeff5fca37fa87cc570752c960b68c4aecd77fdfe840b8fa52a2',
  '002_21833e2d66e5c671.txt': '7a71e2206773e1860a9862fe782b2e4225fff979a6141d1b7450775774050b12',
  '003_1ee9bacb9119acfc.txt': '81f5bdbf0d76c150ef3800efb4661f94d5185b34072b1bc054063284122618c7',
  '004_4c9df461499d11da.txt': '0a9b59401052e93d39684aaa8dc07604ba5fc8e8e1ad78cfc1e8a9ae729fb0ce',
};

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const seedFiles = (): string[] =>
  readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort();

describe('seeds', () => {
  it('holds exactly the five recorded seed files', () => {
    expect(seedFiles()).toEqual(Object.keys(RECORDED_SHA256).sort());
  });

  it.each(Object.entries(RECORDED_SHA256))('%s matches its recorded SHA-256', (file, digest) => {
    expect(sha256(join(SEEDS, file))).toBe(digest);
  });

  it.runIf(existsSync(SHARED))('is byte-identical to ../shared/seeds', () => {
    for (const file of seedFiles()) {
      expect(readFileSync(join(SEEDS, file)).equals(readFileSync(join(SHARED, file))), file).toBe(true);
    }
  });

  it('describes every seed in sources.json with the metadata of SOURCES.md', () => {
    const meta = JSON.parse(readFileSync(join(SEEDS, 'sources.json'), 'utf8')) as {
      sources: Array<{
        file: string;
        outlet: string;
        url: string | null;
        byline: string | null;
        published: string | null;
      }>;
    };
    expect(meta.sources.map((source) => source.file).sort()).toEqual(seedFiles());
    const byFile = new Map(meta.sources.map((source) => [source.file, source]));
    expect(byFile.get('001_8d38717e43528b3a.txt')).toMatchObject({
      outlet: 'Ukrainska Pravda',
      byline: 'Tetiana Lozovenko',
      published: '2023-10-26T16:43',
    });
    expect(byFile.get('003_1ee9bacb9119acfc.txt')).toMatchObject({
      outlet: 'Dagens',
      byline: 'Henrik Rothen',
    });
    for (const source of meta.sources) expect(source.url).toMatch(/^https:\/\//);
  });
});
