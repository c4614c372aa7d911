/** The toolbar badge: "…" while a card is being made, "!" when it failed, nothing otherwise. */
import { browser } from 'wxt/browser';
import { openSidePanel, sidePanelAvailable } from '@/utils/side-panel';

type BadgeState = 'working' | 'failed' | 'clear';

/** The toolbar action: MV3 has `action`; Firefox's MV2 build has `browserAction`. */
export function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** Sets a tab's badge; a closed tab is not an error. */
export async function setBadge(tabId: number, state: BadgeState): Promise<void> {
  const action = actionApi();
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: state === 'working' ? '…' : state === 'failed' ? '!' : '' });
    if (state !== 'clear') {
      await action.setBadgeBackgroundColor({ tabId, color: state === 'failed' ? '#b3261e' : '#1a73e8' });
    }
    await action.setTitle({
      tabId,
      title:
        state === 'working' ? 'Kootniti: summarising…' : state === 'failed' ? 'Kootniti: no summary (open for details)' : 'Kootniti: summarise this article',
    });
  } catch {
    // The tab went away.
  }
}

/**
 * Starts opening the side panel for a menu click, when the reader chose the panel or the browser
 * cannot open the popup from code; null when the popup is the way. Call it first, before anything
 * is awaited: the browser opens a panel only in the click's own turn.
 */
export function openPanelForClick(tabId: number, prefer: 'popup' | 'panel'): Promise<boolean> | null {
  const action = actionApi() as { openPopup?: () => Promise<void> } | undefined;
  if (!sidePanelAvailable(browser) || (prefer === 'popup' && action?.openPopup)) return null;
  return openSidePanel(browser, tabId);
}

/** Opens the card: the real popup where the browser allows it, else a small extension window. */
export async function openCard(tabId: number): Promise<'popup' | 'window'> {
  const action = actionApi() as { openPopup?: () => Promise<void> } | undefined;
  try {
    if (!action?.openPopup) throw new Error('no openPopup');
    await action.openPopup();
    return 'popup';
  } catch {
    await browser.windows.create({
      url: `${browser.runtime.getURL('/popup.html')}?tabId=${tabId}`,
      type: 'popup',
      width: 480,
      height: 640,
    });
    return 'window';
  }
}
