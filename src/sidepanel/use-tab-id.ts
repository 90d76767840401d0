/**
 * Which tab the panel describes: `?tab=ID` pins it (tests, teachers projecting in a tab);
 * otherwise the active tab of this panel's own window, following tab switches.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';

export function pinnedTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export function useTabId(): number | null {
  const pinned = pinnedTabId(location.search);
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned !== null) return;
    let windowId: number | undefined;
    void browser.windows.getCurrent().then(async (window) => {
      windowId = window.id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      setTabId(active?.id ?? null);
    });
    const onActivated = (info: { tabId: number; windowId: number }): void => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);
  return tabId;
}
