/**
 * Marks matches with the CSS Custom Highlight API: no page DOM is edited (the styles come with the
 * content script, extension/highlights.css). The page shares the registry, so every name starts
 * with `parallax-`; where the API is missing, nothing is drawn.
 */
export type HighlightName = 'parallax-actor' | 'parallax-fact' | 'parallax-focus';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function setHighlight(name: HighlightName, ranges: Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  CSS.highlights.set(name, new Highlight(...ranges));
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of ['parallax-actor', 'parallax-fact', 'parallax-focus'] as const)
    CSS.highlights.delete(name);
}
