/**
 * Settings in `browser.storage.local`, through their storage item (utils/storage.ts). Every value
 * read or written goes through `validateSettings`, so callers always get valid settings and
 * nothing here throws on a corrupt stored value.
 */
import { settingsItem, settingsWatchItem, writeEvictingCaches } from '../storage';
import { DEFAULT_SETTINGS, repairedFields, type Settings, validateSettings } from './schema';

/** Fresh default settings (no shared arrays with DEFAULT_SETTINGS). */
const defaults = (): Settings => validateSettings(DEFAULT_SETTINGS);

/** The current settings, validated field by field; the defaults if storage cannot be read. */
export async function getSettings(): Promise<Settings> {
  try {
    return validateSettings(await (await settingsItem()).getValue());
  } catch {
    return defaults();
  }
}

/**
 * Repairs the stored settings in place and names the fields that were broken (a corrupt store, a
 * bug, another version), so the options page can say so once; [] when nothing was, or storage
 * cannot be read.
 */
export async function takeSettingsRepairs(): Promise<(keyof Settings)[]> {
  try {
    const item = await settingsItem();
    const stored: unknown = await item.getValue();
    const valid = validateSettings(stored);
    const repaired = repairedFields(stored, valid);
    if (repaired.length) await item.setValue(valid);
    return repaired;
  } catch {
    return [];
  }
}

/** Validates and stores settings; resolves with exactly what was stored. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = validateSettings(settings);
  const item = await settingsItem();
  // A full storage.local gives up cached translations, never the settings.
  await writeEvictingCaches(() => item.setValue(valid));
  return valid;
}

/** Stores the defaults and resolves with them. */
export async function resetSettings(): Promise<Settings> {
  return saveSettings(defaults());
}

/** Calls `cb` with the validated settings whenever they change in storage; returns the unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsWatchItem.watch((value) => cb(validateSettings(value)));
}
