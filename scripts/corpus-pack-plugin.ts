/**
 * Vite plugin: `import shippedPack from 'virtual:parallax-pack'` yields a function returning the
 * CorpusPack built from seeds/ at build time by the same core code as `parallax corpus --json`.
 * The pack is kept as a JSON string and parsed on first call: the service worker evaluates its
 * code at every start, and a ~600 KB object literal there cost more than scanning a string (the
 * pack is needed only when the corpus is seeded or checked).
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
      const json = JSON.stringify(buildShippedPack());
      return [
        `const json = ${JSON.stringify(json)};`,
        'let pack;',
        'export default function shippedPack() {',
        '  pack ??= JSON.parse(json);',
        '  return pack;',
        '}',
      ].join('\n');
    },
  };
}
