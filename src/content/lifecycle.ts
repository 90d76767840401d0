/**
 * One AbortSignal for everything the content script starts. When the extension is reloaded or
 * updated, this copy's context is invalidated: we abort and leave nothing behind.
 */
import { browser } from '../platform/browser';

export function contextIsAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}

export function createLifecycle(): AbortController {
  const controller = new AbortController();
  const timer = setInterval(() => {
    if (!contextIsAlive()) controller.abort();
  }, 5000);
  controller.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return controller;
}
