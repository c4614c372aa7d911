/** The context menu: "Summarise this page" and, over a selection, "Summarise selection". */
import { browser } from 'wxt/browser';
import { openCard } from './badge';
import { withTimeout } from '@/utils/timeout';
import { SCRIPT_TIMEOUT_MS, summarizeTab } from './summarize-tab';

/** Menu item ids. */
export type MenuItemId = 'summarize-page' | 'summarize-selection';

/** What a click tells us. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Creates the menu items (on install and update). */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({ id: 'summarize-page', title: 'Summarise this page · पेज का सार', contexts: ['page'] });
      browser.contextMenus.create({ id: 'summarize-selection', title: 'Summarise selection · चयन का सार', contexts: ['selection'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined) void onMenuClick(info, tab.id);
  });
}

/**
 * Handles a click: opens the card at once (the browser allows openPopup only right after the
 * click) while the summary is made; the popup then picks up the running job.
 */
export async function onMenuClick(info: MenuClick, tabId: number): Promise<void> {
  if (info.menuItemId === 'summarize-selection') {
    const selection = (await readSelection(tabId)) ?? info.selectionText ?? '';
    const job = summarizeTab(tabId, { selection });
    await openCard(tabId);
    await job;
  } else if (info.menuItemId === 'summarize-page') {
    const job = summarizeTab(tabId, { refresh: true });
    await openCard(tabId);
    await job;
  }
}

// The selection with its line breaks (the menu's selectionText folds them); null if unreadable.
async function readSelection(tabId: number): Promise<string | null> {
  try {
    const [frame] = await withTimeout(
      browser.scripting.executeScript({ target: { tabId }, func: () => window.getSelection()?.toString() ?? '' }),
      SCRIPT_TIMEOUT_MS,
    );
    return typeof frame?.result === 'string' && frame.result.trim() ? frame.result : null;
  } catch {
    return null;
  }
}
