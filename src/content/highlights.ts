/**
 * Marks matches with the CSS Custom Highlight API: no page DOM is edited. The page shares the
 * registry, so every name starts with `parallax-`; where the API is missing, nothing is drawn.
 */
const STYLE_ID = 'parallax-highlight-style';

const HIGHLIGHT_CSS = `
::highlight(parallax-actor) { text-decoration: underline dotted 1.5px rgba(11, 92, 173, 0.85); text-underline-offset: 3px; }
::highlight(parallax-fact) { text-decoration: underline solid 2px rgba(214, 140, 0, 0.95); text-underline-offset: 3px; background-color: rgba(255, 196, 0, 0.14); }
::highlight(parallax-focus) { background-color: rgba(255, 196, 0, 0.55); }
`;

export type HighlightName = 'parallax-actor' | 'parallax-fact' | 'parallax-focus';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export function setHighlight(doc: Document, name: HighlightName, ranges: Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  // The style goes in only once there is something to show: a page with no match is left as it
  // was (no element added, no style recalculation).
  ensureStyle(doc);
  CSS.highlights.set(name, new Highlight(...ranges));
}

export function clearHighlights(doc: Document): void {
  if (!highlightsSupported()) return;
  for (const name of ['parallax-actor', 'parallax-fact', 'parallax-focus'] as const)
    CSS.highlights.delete(name);
  doc.getElementById(STYLE_ID)?.remove();
}
