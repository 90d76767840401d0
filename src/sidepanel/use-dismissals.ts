/** "Not the same fact" for a page, stored in the database so it stays dismissed after reloads. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { watchDismissals } from '../db/live';
import { dismissFact } from '../db/user-data';
import { sendFromPage } from '../platform/messaging';
import { panelDb } from './panel-db';

export { pageKeyOf } from '../core/page-key';

export function useDismissals(
  pageKey: string | null,
  tabId: number | null,
): {
  dismissed: Set<string>;
  dismiss: (factId: string) => void;
} {
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (pageKey === null) return;
    return watchDismissals(panelDb(), pageKey, setDismissed);
  }, [pageKey]);
  const dismiss = useCallback(
    (factId: string) => {
      if (pageKey === null) return;
      void dismissFact(panelDb(), pageKey, factId).then(() => {
        // The badge counts what the panel shows: recount the tab now, not at its next scan.
        if (tabId !== null) void sendFromPage({ type: 'fact-dismissed', tabId }).catch(() => undefined);
      });
    },
    [pageKey, tabId],
  );
  return { dismissed, dismiss };
}
