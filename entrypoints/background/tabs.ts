/** Forgets a tab's card when the tab closes, loads another page, or reloads (the page may have changed). */
import { browser } from 'wxt/browser';
import { clearCached } from './cache';

/** Registers the tab listeners that keep the cache honest. */
export function registerTabCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => void clearCached(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new URL, or the same one loading again (a reload): a new document gets a new card.
    if (change.url || change.status === 'loading') void clearCached(tabId);
  });
}
