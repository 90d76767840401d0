/** The item the panel was opened at (hover card's "Compare sources"), kept current. */
import { useEffect, useState } from 'preact/hooks';
import type { PanelFocus } from '../platform/messages';
import { readPanelFocus, watchPanelFocus } from '../platform/panel-focus';

export function usePanelFocus(tabId: number | null): PanelFocus | null {
  const [focus, setFocus] = useState<PanelFocus | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    void readPanelFocus(tabId).then((stored) => live && setFocus(stored));
    const stop = watchPanelFocus(tabId, setFocus);
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);
  return focus;
}
