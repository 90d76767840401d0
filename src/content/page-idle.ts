/**
 * Resolves when the page has a quiet moment: a content script runs at document_idle, often before
 * the page's first paint, and a scan started then would compete with the page's own layout and
 * paint (and wait behind them for the worker's answer). The timeout bounds the wait on pages that
 * are never idle. Resolves at once when the signal aborts.
 */
const IDLE_TIMEOUT_MS = 300;

export function pageIdle(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    signal.addEventListener('abort', () => resolve(), { once: true });
    // Firefox and Chromium both have it; a stripped-down page context may not.
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}
