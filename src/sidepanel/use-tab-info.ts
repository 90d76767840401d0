/** The tab's address and loading state, kept current as it navigates. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';

export interface TabInfo {
  url: string | null;
  loading: boolean;
}

export function useTabInfo(tabId: number | null): TabInfo | null {
  const [info, setInfo] = useState<TabInfo | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const read = (): void => {
      browser.tabs.get(tabId).then(
        (tab) => live && setInfo({ url: tab.url ?? null, loading: tab.status === 'loading' }),
        () => live && setInfo(null),
      );
    };
    read();
    const onUpdated = (id: number): void => {
      if (id === tabId) read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return info;
}
