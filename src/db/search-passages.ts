/**
 * Full-text search over the corpus passages (fact mentions). Every query word must match a word
 * of the passage, exactly or as its prefix ("marz" finds "Marzouk"), case- and diacritic-
 * insensitively (search-tokens.ts). Candidates come from the mentions' multi-entry `words` index
 * (prefix range on the query's longest word); the rest is checked in memory.
 * Rank: +2 per query word matched exactly, +1 per prefix match, +1 per word when the query words
 * appear in order side by side (a phrase); ties go to the shorter passage, then corpus position.
 */
import type { ParallaxDatabase } from './database';
import type { MentionRow } from './schema';
import { queryWords, wordSpans, type WordSpan } from './search-tokens';

export interface PassageHit {
  mentionId: string;
  factId: string;
  label: string;
  corpusId: string;
  source: string;
  start: number;
  end: number;
  text: string;
  /** Spans of the source text (same offsets as start/end) that matched a query word. */
  matches: Array<{ start: number; end: number }>;
  score: number;
}

export interface SearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Only passages of this corpus. */
  corpusId?: string;
}

interface Scored {
  row: MentionRow;
  score: number;
  length: number;
  matches: WordSpan[];
}

export async function searchPassages(
  db: ParallaxDatabase,
  query: string,
  options: SearchOptions = {},
): Promise<PassageHit[]> {
  const words = queryWords(query);
  const limit = options.limit ?? 20;
  if (words.length === 0 || limit <= 0) return [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return db.transaction('r', [db.mentions, db.facts], async () => {
    const candidates = await db.mentions.where('words').startsWith(longest).distinct().toArray();
    const scored = candidates
      .filter((row) => row.kind === 'fact' && (!options.corpusId || row.corpusId === options.corpusId))
      .map((row) => scorePassage(row, words))
      .filter((item): item is Scored => item !== null)
      .sort(
        (a, b) =>
          b.score - a.score ||
          a.length - b.length ||
          compare(a.row.corpusId, b.row.corpusId) ||
          compare(a.row.source, b.row.source) ||
          a.row.start - b.row.start,
      )
      .slice(0, limit);
    const facts = await db.facts.bulkGet([...new Set(scored.map((item) => item.row.ownerId))]);
    const labels = new Map(facts.flatMap((fact) => (fact ? [[fact.id, fact.label] as const] : [])));
    return scored.map(({ row, score, matches }) => ({
      mentionId: row.id,
      factId: row.ownerId,
      label: labels.get(row.ownerId) ?? '',
      corpusId: row.corpusId,
      source: row.source,
      start: row.start,
      end: row.end,
      text: row.text,
      matches: matches.map((span) => ({ start: row.start + span.start, end: row.start + span.end })),
      score,
    }));
  });
}

function scorePassage(row: MentionRow, words: string[]): Scored | null {
  const spans = wordSpans(row.text);
  let score = 0;
  for (const word of words) {
    if (spans.some((span) => span.word === word)) score += 2;
    else if (spans.some((span) => span.word.startsWith(word))) score += 1;
    else return null;
  }
  if (words.length > 1 && hasPhrase(spans, words)) score += words.length;
  const matches = spans.filter((span) => words.some((word) => span.word.startsWith(word)));
  return { row, score, length: spans.length, matches };
}

/** The query words side by side in order; the last one may be a prefix (typing in progress). */
function hasPhrase(spans: WordSpan[], words: string[]): boolean {
  const last = words.length - 1;
  for (let i = 0; i + last < spans.length; i++) {
    const fits = words.every((word, k) => {
      const span = spans[i + k]?.word ?? '';
      return k === last ? span.startsWith(word) : span === word;
    });
    if (fits) return true;
  }
  return false;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
