/** Background service worker: wiring only. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getCached } from './cache';
import { onMenuClick, registerContextMenu } from './context-menu';
import { registerMessages } from './messages';
import { registerOnboarding } from './onboarding';
import { registerPermissionTidy } from './permissions';
import { clearStaleBadges } from './stale-badges';
import { registerTabCleanup } from './tabs';
import { registerToolbar } from './toolbar';

export default defineBackground(() => {
  registerMessages();
  registerContextMenu();
  registerTabCleanup();
  registerToolbar();
  registerOnboarding();
  registerPermissionTidy();
  // This worker may replace one stopped mid-card: its "…" badges are nobody's now.
  void clearStaleBadges();
  // The e2e build only: a handle for tests to invoke what a real context-menu click would, and
  // the reasons this worker saw runtime.onInstalled fire for (so a test knows an update happened).
  if (import.meta.env.MODE === 'e2e') {
    const installReasons: string[] = [];
    browser.runtime.onInstalled.addListener(({ reason }) => void installReasons.push(reason));
    (globalThis as Record<string, unknown>).__kootniti = {
      contextMenuClick: onMenuClick,
      getCached: async (tabId: number) => (await getCached(tabId))?.state,
      installReasons,
    };
  }
});
