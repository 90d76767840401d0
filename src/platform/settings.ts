/** User settings in storage.local, readable by every context including content scripts. */
import { browser } from './browser';
import { settingsFrom, type Settings } from './settings-values';

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return settingsFrom(stored[KEY]);
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && KEY in changes) void readSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
