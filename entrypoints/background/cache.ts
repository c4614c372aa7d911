/**
 * Each tab's card, kept in storage.session by tab: reopening the popup is instant, and a worker
 * restart loses nothing. Cleared when the tab closes or leaves the page.
 */
import { type CacheEntry, parseCacheEntry, type Progress } from '@/utils/protocol';
import { progressItem, summaryItem } from '@/utils/storage';

/** The cached card of a tab, if any. */
export async function getCached(tabId: number): Promise<CacheEntry | null> {
  try {
    return parseCacheEntry(await summaryItem(tabId).getValue());
  } catch {
    return null;
  }
}

/** Stores a tab's card; a full session store (quota) just means no cache, never a failure. */
export async function setCached(tabId: number, entry: CacheEntry): Promise<void> {
  try {
    await summaryItem(tabId).setValue(entry);
  } catch {
    // storage.session is capped (10 MB in Chrome): a huge card is simply not cached.
  }
}

/** Forgets a tab's card. */
export async function clearCached(tabId: number): Promise<void> {
  await summaryItem(tabId).removeValue();
}

/** Publishes progress for the popup's loading state; a full session store only loses the progress line. */
export async function setProgress(progress: Progress): Promise<void> {
  try {
    await progressItem.setValue(progress);
  } catch {
    // Quota: the popup still gets its answer from the message.
  }
}
