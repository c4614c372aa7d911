/** The options page's UI text for a UI-language setting: a forced language reads its built messages. */
import { browser } from 'wxt/browser';
import { type ChromeMessages, createTranslate, type I18nValue, resolveUiLang } from '../../components/i18n';
import type { UiLanguage } from '../../utils/settings/schema';
import { browserText } from '@/utils/browser-text';

/** Fetches this extension's built `_locales/<lang>/messages.json`; null when it cannot. */
async function fetchMessages(lang: string): Promise<ChromeMessages | null> {
  try {
    const res = await fetch(`/_locales/${lang}/messages.json`);
    return res.ok ? ((await res.json()) as ChromeMessages) : null;
  } catch {
    return null;
  }
}

/** The translator and language for `setting`; the browser's locale fills any gap. */
export async function loadI18n(setting: UiLanguage): Promise<I18nValue> {
  const lang = resolveUiLang(setting, browser.i18n.getUILanguage());
  const messages = setting === 'browser' ? null : await fetchMessages(lang);
  return { t: createTranslate(messages, browserText), lang };
}

/** The browser locale's translator, for the moment before settings are loaded. */
export function browserI18n(): I18nValue {
  return { t: createTranslate(null, browserText), lang: resolveUiLang('browser', browser.i18n.getUILanguage()) };
}
