/**
 * Runs detection over a page's extracted text against the MatcherIndex.
 * Placeholder detector (the real actor matcher and fact scoring replace it): a corpus source's
 * headline found verbatim (case- and space-insensitive) on the page counts as one found fact,
 * and a page whose URL is a corpus source's URL is that source.
 */
import type { DetectedFact } from './page-report';
import type { MatcherIndex } from './matcher-index';

export interface PageDetection {
  facts: DetectedFact[];
  selfSource: string | null;
}

function foldSpaces(text: string): { folded: string; offsets: number[] } {
  const offsets: number[] = [];
  let folded = '';
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const space = /\s/.test(char);
    if (space && previousSpace) continue;
    folded += space ? ' ' : char.toLowerCase();
    offsets.push(i);
    previousSpace = space;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

export function detectPage(text: string, url: string, index: MatcherIndex): PageDetection {
  const { folded, offsets } = foldSpaces(text);
  const facts: DetectedFact[] = [];
  for (const source of index.sources) {
    const needle = foldSpaces(source.title.trim()).folded;
    if (!needle) continue;
    const at = folded.indexOf(needle);
    if (at < 0) continue;
    const start = offsets[at] ?? 0;
    const end = offsets[at + needle.length] ?? text.length;
    facts.push({
      id: `headline:${source.id}`,
      label: `Headline of ${source.outlet}`,
      score: 1,
      evidence: [{ start, end, text: text.slice(start, end) }],
      reportedBy: [source.id],
      why: ['headline text'],
    });
  }
  const selfSource = index.sources.find((source) => source.url !== null && source.url === url)?.id ?? null;
  return { facts, selfSource };
}
