import { describe, expect, it } from 'vitest';
import { activeOn, DEFAULT_SETTINGS, settingsFrom } from './settings-values';

describe('settingsFrom', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom('on')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every well-formed field', () => {
    const stored = {
      enabled: false,
      highlights: false,
      highlightUserCorpora: true,
      pausedSites: ['a.example'],
    };
    expect(settingsFrom(stored)).toEqual(stored);
  });

  it('replaces only a malformed field by its default, and drops sites that are not text', () => {
    expect(settingsFrom({ enabled: 'no', highlights: false, pausedSites: ['a.example', 7, null] })).toEqual({
      ...DEFAULT_SETTINGS,
      highlights: false,
      pausedSites: ['a.example'],
    });
    expect(settingsFrom({ enabled: false, pausedSites: 'a.example' })).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
    });
  });
});

describe('activeOn', () => {
  it('is false when Parallax is off or paused on the site', () => {
    expect(activeOn(DEFAULT_SETTINGS, 'a.example')).toBe(true);
    expect(activeOn({ ...DEFAULT_SETTINGS, enabled: false }, 'a.example')).toBe(false);
    expect(activeOn({ ...DEFAULT_SETTINGS, pausedSites: ['a.example'] }, 'a.example')).toBe(false);
    expect(activeOn({ ...DEFAULT_SETTINGS, pausedSites: ['a.example'] }, 'b.example')).toBe(true);
  });
});
