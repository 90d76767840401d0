/**
 * Answers the side panel's "show me this in the page": scrolls to the item's range (the one with
 * the given text when there is one) and flashes it with the `parallax-focus` highlight.
 */
import { browser, type Runtime } from '../platform/browser';
import { PanelToContentSchema, parseMessage } from '../platform/messages';
import type { Highlighter } from './highlighter';
import { setHighlight } from './highlights';

const FLASH_MS = 2500;

export function answerFocusRequests(highlighter: Highlighter, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (
    input: unknown,
    sender: Runtime.MessageSender,
  ): Promise<{ found: boolean }> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined; // only our extension pages
    const message = parseMessage(PanelToContentSchema, input);
    if (!message) return undefined;
    const ranges = highlighter.rangesOf(message.kind, message.id);
    const range =
      ranges.find((item) => message.text !== null && item.toString() === message.text) ?? ranges[0];
    if (!range) return Promise.resolve({ found: false });
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setHighlight('parallax-focus', [range]);
    clearTimeout(timer);
    timer = setTimeout(() => setHighlight('parallax-focus', []), FLASH_MS);
    return Promise.resolve({ found: true });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(listener);
    },
    { once: true },
  );
}
