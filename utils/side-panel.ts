/**
 * The side panel, one call for both browsers: Chrome's `sidePanel` (MV3) and Firefox's
 * `sidebarAction`. Both may only be opened in answer to a reader's action (a click, the menu, the
 * shortcut), so callers open it first, before any other awaited work.
 */

/** What this needs of the browser object (passed in, so tests hand a small fake). */
export interface PanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** True when this browser has a side panel the extension can open. */
export function sidePanelAvailable(apis: unknown): boolean {
  const b = apis as PanelApis;
  return typeof b.sidePanel?.open === 'function' || typeof b.sidebarAction?.open === 'function';
}

/**
 * Opens the panel beside `tabId`'s page; resolves with whether it opened (false where there is no
 * panel, or the browser refused: no user action).
 */
export async function openSidePanel(apis: unknown, tabId: number): Promise<boolean> {
  const b = apis as PanelApis;
  try {
    if (typeof b.sidePanel?.open === 'function') await b.sidePanel.open({ tabId });
    else if (typeof b.sidebarAction?.open === 'function') await b.sidebarAction.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}
