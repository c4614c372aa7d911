/**
 * The user's model settings (tier 2) in `browser.storage.local` only: never `sync`, so the API key
 * stays on this device. Apart from the settings item so that a settings reset, export or sync of
 * the other settings can never carry the key. Every read is validated; a corrupt value reads as
 * "no provider".
 */
import { storage } from 'wxt/utils/storage';
import { type ProviderConfig, validateProviderConfig } from '../translate/provider/config';

/** The stored config (`local:provider`); untrusted, so typed unknown. */
export const providerItem = storage.defineItem<unknown>('local:provider', { fallback: null });

/** The configured provider, or null (none, or a stored value that fails validation). */
export async function getProviderConfig(): Promise<ProviderConfig | null> {
  try {
    return validateProviderConfig(await providerItem.getValue());
  } catch {
    return null;
  }
}

/** Stores a config (validated again: only a valid config is ever written). */
export async function saveProviderConfig(config: ProviderConfig): Promise<void> {
  const valid = validateProviderConfig(config);
  if (!valid) throw new Error('Invalid provider settings');
  await providerItem.setValue(valid);
}

/** Forgets the provider and its key. */
export async function removeProviderConfig(): Promise<void> {
  await providerItem.removeValue();
}
