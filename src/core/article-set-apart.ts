/**
 * Lines of a page set apart before its headline and body are looked for: boxes that sum the story
 * up ("Key points" and its bullets) and a paragraph's copy cut short at the top of the page (a meta
 * description). Each restates the story; none is its headline, its start or its reporting.
 * Cost: O(lines) for the boxes, O(lines²) string prefixes for the few lines that end in "…".
 */
import { hasSentenceEnd, isTimeOnly, wordsOf } from './chrome-patterns';
import type { Span } from './span';

/**
 * The label of a box that sums the story up ("Key points", "At a glance", "What we know so far"),
 * maybe with a note on how it was made ("Summary (generated automatically)").
 */
const SUMMARY_LABEL =
  /^(?:key (?:points|facts|takeaways|events|moments)|at a glance|in brief|in short|summary|the essentials|highlights|what we know(?: so far)?|what you need to know|quick read|the short version|tl;?dr)(?:\s*\([^()]{1,80}\))?\s*:?$/iu;
/** Bullets that open a list's items; article-text.ts trims them off its lines. */
export const BULLETS = '•‣▪◦●·';
/** A bullet that opened a box's item, just before the trimmed line. */
const BULLET_BEFORE = new RegExp(String.raw`(?:^|\n)[^\S\n]*[${BULLETS}][^\S\n]*$`, 'u');
/** Most items a summary box holds, and most words of an item that has no bullet. */
const SUMMARY_ITEMS = 6;
const SUMMARY_ITEM_WORDS = 20;

/**
 * Lines of the boxes that sum a story up: a label, then bulleted items (or short sentences). Each
 * restates the story in brief, above the headline or inside the story: not reporting, and never
 * where the story starts.
 */
function summaryBoxLines(raw: string, lines: Span[], setApart: Map<number, string>): void {
  const hasBullet = (i: number): boolean => {
    const start = lines[i]?.start ?? 0;
    return i < lines.length && BULLET_BEFORE.test(raw.slice(Math.max(0, start - 8), start));
  };
  lines.forEach((line, at) => {
    if (!SUMMARY_LABEL.test(line.text)) return;
    const bulleted = hasBullet(at + 1);
    let end = at + 1;
    while (end < lines.length && end - at <= SUMMARY_ITEMS) {
      const text = lines[end]?.text ?? '';
      const item = bulleted
        ? hasBullet(end)
        : hasSentenceEnd(text) && wordsOf(text).length <= SUMMARY_ITEM_WORDS && !isTimeOnly(text);
      if (!item) break;
      end++;
    }
    if (end - at < 3) return; // a label and one line: a subheading and its paragraph
    for (let i = at; i < end; i++) setApart.set(i, 'key points');
  });
}

/** Shortest cut copy worth comparing: a few words match by chance. */
const CUT_COPY_CHARS = 40;

/**
 * A paragraph's copy cut short with an ellipsis, above it: the page's meta description or a
 * teaser of the story repeated at the top ("Importers along Karsvik's waterfront spent Tuesday …
 * after President Dragan Ostrovic…"). Not where the story starts, nor reporting.
 */
function cutCopyLines(lines: Span[], setApart: Map<number, string>): void {
  lines.forEach((line, at) => {
    const cut = /^(.*\S)\s*(?:…|\.\.\.)$/u.exec(line.text)?.[1];
    if (!cut || cut.length < CUT_COPY_CHARS) return;
    if (lines.some((other, i) => i > at && other.text.length > cut.length && other.text.startsWith(cut)))
      setApart.set(at, 'duplicate');
  });
}

/**
 * Lines set apart before anything else is read, with their reason: boxes that sum the story up
 * and cut copies of its paragraphs. They neither hold the headline nor open the body.
 */
export function setApartLines(raw: string, lines: Span[]): Map<number, string> {
  const setApart = new Map<number, string>();
  summaryBoxLines(raw, lines, setApart);
  cutCopyLines(lines, setApart);
  return setApart;
}
