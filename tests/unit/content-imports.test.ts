/**
 * The content script runs on every page, cold: whatever it imports is parsed and its module-level
 * code (tables, stemmed synonym lists, compiled patterns) runs on each page load. Detection runs in
 * the background (background/page-detection.ts), so the content script must not reach it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** `import … from './x'` and `export … from './x'`, but not `import type`. */
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms;

/** Every project module `entry` reaches by value imports (type-only imports are erased). */
function reachedModules(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string): void => {
    const name = relative(ROOT, file);
    if (reached.has(name)) return;
    reached.add(name);
    for (const match of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const base = resolve(dirname(file), match[1] ?? '');
      const target = [`${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((path) =>
        existsSync(path),
      );
      if (target) visit(target);
    }
  };
  visit(resolve(ROOT, entry));
  return reached;
}

describe('content script imports', () => {
  const reached = reachedModules('src/content/index.ts');

  it('reach the page text, prefilter and highlighting code', () => {
    for (const module of [
      'src/core/page-text.ts',
      'src/core/detect-prefilter.ts',
      'src/content/highlighter.ts',
    ])
      expect(reached).toContain(module);
  });

  it('do not reach detection, the index builder or the text analysis behind them', () => {
    const heavy = [
      'src/core/detect-page.ts',
      'src/core/detect-facts.ts',
      'src/core/match-actors.ts',
      'src/core/matcher-index-build.ts',
      'src/core/terms.ts',
      'src/core/dates.ts',
      'src/core/names.ts',
    ];
    expect([...reached].filter((module) => heavy.includes(module))).toEqual([]);
  });
});
