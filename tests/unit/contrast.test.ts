/** The panel's palette (extension/ui.css) meets WCAG AA (4.5:1) for text, in light and dark themes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../extension/ui.css', import.meta.url), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--parallax-([a-z]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const light = palette(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = palette(css.slice(css.indexOf('@media (prefers-color-scheme: dark)')));

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, colours) => {
  it.each(['fg', 'muted', 'accent', 'warn'])('%s text is AA on the page and on cards', (role) => {
    for (const background of ['bg', 'card']) {
      const ratio = contrast(colours[role] ?? '#000000', colours[background] ?? '#ffffff');
      expect(ratio, `${role} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
