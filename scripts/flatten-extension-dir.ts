/**
 * Vite plugin: files under `extension/` (HTML entry pages, icons) land at the root of the build,
 * so the panel is `sidepanel.html` as DESIGN.md promises; `_locales/` is copied as is; the manifest
 * is patched to match. Runs after everything is written (Rolldown forbids renaming bundle entries).
 */
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const PREFIX = 'extension/';

export function flattenExtensionDir(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'parallax-flatten-extension-dir',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = config.build.outDir;
      const nested = join(outDir, 'extension');
      if (existsSync(nested)) {
        for (const name of readdirSync(nested)) renameSync(join(nested, name), join(outDir, name));
        rmSync(nested, { recursive: true });
      }
      cpSync(join(config.root, 'extension', '_locales'), join(outDir, '_locales'), { recursive: true });
      const manifestPath = join(outDir, 'manifest.json');
      writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replaceAll(`"${PREFIX}`, '"'));
    },
  };
}
