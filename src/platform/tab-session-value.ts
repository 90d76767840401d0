/**
 * One value per tab in `storage.session` (survives the service worker being killed, gone when the
 * browser closes), validated on every read: save, read, remove, and watch for changes.
 */
import * as v from 'valibot';
import { browser } from './browser';

export interface TabSessionValue<T> {
  save: (tabId: number, value: T | null) => Promise<void>;
  read: (tabId: number) => Promise<T | null>;
  remove: (tabId: number) => Promise<void>;
  /** Calls `listener` whenever the tab's value changes; returns the unsubscribe. */
  watch: (tabId: number, listener: (value: T | null) => void) => () => void;
}

export function tabSessionValue<S extends v.GenericSchema>(
  prefix: string,
  schema: S,
): TabSessionValue<v.InferOutput<S>> {
  const keyFor = (tabId: number): string => `${prefix}:${tabId}`;
  const parse = (value: unknown): v.InferOutput<S> | null => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : null;
  };
  return {
    save: (tabId, value) => browser.storage.session.set({ [keyFor(tabId)]: value }),
    read: async (tabId) => parse((await browser.storage.session.get(keyFor(tabId)))[keyFor(tabId)]),
    remove: (tabId) => browser.storage.session.remove(keyFor(tabId)),
    watch: (tabId, listener) => {
      const key = keyFor(tabId);
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
        if (area === 'session' && key in changes) listener(parse(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
