/**
 * `parallax scan FILE`: the content script's detection, run on a Node DOM (happy-dom): the same
 * extraction (the article's content root, as the content script takes it) and the same matching
 * (core/detect-page.ts) against the shipped pack or `--corpus PACK.json`.
 * `--json` prints exactly { text, actors: [{ id, name, mentions }], facts: [{ id, label, score,
 * evidence, reportedBy }] } (DESIGN.md); otherwise a readable report with why each fact matched.
 * The page's URL, for knowing a corpus source by its address, is its canonical link if it has one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { detectPage, type PageDetection } from '../core/detect-page';
import { buildMatcherIndex } from '../core/matcher-index-build';
import type { MatcherIndex } from '../core/matcher-index';
import { parseCorpusPack, type CorpusPack } from '../core/pack-schema';
import { pagePublishedDay } from '../core/page-date';
import { extractPageText, findContentRoot, canonicalUrlOf } from '../core/page-text';
import { decodeText } from './article-file';
import { parseHtmlDocument } from './html-document';
import { CliError } from './cli-error';
import { buildShippedPack } from './shipped-pack';

export interface ScanJson {
  text: string;
  actors: Array<{ id: string; name: string; mentions: Array<{ start: number; end: number; text: string }> }>;
  facts: Array<{
    id: string;
    label: string;
    score: number;
    evidence: Array<{ start: number; end: number; text: string }>;
    reportedBy: string[];
  }>;
}

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

/** The page's text as the content script extracts it, and its canonical URL ('' if none). */
export function readPage(file: string): { text: string; url: string; published: string | null } {
  if (!existsSync(file)) throw new CliError(`file not found: ${file}`);
  const raw = decodeText(file, readFileSync(file));
  if (!/^\.html?$/i.test(extname(file))) return { text: raw, url: '', published: null };
  const doc = parseHtmlDocument(raw);
  if (!doc.body) throw new CliError(`unreadable HTML: ${file}`);
  const root = findContentRoot(doc);
  return {
    text: extractPageText(doc, root).text,
    url: canonicalUrlOf(doc, ''),
    published: pagePublishedDay(doc, root),
  };
}

/** The DESIGN.md scan JSON of a detection (field order and names exactly so). */
export function scanJson(text: string, detection: PageDetection): ScanJson {
  return {
    text,
    actors: detection.actors.map(({ id, name, mentions }) => ({
      id,
      name,
      mentions: mentions.map(({ start, end, text: mention }) => ({ start, end, text: mention })),
    })),
    facts: detection.facts.map(({ id, label, score, evidence, reportedBy }) => ({
      id,
      label,
      score,
      evidence: evidence.map(({ start, end, text: sentence }) => ({ start, end, text: sentence })),
      reportedBy,
    })),
  };
}

/** Scans one file against an index: the CLI's work, also used by the golden-scan script. */
export function scanFile(file: string, index: MatcherIndex): { text: string; detection: PageDetection } {
  const { text, url, published } = readPage(file);
  return { text, detection: detectPage(text, url, index, published) };
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function readableReport(file: string, index: MatcherIndex, detection: PageDetection): string {
  const outlet = (id: string): string => index.sources.find((source) => source.id === id)?.outlet ?? id;
  const lines = [`${file}: ${detection.facts.length} facts, ${detection.actors.length} actors`];
  if (detection.selfSource) lines.push(`this page is a corpus source: ${outlet(detection.selfSource)}`);
  if (detection.facts.length) lines.push('', 'FACTS');
  for (const fact of detection.facts) {
    lines.push(
      `  ${fact.label}  (score ${fact.score}; reported by ${fact.reportedBy.length} of ${index.sourceCount} sources: ${fact.reportedBy.map(outlet).join(', ')})`,
    );
    for (const reason of fact.why) lines.push(`    why: ${reason}`);
    for (const item of fact.evidence) lines.push(`    “${oneLine(item.text)}” [${item.start}–${item.end}]`);
  }
  if (detection.actors.length) lines.push('', 'ACTORS');
  for (const actor of detection.actors) {
    const forms = [...new Set(actor.mentions.map((mention) => oneLine(mention.text)))];
    lines.push(`  ${actor.name}: ${actor.mentions.length} mentions (${forms.join(' · ')})`);
  }
  return lines.join('\n');
}

export function runScan(options: { file: string; corpus: string | null; json: boolean }): string {
  const index = buildMatcherIndex(readPack(options.corpus));
  const { text, detection } = scanFile(options.file, index);
  if (options.json) return JSON.stringify(scanJson(text, detection), null, 2);
  return readableReport(options.file, index, detection);
}
