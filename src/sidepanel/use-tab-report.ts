/** The stored report of a tab, kept current as the page re-scans. `undefined` = still loading. */
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../core/page-report';
import { readTabReport, watchTabReport } from '../platform/tab-reports';
import { takeEarlyReport } from './early-reads';

export function useTabReport(tabId: number | null): PageReport | null | undefined {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) return;
    setReport(undefined);
    let live = true;
    void (takeEarlyReport(tabId) ?? readTabReport(tabId)).then((stored) => {
      if (performance.getEntriesByName('parallax:report-ready').length === 0)
        performance.mark('parallax:report-ready'); // for `npm run bench`
      if (live) setReport(stored);
    });
    const stop = watchTabReport(tabId, (next) => setReport(next));
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);
  return report;
}
