/**
 * Each tab's card, kept in storage.session by tab: reopening the popup is instant, and a worker
 * restart loses nothing. Cleared when the tab closes or leaves the page.
 */
import { storage } from 'wxt/utils/storage';
import type { Progress, SummaryState } from '@/utils/protocol';
import { PROGRESS_KEY, summaryKey } from '@/utils/session-keys';

/** A cached card and the page it belongs to. */
export interface CacheEntry {
  url: string;
  /** The engine settings the card was made with; a change makes a new card. */
  engineKey: string;
  state: SummaryState;
}

/** The cached card of a tab, if any. */
export async function getCached(tabId: number): Promise<CacheEntry | null> {
  try {
    const entry = await storage.getItem<CacheEntry>(summaryKey(tabId));
    return entry && typeof entry.url === 'string' && typeof entry.engineKey === 'string' && typeof entry.state === 'object' ? entry : null;
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

/** Publishes progress for the popup's loading state; a full session store only loses the progress line. */
export async function setProgress(progress: Progress): Promise<void> {
  try {
    await storage.setItem(PROGRESS_KEY, progress);
  } catch {
    // Quota: the popup still gets its answer from the message.
  }
}
