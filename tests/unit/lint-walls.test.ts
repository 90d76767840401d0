/** The import walls and the text-only rule are lint rules: prove they fire on the code they guard. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

describe('lint walls', () => {
  it.each([
    [
      'core uses a browser global',
      'export const t = document.title;\n',
      'src/core/probe.ts',
      'no-restricted-globals',
    ],
    [
      'core imports node',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'src/core/probe.ts',
      'no-restricted-imports',
    ],
    [
      'core imports dexie',
      "import Dexie from 'dexie';\nexport const d = Dexie;\n",
      'src/core/probe.ts',
      'no-restricted-imports',
    ],
    [
      'content imports db',
      "import { ParallaxDatabase } from '../db/database';\nexport const d = ParallaxDatabase;\n",
      'src/content/probe.ts',
      'no-restricted-imports',
    ],
    [
      'innerHTML anywhere',
      "export function f(e: HTMLElement): void {\n  e.innerHTML = 'x';\n}\n",
      'src/sidepanel/probe.ts',
      'no-restricted-syntax',
    ],
    [
      'UI touches chrome directly',
      'export const i = chrome.runtime.id;\n',
      'src/sidepanel/probe.ts',
      'no-restricted-globals',
    ],
  ])('%s is an error', async (_name, code, filePath, rule) => {
    expect(await ruleIds(code, filePath)).toContain(rule);
  });

  it('allows a pure core module', async () => {
    expect(
      await ruleIds('export const double = (n: number): number => n * 2;\n', 'src/core/probe.ts'),
    ).toEqual([]);
  });
});
