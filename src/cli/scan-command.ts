/** `parallax scan FILE`: the content script's detection, run on a Node DOM. */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { detectPage } from '../core/detect-page';
import { buildMatcherIndex } from '../core/matcher-index';
import { parseCorpusPack, type CorpusPack } from '../core/pack-schema';
import { extractPageText } from '../core/page-text';
import { decodeText } from './article-file';
import { parseHtmlDocument } from './html-document';
import { CliError } from './cli-error';
import { buildShippedPack } from './shipped-pack';

function readPack(path: string | null): CorpusPack {
  if (path === null) return buildShippedPack();
  if (!existsSync(path)) throw new CliError(`corpus pack not found: ${path}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CliError(`corpus pack is not valid JSON: ${path}`);
  }
  const parsed = parseCorpusPack(json);
  if (!parsed.ok) throw new CliError(parsed.error);
  return parsed.pack;
}

function pageText(file: string): string {
  if (!existsSync(file)) throw new CliError(`file not found: ${file}`);
  const raw = decodeText(file, readFileSync(file));
  if (!/^\.html?$/i.test(extname(file))) return raw;
  const doc = parseHtmlDocument(raw);
  if (!doc.body) throw new CliError(`unreadable HTML: ${file}`);
  return extractPageText(doc).text;
}

export function runScan(options: { file: string; corpus: string | null; json: boolean }): string {
  const pack = readPack(options.corpus);
  const text = pageText(options.file);
  const detection = detectPage(text, '', buildMatcherIndex(pack));
  const result = {
    text,
    actors: [] as Array<{
      id: string;
      name: string;
      mentions: Array<{ start: number; end: number; text: string }>;
    }>,
    facts: detection.facts.map(({ id, label, score, evidence, reportedBy }) => ({
      id,
      label,
      score,
      evidence,
      reportedBy,
    })),
  };
  if (options.json) return JSON.stringify(result, null, 2);
  const lines = [`${options.file}: ${result.facts.length} facts, ${result.actors.length} actors`];
  for (const fact of result.facts)
    lines.push(`  ${fact.label}`, ...fact.evidence.map((e) => `    “${e.text}”`));
  return lines.join('\n');
}
