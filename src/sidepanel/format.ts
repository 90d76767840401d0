/** Small display helpers for the panel: dates, outlet lines, numbers with hedges. */
import type { Source } from '../core/pack-schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function shortDate(iso: string | null): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso ?? '');
  if (!match) return null;
  const [, y, m, d, time] = match;
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''} ${y}${time ? `, ${time}` : ''}`;
}

/** "Dagens · 26 Oct 2023, 20:39 · Henrik Rothen" */
export function sourceLine(source: Source): string {
  return [source.outlet, shortDate(source.published), source.byline].filter(Boolean).join(' · ');
}
