/** Gives back model origins that are not the saved endpoint's: when the options page closes, and at browser start. */
import { browser } from 'wxt/browser';
import { keepOnlySavedOrigin, OPTIONS_PORT } from '@/utils/translate/provider/permissions';

const tidy = (): void => void keepOnlySavedOrigin(browser).catch(() => undefined);

/** Registers the listeners (in the worker's first turn). */
export function registerPermissionTidy(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === OPTIONS_PORT) port.onDisconnect.addListener(tidy);
  });
  browser.runtime.onStartup.addListener(tidy);
}
