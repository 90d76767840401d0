/**
 * Builds the transliteration table the MatcherIndex carries (see match-translit.ts): any-ascii's
 * output for each code point of the covered blocks. Build side only (background, CLI): it
 * imports any-ascii, which the content script must not. Cost: ~2,500 any-ascii calls, once.
 */
import anyAscii from 'any-ascii';
import { TRANSLIT_BLOCKS, type TranslitTable } from './match-translit';

export function buildTranslitTable(): TranslitTable {
  const table: TranslitTable = {};
  for (const blockNum of TRANSLIT_BLOCKS) {
    const outputs: string[] = [];
    for (let lo = 0; lo < 256; lo++) {
      const cp = blockNum * 256 + lo;
      // ASCII never reaches the table; control chars would only bloat it.
      outputs.push(cp < 0xa0 ? '' : anyAscii(String.fromCodePoint(cp)));
    }
    table[String(blockNum)] = outputs.join('\t');
  }
  return table;
}
