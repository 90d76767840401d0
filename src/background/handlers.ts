/** What the background does for each message; one object per direction, so none is forgotten. */
import { browser, type Runtime } from '../platform/browser';
import { setBadgeCount } from '../platform/badge';
import type {
  ContentToBackground,
  ContentToBackgroundReplies,
  HandlerMap,
  PageToBackground,
  PageToBackgroundReplies,
} from '../platform/messages';
import { savePanelFocus } from '../platform/panel-focus';
import { openSidePanel } from '../platform/side-panel';
import { readTabReport, removeTabReport, saveTabReport } from '../platform/tab-reports';
import type { PageReport } from '../core/page-report';
import { db, refreshMatcherIndex } from './corpus-setup';
import { dismissedFacts } from '../db';
import { pageKeyOf } from '../core/page-key';

/** Stores a tab's report without the matches the user marked "not the same fact" there; sets the badge. */
async function storeReport(tabId: number, report: PageReport): Promise<number> {
  const dismissed = await dismissedFacts(db(), pageKeyOf(report.url)).catch(() => new Set<string>());
  const kept = { ...report, facts: report.facts.filter((fact) => !dismissed.has(fact.id)) };
  await saveTabReport(tabId, kept);
  // The tab may have closed while the dismissals were read: its onRemoved cleanup has then run
  // already, and the report just saved would outlive the tab.
  if (!(await tabIsOpen(tabId))) {
    await removeTabReport(tabId);
    return 0;
  }
  await setBadgeCount(tabId, kept.facts.length);
  return kept.facts.length;
}

/** `tabs.get` needs no "tabs" permission; it rejects for a tab that no longer exists. */
const tabIsOpen = (tabId: number): Promise<boolean> =>
  browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );

export interface SenderContext {
  sender: Runtime.MessageSender;
}

export const contentHandlers: HandlerMap<ContentToBackground, ContentToBackgroundReplies, SenderContext> = {
  'page-report': async (message, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { stored: false };
    await storeReport(tabId, message.report);
    return { stored: true };
  },
  // Opened synchronously: sidePanel.open() must run inside the click's gesture, before any await.
  'open-side-panel': (message, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { opened: false };
    const opening = openSidePanel(tabId);
    return savePanelFocus(tabId, message.focus)
      .then(() => opening)
      .then(
        () => ({ opened: true }),
        () => ({ opened: false }),
      );
  },
};

export const pageHandlers: HandlerMap<PageToBackground, PageToBackgroundReplies, SenderContext> = {
  'corpora-changed': () => refreshMatcherIndex().then(() => ({ rebuilt: true })),
  'fact-dismissed': async (message) => {
    const report = await readTabReport(message.tabId);
    if (!report) return { facts: 0 };
    return { facts: await storeReport(message.tabId, report) };
  },
};
