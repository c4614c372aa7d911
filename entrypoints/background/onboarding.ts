/** First run: the welcome page opens in a new tab when Kootniti is installed, never on an update. */
import { browser } from 'wxt/browser';

/** The welcome page (entrypoints/welcome/). */
export const WELCOME_PATH = '/welcome.html';

/** Opens the welcome page on install (not on an update, a browser update or a shared-module update). */
export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcome();
  });
}

/** Opens the welcome page in a new tab; a failure only means no welcome page. */
export async function openWelcome(): Promise<void> {
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  } catch {
    // No window to open it in (a browser started headless by policy, say): nothing to do.
  }
}
