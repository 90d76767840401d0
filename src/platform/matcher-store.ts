/** The published MatcherIndex in storage.local: written by the background, read by content scripts. */
import { prefilterSource } from '../core/detect-prefilter';
import { asStoredIndex, type MatcherIndex } from '../core/matcher-index';
import { browser } from './browser';

const KEY = 'matcher-index';
/** The index's prefilter regex source, a few KB: read before the index (content/warm-up.ts). */
const PREFILTER_KEY = 'matcher-prefilter';

export async function publishMatcherIndex(index: MatcherIndex): Promise<void> {
  await browser.storage.local.set({ [KEY]: index, [PREFILTER_KEY]: prefilterSource(index) });
}

/** The published index's prefilter regex source; null when there is none yet. */
export async function readPrefilterSource(): Promise<string | null> {
  const stored = await browser.storage.local.get(PREFILTER_KEY);
  const source: unknown = stored[PREFILTER_KEY];
  return typeof source === 'string' ? source : null;
}

export async function readMatcherIndex(): Promise<MatcherIndex | null> {
  const stored = await browser.storage.local.get(KEY);
  return asStoredIndex(stored[KEY]);
}

/**
 * The published index, waiting for it when the background has not written it yet (the first
 * pages after install); gives up with null when `signal` aborts.
 */
export function waitForMatcherIndex(signal: AbortSignal): Promise<MatcherIndex | null> {
  return new Promise((resolve) => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area !== 'local' || !(KEY in changes)) return;
      const index = asStoredIndex(changes[KEY]?.newValue);
      if (index) finish(index);
    };
    const finish = (index: MatcherIndex | null): void => {
      browser.storage.onChanged.removeListener(onChanged);
      signal.removeEventListener('abort', onAbort);
      resolve(index);
    };
    const onAbort = (): void => finish(null);
    browser.storage.onChanged.addListener(onChanged);
    signal.addEventListener('abort', onAbort, { once: true });
    void readMatcherIndex().then((index) => {
      if (index) finish(index);
    });
  });
}

/** Calls `changed` whenever the background publishes a new index (or it is removed). */
export function onMatcherIndexChanged(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && KEY in changes) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
