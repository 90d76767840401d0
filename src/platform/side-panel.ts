/**
 * Opening the panel: Chrome's `sidePanel` vs Firefox's `sidebarAction`. Must be called
 * synchronously inside the user gesture (before any await), or the browser refuses.
 */
import { browser } from './browser';

interface FirefoxSidebar {
  sidebarAction?: { open: () => Promise<void> };
}

export function openSidePanel(tabId: number): Promise<void> {
  if (typeof chrome !== 'undefined' && chrome.sidePanel?.open) {
    return chrome.sidePanel.open({ tabId });
  }
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('this browser has no side panel'));
}

/** Chrome: clicking the toolbar icon opens the panel. Firefox: the sidebar has its own toggle. */
export async function openPanelOnActionClick(): Promise<void> {
  if (typeof chrome !== 'undefined' && chrome.sidePanel?.setPanelBehavior) {
    await chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
}
