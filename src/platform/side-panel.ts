/**
 * Opening the panel: Chrome's `sidePanel` vs Firefox's `sidebarAction`. Must be called
 * synchronously inside the user gesture (before any await), or the browser refuses.
 * Firefox counts only its own UI's input (a toolbar click), not a click in the page relayed by
 * the content script: there, when the sidebar is closed, the panel opens in a tab beside the page
 * (the same page, made to be readable in a tab), at the item the reader asked for.
 */
import { browser, type Tabs } from './browser';

interface FirefoxSidebar {
  sidebarAction?: {
    open: () => Promise<void>;
    toggle: () => Promise<void>;
    isOpen: (details: { windowId?: number }) => Promise<boolean>;
  };
}

function firefoxSidebar(): FirefoxSidebar['sidebarAction'] {
  return (browser as unknown as FirefoxSidebar).sidebarAction;
}

/** The panel for `tab` in a new tab right after it. */
async function openPanelInTab(tab: Tabs.Tab & { id: number }): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`sidepanel.html?tab=${tab.id}`),
    index: tab.index + 1,
    windowId: tab.windowId,
    openerTabId: tab.id,
  });
}

export function openSidePanel(tabId: number): Promise<void> {
  if (typeof chrome !== 'undefined' && chrome.sidePanel?.open) {
    return chrome.sidePanel.open({ tabId });
  }
  const sidebar = firefoxSidebar();
  if (!sidebar) return Promise.reject(new Error('this browser has no side panel'));
  let opening: Promise<void>;
  try {
    opening = sidebar.open();
  } catch (error) {
    opening = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return opening.catch(async () => {
    const tab = await browser.tabs.get(tabId);
    // An open sidebar already follows this tab and shows the item (panel focus is stored).
    if (await sidebar.isOpen({ windowId: tab.windowId })) return;
    await openPanelInTab({ ...tab, id: tabId });
  });
}

/** The toolbar icon opens the panel: Chrome by a panel setting, Firefox by toggling the sidebar. */
export async function openPanelOnActionClick(): Promise<void> {
  if (typeof chrome !== 'undefined' && chrome.sidePanel?.setPanelBehavior) {
    await chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = firefoxSidebar();
  // A toolbar click is Firefox's own user input, so toggle() is allowed here (no await before it).
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
}
