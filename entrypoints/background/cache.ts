/**
 * Each tab's card, kept in storage.session by tab: reopening the popup is instant, and a worker
 * restart loses nothing. Cleared when the tab closes or leaves the page.
 */
import { storage } from 'wxt/utils/storage';
import { type CacheEntry, parseCacheEntry, type Progress } from '@/utils/protocol';
import { PROGRESS_KEY, summaryKey } from '@/utils/session-keys';

/** The cached card of a tab, if any. */
export async function getCached(tabId: number): Promise<CacheEntry | null> {
  try {
    return parseCacheEntry(await storage.getItem(summaryKey(tabId)));
  } catch {
    return null;
  }
}

/** Stores a tab's card; a full session store (quota) just means no cache, never a failure. */
export async function setCached(tabId: number, entry: CacheEntry): Promise<void> {
  try {
    await storage.setItem(summaryKey(tabId), entry);
  } catch {
    // storage.session is capped (10 MB in Chrome): a huge card is simply not cached.
  }
}

/** Forgets a tab's card. */
export async function clearCached(tabId: number): Promise<void> {
  await storage.removeItem(summaryKey(tabId));
}

/** Publishes progress for the popup's loading state. */
export async function setProgress(progress: Progress): Promise<void> {
  await storage.setItem(PROGRESS_KEY, progress);
}
