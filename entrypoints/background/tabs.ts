/** Forgets a tab's card when the tab closes or loads another page. */
import { browser } from 'wxt/browser';
import { clearCached } from './cache';

/** Registers the tab listeners that keep the cache honest. */
export function registerTabCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => void clearCached(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void clearCached(tabId);
  });
}
