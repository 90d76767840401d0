/** The leading day of an ISO date-time, in a module of its own so the content script can take it alone. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses the leading YYYY-MM-DD of an ISO date-time; null if absent. */
export function parseIsoDay(value: string | null | undefined): { y: number; m: number; d: number } | null {
  const match = ISO_DAY.exec(value ?? '');
  return match ? { y: +(match[1] ?? 0), m: +(match[2] ?? 0), d: +(match[3] ?? 0) } : null;
}
