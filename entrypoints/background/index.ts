/** Background service worker: wiring only. */
import { getCached } from './cache';
import { onMenuClick, registerContextMenu } from './context-menu';
import { registerMessages } from './messages';
import { registerOnboarding } from './onboarding';
import { registerTabCleanup } from './tabs';

export default defineBackground(() => {
  registerMessages();
  registerContextMenu();
  registerTabCleanup();
  registerOnboarding();
  // The e2e build only: a handle for tests to invoke what a real context-menu click would.
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as Record<string, unknown>).__kootniti = {
      contextMenuClick: onMenuClick,
      getCached: async (tabId: number) => (await getCached(tabId))?.state,
    };
  }
});
