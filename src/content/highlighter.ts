/**
 * Keeps the page's highlight ranges, per item, across scan passes, and draws them with the CSS
 * Custom Highlight API (highlights.ts). At most MAX_RANGES live ranges: live ranges slow the page's
 * own DOM updates, so facts come first, then actors, until the budget is spent.
 */
import type { TextSegment } from '../core/page-text';
import { setHighlight } from './highlights';
import type { PageResults } from '../core/page-results';
import { rangeForOffsets } from './ranges';

export const MAX_RANGES = 1000;

export interface MarkedRange {
  kind: 'fact' | 'actor';
  id: string;
  range: Range;
}

export interface HighlightFilter {
  /** False when highlights are off: nothing is drawn (badge and panel still work). */
  enabled: boolean;
  /** Items that may be drawn (user corpora's items are hidden unless the user allows them). */
  allows: (kind: 'fact' | 'actor', id: string) => boolean;
}

function isPointIn(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // the node left the document since the range was made
  }
}

export class Highlighter {
  private marked: MarkedRange[] = [];
  private readonly seen = new Set<string>();
  private readonly nodeKeys = new WeakMap<Node, number>();
  private nodeCount = 0;

  private nodeKey(node: Node): number {
    let key = this.nodeKeys.get(node);
    if (key === undefined) {
      key = ++this.nodeCount;
      this.nodeKeys.set(node, key);
    }
    return key;
  }

  constructor(private readonly doc: Document) {}

  /** Adds the ranges of a pass's new findings (offsets into that pass's page text). */
  add(results: PageResults, segments: TextSegment[]): void {
    const spans = [
      ...results.facts.flatMap((fact) =>
        fact.evidence.map((span) => ({ kind: 'fact' as const, id: fact.id, span })),
      ),
      ...results.actors.flatMap((actor) =>
        actor.mentions.map((span) => ({ kind: 'actor' as const, id: actor.id, span })),
      ),
    ];
    for (const { kind, id, span } of spans) {
      if (this.marked.length >= MAX_RANGES) break;
      const range = rangeForOffsets(this.doc, segments, span.start, span.end);
      if (!range) continue;
      // The same text nodes and offsets: found again by a later pass (Range.toString would walk the DOM).
      const key = `${kind}|${id}|${this.nodeKey(range.startContainer)}:${range.startOffset}|${this.nodeKey(range.endContainer)}:${range.endOffset}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.marked.push({ kind, id, range });
    }
  }

  draw(filter: HighlightFilter): void {
    const visible = filter.enabled ? this.marked.filter((item) => filter.allows(item.kind, item.id)) : [];
    setHighlight(
      'parallax-fact',
      visible.filter((item) => item.kind === 'fact').map((item) => item.range),
    );
    setHighlight(
      'parallax-actor',
      visible.filter((item) => item.kind === 'actor').map((item) => item.range),
    );
  }

  /** The marked item under a point of the page (facts win over actors), for the hover card. */
  itemAt(node: Node, offset: number): MarkedRange | null {
    let found: MarkedRange | null = null;
    for (const item of this.marked) {
      if (item.range.startContainer.getRootNode() !== node.getRootNode()) continue;
      if (isPointIn(item.range, node, offset) && (!found || (found.kind === 'actor' && item.kind === 'fact')))
        found = item;
    }
    return found;
  }

  rangesOf(kind: 'fact' | 'actor', id: string): Range[] {
    return this.marked.filter((item) => item.kind === kind && item.id === id).map((item) => item.range);
  }

  get size(): number {
    return this.marked.length;
  }

  clear(): void {
    this.marked = [];
    this.seen.clear();
  }
}
