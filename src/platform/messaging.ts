/** Sending and receiving the protocol's messages, with sender checks. */
import { browser, type Runtime } from './browser';
import type {
  ContentToBackground,
  ContentToBackgroundReplies,
  PageToBackground,
  PageToBackgroundReplies,
  PanelToContent,
  PanelToContentReplies,
} from './messages';
import type { Result } from './result';

export async function sendFromContent<M extends ContentToBackground>(
  message: M,
): Promise<Result<ContentToBackgroundReplies[M['type']]>> {
  return (await browser.runtime.sendMessage(message)) as Result<ContentToBackgroundReplies[M['type']]>;
}

export async function sendFromPage<M extends PageToBackground>(
  message: M,
): Promise<Result<PageToBackgroundReplies[M['type']]>> {
  return (await browser.runtime.sendMessage(message)) as Result<PageToBackgroundReplies[M['type']]>;
}

export async function sendToTab<M extends PanelToContent>(
  tabId: number,
  message: M,
): Promise<PanelToContentReplies[M['type']] | null> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as PanelToContentReplies[M['type']];
  } catch {
    return null; // no content script in that tab (not an http(s) page, or it was reloaded)
  }
}

/** Only our own extension may talk to us: content scripts in tabs, or our extension pages. */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** A message from one of our content scripts in a tab (not from an extension page). */
export function isContentSender(sender: Runtime.MessageSender): boolean {
  const extensionOrigin = browser.runtime.getURL('');
  return (
    isOwnSender(sender) && sender.tab?.id !== undefined && !(sender.url ?? '').startsWith(extensionOrigin)
  );
}

export function isExtensionPageSender(sender: Runtime.MessageSender): boolean {
  return isOwnSender(sender) && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}
