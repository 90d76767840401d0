/** Content script entry: wait for the MatcherIndex, scan once, report. */
import { readMatcherIndex } from '../platform/matcher-store';
import { sendFromContent } from '../platform/messaging';
import { readSettings } from '../platform/settings';
import { clearHighlights } from './highlights';
import { contextIsAlive, createLifecycle } from './lifecycle';
import { scanPage } from './scan';

async function start(signal: AbortSignal): Promise<void> {
  const settings = await readSettings();
  if (!settings.enabled || settings.pausedSites.includes(location.hostname)) return;
  const index = await readMatcherIndex();
  if (!index || signal.aborted) return;
  const report = scanPage(document, location.href, index, { highlights: settings.highlights });
  if (signal.aborted || !contextIsAlive()) return;
  await sendFromContent({ type: 'page-report', report });
}

const lifecycle = createLifecycle();
lifecycle.signal.addEventListener('abort', () => clearHighlights(document), { once: true });
start(lifecycle.signal).catch(() => {
  // The extension was reloaded mid-scan: this copy is orphaned, clean up quietly.
  if (!contextIsAlive()) lifecycle.abort();
});
