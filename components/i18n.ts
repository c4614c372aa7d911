/**
 * UI text lookup for the popup: a `t(key, named?)` function over built `messages.json` contents,
 * falling back to `@wxt-dev/i18n`'s `i18n.t` (the browser's locale). Pure: the caller fetches
 * the messages and passes the fallback, so components and tests never touch `browser`.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GeneratedI18nStructure } from '#i18n';

/** Every message key of locales/en.yml (dotted, as `i18n.t` takes them). */
export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;
/** Named substitutions: `{minutes}` in a message is replaced by `named.minutes`. */
export type Named = Record<string, string | number>;
/** Looks up a UI message. */
export type Translate = (key: MessageKey, named?: Named) => string;
/** A built `_locales/<lang>/messages.json`: `{ popup_retry: { message: 'Retry' } }`. */
export type ChromeMessages = Record<string, { message: string }>;
/** The two UI languages. */
export type UiLang = 'hi' | 'en';

/** Replaces `{name}` placeholders the way `@wxt-dev/i18n` does; unknown names stay as written. */
export function applyNamed(message: string, named?: Named): string {
  if (!named) return message;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (m, k: string) => (Object.hasOwn(named, k) ? String(named[k]) : m));
}

/**
 * A translator: `messages` first (a forced UI language), then `fallback` (the browser's locale),
 * then the key itself, so a missing message shows as its key and never as an empty string.
 */
export function createTranslate(messages: ChromeMessages | null, fallback?: (key: MessageKey) => string): Translate {
  return (key, named) => {
    const own = messages?.[key.replaceAll('.', '_')]?.message;
    let text = own;
    if (!text && fallback) {
      try {
        text = fallback(key);
      } catch {
        text = undefined;
      }
    }
    return applyNamed(text || key, named);
  };
}

/** The UI language: forced by settings, else the browser's when it is Hindi, else English. */
export function resolveUiLang(setting: 'browser' | 'hi' | 'en', browserLocale: string | undefined): UiLang {
  if (setting === 'hi' || setting === 'en') return setting;
  return browserLocale?.toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

/** The translator and UI language in effect. */
export interface I18nValue {
  t: Translate;
  lang: UiLang;
}

/** Context for the UI text; the default shows keys (tests and the app provide a real one). */
export const I18nContext = createContext<I18nValue>({ t: createTranslate(null), lang: 'en' });

/** The translator and UI language of the nearest provider. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
