/**
 * Everything Kootniti keeps in browser storage, each defined once as a WXT storage item: the one
 * place a storage key is spelled. An item is typed by what Kootniti writes; what it reads back is
 * untrusted (another version, another context, a bug), so every read goes through the schema named
 * beside the item.
 */
import { storage } from 'wxt/utils/storage';
import type { StoredCardUi } from './card-ui';
import type { CacheEntry, Progress } from './protocol';
import { DEFAULT_SETTINGS, MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings/schema';
import type { StoredCache } from './translate/cache';
import type { ProviderConfig } from './translate/provider/config';

// --- storage.local: kept until the user changes or resets it --------------------------------------

/**
 * The user's settings (`local:settings`, its version in `settings$`); read through
 * `validateSettings` (utils/settings/store.ts). WXT runs MIGRATIONS when the item is defined.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

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
