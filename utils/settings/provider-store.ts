/**
 * The user's model settings (tier 2), through their storage item (utils/storage.ts: storage.local
 * only, apart from the other settings). Every read is validated; a corrupt value reads as "no
 * provider".
 */
import { providerItem, writeEvictingCaches } from '../storage';
import { type ProviderConfig, validateProviderConfig } from '../translate/provider/config';

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
  await writeEvictingCaches(() => providerItem.setValue(valid));
}

/** Forgets the provider and its key. */
export async function removeProviderConfig(): Promise<void> {
  await providerItem.removeValue();
}
