/** Service worker entry: wires listeners only. State lives in storage, never only in memory. */
import { browser, type Runtime } from '../platform/browser';
import { openPanelOnActionClick } from '../platform/side-panel';
import { removePanelFocus } from '../platform/panel-focus';
import { removeTabReport } from '../platform/tab-reports';
import { ensureCorpus } from './corpus-setup';
import { answerDetectionPorts, forgetIndexWhenRepublished } from './page-detection';
import { routeMessage } from './router';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender),
);

browser.runtime.onInstalled.addListener(() => void ensureCorpus());
// At every start: Firefox's toolbar listener must be registered anew each time the worker runs.
void openPanelOnActionClick();
forgetIndexWhenRepublished();
answerDetectionPorts();
browser.runtime.onStartup.addListener(() => void ensureCorpus());

browser.tabs.onRemoved.addListener((tabId) => {
  void removeTabReport(tabId);
  void removePanelFocus(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new page in the tab: the old report no longer describes it.
  if (change.status === 'loading' && change.url) void removeTabReport(tabId);
});

/**
 * Every start of the worker (it may have been stopped): cheap when nothing changed, but it opens
 * the database and reads every corpus's version, ~200-350 ms of work on this thread measured at a
 * wake. A wake is usually a page's wake script (content/wake.ts), whose scan follows at once and
 * is answered from the published index: the check waits until that is done. Install and browser
 * start run it at once (the listeners above).
 */
const WAKE_CHECK_DELAY_MS = 3_000;
setTimeout(() => void ensureCorpus(), WAKE_CHECK_DELAY_MS);
