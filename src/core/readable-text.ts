/**
 * Article text of an HTML document for imports (on demand, never on every page: it takes 10–50 ms):
 * Mozilla's Readability on a clone (it mutates what it parses), its paragraphs joined by line
 * breaks so the corpus engine sees one paragraph per line. Falls back to the visible-text walk
 * when Readability finds no article.
 */
import { Readability } from '@mozilla/readability';
import { extractPageText, findContentRoot } from './page-text';

export function readableArticleText(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability(clone, { charThreshold: 200 }).parse();
  const title = article?.title?.trim();
  const body = article?.textContent
    ?.split(/\n\s*\n|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  if (body && body.length >= 200) return title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return extractPageText(doc, findContentRoot(doc)).text;
}
