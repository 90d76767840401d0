/** The stored report of a tab, kept current as the page re-scans. `undefined` = still loading. */
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../core/page-report';
import { readTabReport, watchTabReport } from '../platform/tab-reports';

export function useTabReport(tabId: number | null): PageReport | null | undefined {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) return;
    setReport(undefined);
    let live = true;
    void readTabReport(tabId).then((stored) => live && setReport(stored));
    const stop = watchTabReport(tabId, (next) => setReport(next));
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);
  return report;
}
