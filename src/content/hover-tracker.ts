/** Shows the hover card when the pointer rests on a highlighted actor or fact (one check per frame). */
import type { Highlighter } from './highlighter';
import type { CardContent, HoverCard } from './hover-card';

type CaretDocument = Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };

/** The text position under a point (caretPositionFromPoint, or WebKit's caretRangeFromPoint). */
function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  const position = typeof doc.caretPositionFromPoint === 'function' ? doc.caretPositionFromPoint(x, y) : null;
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function trackHover(
  doc: Document,
  highlighter: Highlighter,
  card: HoverCard,
  describe: (kind: 'fact' | 'actor', id: string) => CardContent | null,
  signal: AbortSignal,
): void {
  let pending = false;
  let last: { x: number; y: number } = { x: 0, y: 0 };
  const check = (): void => {
    pending = false;
    if (signal.aborted) return;
    const caret = caretAt(doc as CaretDocument, last.x, last.y);
    const item = caret && caret.node.nodeType === 3 ? highlighter.itemAt(caret.node, caret.offset) : null;
    const content = item ? describe(item.kind, item.id) : null;
    if (content) card.show(content, last.x, last.y);
    else if (card.visibleItem) card.hideSoon();
  };
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (event.target instanceof Element && event.target.tagName.toLowerCase() === 'parallax-hover-card')
        return;
      last = { x: event.clientX, y: event.clientY };
      if (pending || highlighter.size === 0) return;
      pending = true;
      requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => card.hide(), { once: true });
}
