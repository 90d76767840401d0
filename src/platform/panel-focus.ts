/** Which item the side panel should show for a tab (set by the hover card's "Compare sources"). */
import * as v from 'valibot';
import { browser } from './browser';
import { PanelFocusSchema, type PanelFocus } from './messages';

const keyFor = (tabId: number): string => `panel-focus:${tabId}`;

export async function savePanelFocus(tabId: number, focus: PanelFocus | null): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: focus ? { ...focus, at: Date.now() } : null });
}

export async function readPanelFocus(tabId: number): Promise<PanelFocus | null> {
  const stored = (await browser.storage.session.get(keyFor(tabId)))[keyFor(tabId)];
  const result = v.safeParse(PanelFocusSchema, stored);
  return result.success ? result.output : null;
}

export function watchPanelFocus(tabId: number, listener: (focus: PanelFocus | null) => void): () => void {
  const key = keyFor(tabId);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'session' || !(key in changes)) return;
    const result = v.safeParse(PanelFocusSchema, changes[key]?.newValue);
    listener(result.success ? result.output : null);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
