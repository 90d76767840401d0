/**
 * Article text of an HTML document for imports (on demand, never on every page: it takes 10–50 ms):
 * Mozilla's Readability on a clone (it mutates what it parses), one line per paragraph, so the
 * corpus engine sees one paragraph per line. Falls back to the visible-text walk when Readability
 * finds no article.
 */
import { Readability } from '@mozilla/readability';
import { BLOCK_TAGS, extractPageText, findContentRoot } from './page-text';

/**
 * The text of `root` as one line per block element, white space collapsed within each: an HTML
 * source wraps a paragraph's text over several lines ("mit dem Blut von mehr als\n1400 Israelis"),
 * and those breaks are not the paragraph's.
 */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return lines;
}

export function readableArticleText(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability<Node>(clone, { charThreshold: 200, serializer: (node) => node }).parse();
  const title = article?.title?.trim();
  const body = article?.content ? blockLines(article.content).join('\n') : '';
  if (body.length >= 200) return title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return extractPageText(doc, findContentRoot(doc)).text;
}
