/**
 * A storage area of WXT's fakeBrowser with the browser's quota check in front of its `set`: a
 * write that would take the area over `bytes` (JSON size of keys and values, as Chrome counts)
 * is refused with the browser's message, and nothing of it is written.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The size of stored items as the quota counts it. */
export const storedSize = (items: Record<string, unknown>): number => Object.entries(items).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);

/** For every test of the calling file: a fresh fakeBrowser whose `area` holds at most `bytes`. */
export function useQuota(area: 'local' | 'session', bytes: number, message: string): void {
  beforeEach(() => {
    fakeBrowser.reset();
    const storage = fakeBrowser.storage[area];
    const set = storage.set.bind(storage);
    vi.spyOn(storage, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (storedSize({ ...(await storage.get(null)), ...items }) > bytes) throw new Error(message);
      return set(items);
    });
  });
  // Unwrapped after each test, or the next one's `set` would be this spy and call itself.
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
