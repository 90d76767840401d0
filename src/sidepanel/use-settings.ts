import { useEffect, useState } from 'preact/hooks';
import { readSettings, watchSettings } from '../platform/settings';
import type { Settings } from '../platform/settings-values';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
