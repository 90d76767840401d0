/** User settings in storage.local, readable by every context including content scripts. */
import * as v from 'valibot';
import { browser } from './browser';

export const SettingsSchema = v.object({
  enabled: v.boolean(),
  highlights: v.boolean(),
  highlightUserCorpora: v.boolean(),
  pausedSites: v.array(v.string()),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  highlights: true,
  highlightUserCorpora: false,
  pausedSites: [],
};

const KEY = 'settings';

/** Whether Parallax scans pages of `host`: it is on, and not paused on that site. */
export function activeOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(host);
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  const result = v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...(stored[KEY] as object | undefined) });
  return result.success ? result.output : DEFAULT_SETTINGS;
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
