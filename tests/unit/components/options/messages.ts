/** Test helper: the real UI text of locales/<lang>.yml, as the built extension would have it. */
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { type ChromeMessages, createTranslate, type I18nValue, type UiLang } from '../../../../components/i18n';

/** The built messages.json contents for `lang`. */
export async function chromeMessages(lang: UiLang): Promise<ChromeMessages> {
  return generateChromeMessages(await parseMessagesFile(resolve(process.cwd(), `locales/${lang}.yml`)));
}

/** A translator and language over the real messages of `lang`. */
export async function realI18n(lang: UiLang): Promise<I18nValue> {
  return { t: createTranslate(await chromeMessages(lang)), lang };
}
