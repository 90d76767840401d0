/**
 * Vite plugin: `import pack from 'virtual:parallax-pack'` yields the CorpusPack built from seeds/
 * at build time by the same core code as `parallax corpus --json`.
 */
import type { Plugin } from 'vite';
import { buildShippedPack } from '../src/cli/shipped-pack';

const VIRTUAL_ID = 'virtual:parallax-pack';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function corpusPackPlugin(): Plugin {
  return {
    name: 'parallax-corpus-pack',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export default ${JSON.stringify(buildShippedPack())};`;
    },
  };
}
