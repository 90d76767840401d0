import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../cli/html-document';
import { blockLines, readableArticleText } from './readable-text';

const PARAGRAPH =
  'A delegation led by Mussa Abu Marsuk arrived in Moscow on Thursday, the foreign ministry said, and talks were held on the release of hostages held in Gaza.';

// Pretty-printed HTML wraps a paragraph's text over several source lines, as CMS templates do.
const wrapped = (text: string): string => text.replace(/, /g, ',\n          ');

describe('readableArticleText', () => {
  it('keeps a paragraph whose HTML source is wrapped over lines as one line', () => {
    const html = `<html><head><title>Hamas delegation in Moscow</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Hamas delegation in Moscow</h1>
        <p>
          ${wrapped(PARAGRAPH)}
        </p>
        <p>${wrapped(PARAGRAPH.replace('Thursday', 'Friday'))}</p>
      </article></body></html>`;
    const lines = readableArticleText(parseHtmlDocument(html)).split('\n');
    expect(lines).toContain(PARAGRAPH);
    expect(lines).toContain(PARAGRAPH.replace('Thursday', 'Friday'));
    expect(lines.every((line) => line === line.trim() && !/\s{2}/.test(line))).toBe(true);
  });
});

describe('blockLines', () => {
  it('gives each block and each line break a line of its own, inline elements none', () => {
    const doc = parseHtmlDocument(
      '<div id="root"><p>One <b>bold</b>\n  claim.</p><ul><li>first</li><li>second</li></ul>Tail<br>after</div>',
    );
    const root = doc.getElementById('root');
    if (!root) throw new Error('no root');
    expect(blockLines(root)).toEqual(['One bold claim.', 'first', 'second', 'Tail', 'after']);
  });
});
