/** "Not the same fact" for a page, stored in the database so it stays dismissed after reloads. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { dismissFact, watchDismissals } from '../db';
import { panelDb } from './panel-db';

export { pageKeyOf } from '../core/page-key';

export function useDismissals(pageKey: string | null): {
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
      if (pageKey !== null) void dismissFact(panelDb(), pageKey, factId);
    },
    [pageKey],
  );
  return { dismissed, dismiss };
}
