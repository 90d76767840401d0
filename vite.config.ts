/**
 * Builds the extension: Chrome (default, `dist/`) or Firefox (`--mode firefox`, `dist-firefox/`).
 * The HTML entry pages and static assets live in `extension/` (flattened into the build's root), the code in `src/`.
 */
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { firefoxManifest } from './scripts/firefox-manifest';
import { corpusPackPlugin } from './scripts/corpus-pack-plugin';
import { flattenExtensionDir } from './scripts/flatten-extension-dir';
import baseManifest from './manifest.json';

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = firefox ? firefoxManifest(baseManifest) : baseManifest;
  return {
    publicDir: false,
    plugins: [
      corpusPackPlugin(),
      preact(),
      crx({
        manifest: manifest as Parameters<typeof crx>[0]['manifest'],
        browser: firefox ? 'firefox' : 'chrome',
        // Self-contained content scripts, no web_accessible_resources that sites could probe.
        contentScripts: { standaloneFiles: ['src/content/wake.ts', 'src/content/index.ts'] },
      }),
      flattenExtensionDir(),
    ],
    build: {
      outDir: resolve(__dirname, firefox ? 'dist-firefox' : 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: {
          sidepanel: resolve(__dirname, 'extension/sidepanel.html'),
          options: resolve(__dirname, 'extension/options.html'),
        },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
