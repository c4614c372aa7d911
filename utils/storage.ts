/**
 * Everything Kootniti keeps in browser storage, each defined once as a WXT storage item: the one
 * place a storage key is spelled. An item is typed by what Kootniti writes; what it reads back is
 * untrusted (another version, another context, a bug), so every read goes through the schema named
 * beside the item.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { isQuotaError } from './quota';
import type { StoredCardUi } from './card-ui';
import type { CacheEntry, Progress } from './protocol';
import { DEFAULT_SETTINGS, MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings/schema';
import type { StoredCache } from './translate/cache';
import type { ProviderConfig } from './translate/provider/config';

// --- storage.local: kept until the user changes or resets it --------------------------------------

const SETTINGS_KEY = 'local:settings';

/**
 * The user's settings (`local:settings`, its version in `settings$`); read through
 * `validateSettings` (utils/settings/store.ts). WXT runs MIGRATIONS when the item is defined, from
 * the stored version: so the item is defined once that version has been checked (see below).
 */
export function settingsItem(): Promise<WxtStorageItem<Settings, { v?: number }>> {
  settings ??= repairSettingsVersion().then(
    () => storage.defineItem<Settings, { v?: number }>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS, version: SETTINGS_VERSION, migrations: MIGRATIONS }),
    (error: unknown) => {
      // Unreadable storage: no item is defined (its migration would fail the same way, unseen), and
      // the next call tries again.
      settings = undefined;
      throw error;
    },
  );
  return settings;
}
let settings: Promise<WxtStorageItem<Settings, { v?: number }>> | undefined;

/**
 * WXT runs one migration per version between the stored one and ours: a stored version of -1e9
 * (corrupt storage) meant a billion steps and a popup stuck for minutes. A version that is not a
 * whole number from 1 up is dropped, which WXT reads as version 1 (the migrations are written to
 * take any value). A newer version than ours stays: WXT refuses the downgrade at once, and
 * validation keeps every field that is still valid.
 */
async function repairSettingsVersion(): Promise<void> {
  const { v } = await storage.getMeta<{ v?: unknown }>(SETTINGS_KEY);
  if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 1)) await storage.removeMeta(SETTINGS_KEY, 'v');
}

/** The settings as they change (watching needs no migration, so this item is defined at once). */
export const settingsWatchItem = storage.defineItem<Settings>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS });

/**
 * The user's model (tier 2), with its API key: in storage.local only (never `sync`), and apart from
 * the settings, so a settings reset or export never carries the key. Read through
 * `validateProviderConfig` (utils/settings/provider-store.ts); null when there is none.
 */
export const providerItem = storage.defineItem<ProviderConfig | null>('local:provider', { fallback: null });

/** Cached translations of every tier, in one capped value; read through StoredCacheSchema (utils/translate/cache.ts). */
export const translationCacheItem = storage.defineItem<StoredCache | null>('local:translationCache', { fallback: null });

// --- storage.session: this browser session only --------------------------------------------------

/** A tab's cached card (`session:summary:<tabId>`), written by the background; read through `parseCacheEntry`. */
export function summaryItem(tabId: number) {
  return storage.defineItem<CacheEntry | null>(`session:summary:${tabId}`, { fallback: null });
}

/** The latest progress of a card being made, for the popup's loading state; read through `parseProgress`. */
export const progressItem = storage.defineItem<Progress | null>('session:progress', { fallback: null });

/** The reader's choices on cards (sections opened, terms, translations); read through `readStoredUi` (utils/card-ui.ts). */
export const cardUiItem = storage.defineItem<StoredCardUi | null>('session:cardUi', { fallback: null });

// --- when storage.local is full ------------------------------------------------------------------

/**
 * Writes with `write`; if storage.local is full, drops what is only a cache (the translations,
 * which any tier makes again) and writes once more. Settings and the model's config are never the
 * ones dropped.
 */
export async function writeEvictingCaches(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await translationCacheItem.removeValue();
    await write();
  }
}
