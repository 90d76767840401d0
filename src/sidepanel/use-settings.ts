import { useEffect, useState } from 'preact/hooks';
import { readSettings, watchSettings, type Settings } from '../platform/settings';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
