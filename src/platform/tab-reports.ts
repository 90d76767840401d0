/**
 * Per-tab page reports in `storage.session`: survives the service worker being killed, is
 * cleared when the browser closes, never written to disk history.
 */
import * as v from 'valibot';
import { PageReportSchema, type PageReport } from '../core/page-report';
import { browser } from './browser';

const keyFor = (tabId: number): string => `tab-report:${tabId}`;

export async function saveTabReport(tabId: number, report: PageReport): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: report });
}

export async function readTabReport(tabId: number): Promise<PageReport | null> {
  const stored = await browser.storage.session.get(keyFor(tabId));
  const result = v.safeParse(PageReportSchema, stored[keyFor(tabId)]);
  return result.success ? result.output : null;
}

export async function removeTabReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}

/** Calls `listener` with the tab's report whenever it changes; returns the unsubscribe. */
export function watchTabReport(tabId: number, listener: (report: PageReport | null) => void): () => void {
  const key = keyFor(tabId);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'session' || !(key in changes)) return;
    const result = v.safeParse(PageReportSchema, changes[key]?.newValue);
    listener(result.success ? result.output : null);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
