/**
 * What the toolbar icon (and Alt+Shift+S) opens, by the reader's setting: the popup (the manifest's
 * default), or the side panel. For the panel the popup is unset, so a click reaches
 * `action.onClicked`, which opens the panel at once (the browser allows it only in answer to the
 * click) and makes the tab's card, with the activeTab grant the click gives. (Chrome's
 * `setPanelBehavior({ openPanelOnActionClick })` would open the panel without that event, and so
 * without a moment to start reading the page.)
 */
import { browser } from 'wxt/browser';
import { openSidePanel, sidePanelAvailable } from '@/utils/side-panel';
import { getSettings, watchSettings } from '@/utils/settings/store';
import type { ToolbarOpens } from '@/utils/settings/schema';
import { actionApi } from './badge';
import { summarizeTab } from './summarize-tab';

let current: ToolbarOpens = 'popup';

/** The reader's choice, known at once (a menu click must open the panel before awaiting anything). */
export function toolbarOpens(): ToolbarOpens {
  return current;
}

/** Points the toolbar icon at the popup or at the side panel. */
export async function applyToolbarBehaviour(opens: ToolbarOpens): Promise<void> {
  current = opens;
  const action = actionApi();
  if (!action) return;
  const panel = opens === 'panel' && sidePanelAvailable(browser);
  await action.setPopup({ popup: panel ? '' : browser.runtime.getURL('/popup.html') }).catch(() => undefined);
}

/** A click on the icon when it opens the side panel: the panel first, then the tab's card. */
export function onToolbarClick(tab: { id?: number }): void {
  if (tab.id === undefined) return;
  void openSidePanel(browser, tab.id);
  void summarizeTab(tab.id);
}

/** Registers the click handler and keeps the icon in step with the setting. */
export function registerToolbar(): void {
  actionApi()?.onClicked.addListener(onToolbarClick);
  void getSettings().then((s) => applyToolbarBehaviour(s.toolbarOpens));
  watchSettings((s) => void applyToolbarBehaviour(s.toolbarOpens));
}
