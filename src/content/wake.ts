/**
 * Runs at document_start, before the page is parsed: one port connection, and nothing else, so
 * the background (stopped after 30 s idle) starts and warms its detection code while the page
 * loads. The scan (content/index.ts, at document_idle) then finds it ready instead of paying the
 * worker's start and its first, interpreted detection run (~70 ms measured). No text is sent;
 * the background closes the port. Plain extension API, no polyfill: this script must cost nothing.
 */
import { WAKE_PORT } from '../platform/port-names';

interface RuntimeLike {
  connect: (info: { name: string }) => unknown;
}
const scope = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };

try {
  (scope.browser?.runtime ?? scope.chrome?.runtime)?.connect({ name: WAKE_PORT });
} catch {
  // The extension was reloaded or removed: this page has no background to wake.
}
