/** The context menu: "Summarise this page" and, over a selection, "Summarise selection". */
import { browser } from 'wxt/browser';
import { openCard, openPanelForClick } from './badge';
import { toolbarOpens } from './toolbar';
import { MENU_TITLES } from '@/utils/menu-titles';
import { withDeadline } from '@/utils/deadline';
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
      browser.contextMenus.create({ id: 'summarize-page', title: MENU_TITLES.page, contexts: ['page'] });
      browser.contextMenus.create({ id: 'summarize-selection', title: MENU_TITLES.selection, contexts: ['selection'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined) void onMenuClick(info, tab.id);
  });
}

/**
 * Handles a click: opens the card at once (the side panel where the reader chose it or the popup
 * cannot be opened from code; else the popup) while the summary is made; the card then picks up
 * the running job.
 */
export async function onMenuClick(info: MenuClick, tabId: number): Promise<void> {
  if (info.menuItemId !== 'summarize-selection' && info.menuItemId !== 'summarize-page') return;
  const panel = openPanelForClick(tabId, toolbarOpens());
  // The job starts before the popup opens, so the popup's own request joins it.
  const job =
    info.menuItemId === 'summarize-selection'
      ? summarizeTab(tabId, { selection: (await readSelection(tabId)) ?? info.selectionText ?? '' })
      : summarizeTab(tabId, { refresh: true });
  if (!(panel && (await panel))) await openCard(tabId);
  await job;
}

// The selection with its line breaks (the menu's selectionText folds them); null if unreadable.
async function readSelection(tabId: number): Promise<string | null> {
  try {
    const [frame] = await withDeadline(
      browser.scripting.executeScript({ target: { tabId }, func: () => window.getSelection()?.toString() ?? '' }),
      SCRIPT_TIMEOUT_MS,
    );
    return typeof frame?.result === 'string' && frame.result.trim() ? frame.result : null;
  } catch {
    return null;
  }
}
