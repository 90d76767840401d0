/** The toolbar badge: number of facts found on a tab ('' for none). */
import { browser } from './browser';

export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  const action = browser.action;
  await action.setBadgeBackgroundColor({ color: '#0b5cad', tabId });
  await action.setBadgeText({ text: count > 0 ? String(count) : '', tabId });
}
