/**
 * A full storage.local: cached translations give way, settings and the model's config are never
 * dropped. storage.local is fakeBrowser's, with Chrome's quota check in front of its `set`: a write
 * that would take the area over QUOTA bytes (JSON size of keys and values) is refused with
 * Chrome's message, and nothing of it is written.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTranslationCache } from '../../../utils/translate/cache';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { translationCacheItem } from '../../../utils/storage';

const QUOTA = 200_000;
const size = (items: Record<string, unknown>) => Object.entries(items).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);

beforeEach(() => {
  fakeBrowser.reset();
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = { ...(await local.get(null)), ...items };
    if (size(all) > QUOTA) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set(items);
  });
});
// Unwrapped after each test, or the next one's `set` would be this spy and call itself.
afterEach(() => {
  vi.restoreAllMocks();
});

async function freshStore() {
  vi.resetModules();
  return import('../../../utils/settings/store');
}

/** Fills storage.local with a translation cache close to the quota. */
async function fillWithCache(): Promise<void> {
  const entries = Array.from({ length: 1_500 }, (_, i) => [`on-device|hi>en|k${i}:40`, `translation number ${i} `.repeat(4)] as [string, string]);
  await fakeBrowser.storage.local.set({ translationCache: { v: 1, entries } });
  // Then a page's worth of other data, so only a few hundred bytes are left.
  await fakeBrowser.storage.local.set({ filler: 'x'.repeat(QUOTA - size(await fakeBrowser.storage.local.get(null)) - 300) });
}

test('saving settings into a full store drops the translation cache and saves', async () => {
  await fillWithCache();
  const store = await freshStore();
  const wanted = { ...DEFAULT_SETTINGS, perSection: 1 };
  expect(await store.saveSettings(wanted)).toEqual(wanted);
  expect(await store.getSettings()).toEqual(wanted);
  expect(await translationCacheItem.getValue()).toBeNull();
});

test("the model's config is saved the same way", async () => {
  await fillWithCache();
  vi.resetModules();
  const { saveProviderConfig, getProviderConfig } = await import('../../../utils/settings/provider-store');
  const config = { endpoint: 'https://models.example/v1', model: 'm'.repeat(200), apiKey: 'k'.repeat(500), abstractive: false };
  await saveProviderConfig(config);
  expect(await getProviderConfig()).toEqual(config);
});

test('a cache write that does not fit drops its older half and writes, leaving the settings alone', async () => {
  const store = await freshStore();
  const wanted = { ...DEFAULT_SETTINGS, perSection: 4 };
  await store.saveSettings(wanted);
  const cache = createTranslationCache(
    { get: () => translationCacheItem.getValue(), set: (v) => translationCacheItem.setValue(v) },
    { source: 'on-device', writeDelayMs: 0 },
  );
  for (let i = 0; i < 2_500; i++) await cache.set({ from: 'hi', to: 'en' }, `वाक्य संख्या ${i}`, `sentence number ${i} `.repeat(4));
  await cache.flush();
  const stored = (await translationCacheItem.getValue()) as { entries: [string, string][] } | null;
  expect(stored?.entries.length).toBeGreaterThan(0);
  expect(stored!.entries.length).toBeLessThan(2_500);
  // The newest translations are the ones kept.
  expect(await cache.get({ from: 'hi', to: 'en' }, 'वाक्य संख्या 2499')).toBeDefined();
  expect(await store.getSettings()).toEqual(wanted);
});
