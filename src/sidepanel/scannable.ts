/** Pages the content script can scan: http(s) documents, not PDFs. */
export function isScannable(url: string | null): boolean {
  return url !== null && /^https?:\/\//.test(url) && !/\.pdf(?:$|[?#])/i.test(url);
}
