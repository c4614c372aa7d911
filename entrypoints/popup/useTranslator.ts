/**
 * The UI text for the popup. "browser" uses `i18n.t` (the browser's locale); a forced language
 * loads that locale's built `_locales/<lang>/messages.json` and falls back to `i18n.t` per key.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type PublicPath } from 'wxt/browser';
import { type ChromeMessages, createTranslate, type I18nValue, resolveUiLang } from '@/components/i18n';
import type { UiLanguage } from '@/utils/settings/schema';
import { browserText } from '@/utils/browser-text';

/** Loads a locale's messages, or null when they cannot be read. */
async function loadMessages(lang: 'hi' | 'en'): Promise<ChromeMessages | null> {
  try {
    const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as PublicPath));
    return res.ok ? ((await res.json()) as ChromeMessages) : null;
  } catch {
    return null;
  }
}

/** The browser's UI locale, or undefined where the API is missing. */
function browserLocale(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/**
 * The translator for a UI-language setting (null: settings not read yet, use the browser's).
 * `ready` turns true once the text for that setting is in hand, so the card never shows
 * English labels first and then switches.
 */
export function useTranslator(setting: UiLanguage | null): { value: I18nValue; ready: boolean } {
  const [loaded, setLoaded] = useState<{ setting: UiLanguage | null; value: I18nValue }>(() => ({
    setting: null,
    value: { t: createTranslate(null, browserText), lang: resolveUiLang('browser', browserLocale()) },
  }));
  useEffect(() => {
    if (setting === null) return;
    let live = true;
    const lang = resolveUiLang(setting, browserLocale());
    if (setting === 'browser') setLoaded({ setting, value: { t: createTranslate(null, browserText), lang } });
    else void loadMessages(lang).then((messages) => live && setLoaded({ setting, value: { t: createTranslate(messages, browserText), lang } }));
    return () => {
      live = false;
    };
  }, [setting]);
  return { value: loaded.value, ready: setting !== null && loaded.setting === setting };
}
