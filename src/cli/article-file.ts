/** Reads one article file (.txt or .html) as text, refusing what is not an article. */
import { extname } from 'node:path';
import { readableArticleText } from '../core/readable-text';
import { parseHtmlDocument } from './html-document';

export function decodeText(path: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new Error(`${path} is binary, not an article`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!text.trim()) throw new Error(`${path} is empty`);
  return text;
}

export function articleTextFromFile(path: string, bytes: Buffer): string {
  const text = decodeText(path, bytes);
  if (!/^\.html?$/i.test(extname(path))) return text;
  const doc = parseHtmlDocument(text);
  if (!doc.body) throw new Error(`${path} has no HTML body`);
  return readableArticleText(doc);
}
