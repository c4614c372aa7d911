/** The settings, kept current: read once, then updated whenever the options page saves. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/schema';
import { getSettings, watchSettings } from '@/utils/settings/store';

/** The settings, or null until the first read answers. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings((now) => now ?? s));
    const unwatch = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
