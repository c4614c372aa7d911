/**
 * Each tab's card, kept in storage.session by tab: reopening the popup is instant, and a worker
 * restart loses nothing. Cleared when the tab closes or leaves the page.
 */
import { storage } from 'wxt/utils/storage';
import { type CacheEntry, parseCacheEntry, type Progress } from '@/utils/protocol';
import { isQuotaError } from '@/utils/quota';
import { progressItem, summaryItem } from '@/utils/storage';

/** The cached card of a tab, if any. */
export async function getCached(tabId: number): Promise<CacheEntry | null> {
  try {
    return parseCacheEntry(await summaryItem(tabId).getValue());
  } catch {
    return null;
  }
}

/**
 * Stores a tab's card, never failing. storage.session is capped (10 MB in Chrome): when it is full,
 * other tabs' cards give way, the oldest half first, then the rest (any of them is made again on
 * the next click); a card too large on its own is simply not cached.
 */
export async function setCached(tabId: number, entry: CacheEntry): Promise<void> {
  const write = () => summaryItem(tabId).setValue(entry);
  try {
    await write();
    return;
  } catch (error) {
    if (!isQuotaError(error)) return;
  }
  try {
    const others = await otherCardsOldestFirst(tabId);
    for (const batch of [others.slice(0, Math.ceil(others.length / 2)), others.slice(Math.ceil(others.length / 2))]) {
      if (!batch.length) continue;
      await Promise.all(batch.map((id) => summaryItem(id).removeValue()));
      try {
        await write();
        return;
      } catch (error) {
        if (!isQuotaError(error)) return;
      }
    }
  } catch {
    // Unreadable storage: no cache this time.
  }
}

/** The other tabs with a cached card, the oldest card first (an unreadable one counts as oldest). */
async function otherCardsOldestFirst(tabId: number): Promise<number[]> {
  const all = await storage.snapshot('session');
  // A card's key in the snapshot: its item's key without the area ("summary:12").
  const prefix = summaryItem(0)
    .key.replace(/^session:/, '')
    .slice(0, -1);
  const cards: { id: number; at: number }[] = [];
  for (const [key, value] of Object.entries(all)) {
    const id = key.startsWith(prefix) ? Number(key.slice(prefix.length)) : Number.NaN;
    if (!Number.isSafeInteger(id) || id === tabId) continue;
    const state = parseCacheEntry(value)?.state;
    cards.push({ id, at: state?.ok ? state.createdAt : Number.NEGATIVE_INFINITY });
  }
  return cards.sort((a, b) => a.at - b.at).map((c) => c.id);
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
