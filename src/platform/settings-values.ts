/**
 * The user's settings as values: their shape, defaults, and what they mean for a site. Pure, so
 * it is tested without a browser; storage is in settings.ts.
 */
export interface Settings {
  enabled: boolean;
  highlights: boolean;
  highlightUserCorpora: boolean;
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  highlights: true,
  highlightUserCorpora: false,
  pausedSites: [],
};

/** Whether Parallax scans pages of `host`: it is on, and not paused on that site. */
export function activeOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(host);
}

const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/**
 * Stored settings read back, each field checked on its own: a missing or malformed field takes
 * its default and the others are kept. Checked by hand rather than with a schema library: every
 * page's content script reads them at load, where the library's code runs cold (~3 ms measured).
 */
export function settingsFrom(stored: unknown): Settings {
  const given =
    typeof stored === 'object' && stored !== null ? (stored as Partial<Record<keyof Settings, unknown>>) : {};
  const sites = Array.isArray(given.pausedSites) ? given.pausedSites : [];
  return {
    enabled: flag(given.enabled, DEFAULT_SETTINGS.enabled),
    highlights: flag(given.highlights, DEFAULT_SETTINGS.highlights),
    highlightUserCorpora: flag(given.highlightUserCorpora, DEFAULT_SETTINGS.highlightUserCorpora),
    pausedSites: sites.filter((site): site is string => typeof site === 'string'),
  };
}
