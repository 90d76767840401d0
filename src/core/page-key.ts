/** A page's key for per-page user data (dismissals): origin and path, so query strings and anchors don't split it. */
export function pageKeyOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}
