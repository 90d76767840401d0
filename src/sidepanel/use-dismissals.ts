/** "Not the same fact" per page. Provisional: kept for the panel's life (the database replaces it). */
import { useCallback, useState } from 'preact/hooks';

export function pageKeyOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

export function useDismissals(_pageKey: string | null): {
  dismissed: Set<string>;
  dismiss: (factId: string) => void;
} {
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const dismiss = useCallback(
    (factId: string) => setDismissed((current) => new Set([...current, factId])),
    [],
  );
  return { dismissed, dismiss };
}
