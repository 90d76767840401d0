/**
 * The content script's line to the background's detection (background/page-detection.ts): one
 * port per page, opened as soon as the script starts so its set-up overlaps the page reading.
 * The worker may be stopped at any time, which closes the port: the next request opens a new
 * one, and requests in flight get null (the pass reports nothing rather than failing).
 */
import { messageParts, type PageInfo, type TextPiece } from '../core/page-pieces';
import type { PageResults } from '../core/page-results';
import { browser, type Runtime } from './browser';
import { DETECT_PORT, type DetectReply, type DetectRequest } from './messages';

export interface DetectChannel {
  /** `pause` runs between a long page's message parts; false stops sending (the pass was aborted). */
  detect: (pieces: TextPiece[], page: PageInfo, pause: () => Promise<boolean>) => Promise<PageResults | null>;
  close: () => void;
}

function isReply(message: unknown): message is DetectReply {
  return typeof message === 'object' && message !== null && typeof (message as DetectReply).id === 'number';
}

export function openDetectChannel(): DetectChannel {
  let port: Runtime.Port | null = null;
  let nextId = 0;
  const pending = new Map<number, (results: PageResults | null) => void>();
  const settleAll = (): void => {
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };
  const connect = (): Runtime.Port | null => {
    if (port) return port;
    try {
      const opened = browser.runtime.connect({ name: DETECT_PORT });
      opened.onMessage.addListener((message: unknown) => {
        if (!isReply(message)) return;
        pending.get(message.id)?.(message.results);
        pending.delete(message.id);
      });
      opened.onDisconnect.addListener(() => {
        if (port === opened) port = null;
        settleAll();
      });
      port = opened;
    } catch {
      port = null; // the extension was reloaded: this script is orphaned
    }
    return port;
  };
  /** Gives up on a request: its answer is null. */
  const settle = (id: number): null => {
    pending.get(id)?.(null);
    pending.delete(id);
    return null;
  };
  connect();
  return {
    detect: async (pieces, page, pause) => {
      const id = ++nextId;
      const answer = new Promise<PageResults | null>((resolve) => pending.set(id, resolve));
      const parts = messageParts(pieces);
      for (const [at, part] of parts.entries()) {
        if (at > 0 && !(await pause())) return settle(id);
        const open = connect();
        if (!open || !pending.has(id)) return settle(id); // disconnected meanwhile: settled already
        const request: DetectRequest = {
          id,
          ...page,
          toldBefore: page.toldBefore ?? 0,
          namedBefore: page.namedBefore ?? [],
          pieces: part,
          more: at < parts.length - 1,
        };
        try {
          open.postMessage(request);
        } catch {
          return settle(id);
        }
      }
      return answer;
    },
    close: () => {
      port?.disconnect();
      port = null;
      settleAll();
    },
  };
}
