/**
 * The browser locale's UI text: `browser.i18n.getMessage` on the key as WXT's i18n module builds
 * it (dots become underscores). `@wxt-dev/i18n` is a build step only (YAML → _locales, typed
 * keys); its runtime `i18n.t` was this one call, so the extension ships no code of it.
 */
import { browser } from 'wxt/browser';
import type { MessageKey } from '@/components/i18n';

/** The message for `key` in the browser's locale ('' when there is none). */
export function browserText(key: MessageKey): string {
  return browser.i18n.getMessage(key.replaceAll('.', '_') as Parameters<typeof browser.i18n.getMessage>[0]);
}
