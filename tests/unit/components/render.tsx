/** Renders a component under a real translator built from locales/<lang>.yml, as the build does. */
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { type ChromeMessages, createTranslate, I18nContext, type UiLang } from '../../../components/i18n';
import enYml from '../../../locales/en.yml?raw';
import hiYml from '../../../locales/hi.yml?raw';

/** The built messages.json of a locale. */
export function messagesOf(lang: UiLang): ChromeMessages {
  return generateChromeMessages(parseMessagesText(lang === 'hi' ? hiYml : enYml, 'YAML')) as ChromeMessages;
}

/** Renders `ui` with the UI in `lang`. */
export function renderWithI18n(ui: ComponentChild, lang: UiLang = 'en') {
  const value = { t: createTranslate(messagesOf(lang)), lang };
  return render(<I18nContext.Provider value={value}>{ui}</I18nContext.Provider>);
}

/** The item `testId` of the card's "More" menu, the menu opened first (as a reader would). */
export function menuItem(testId: string): HTMLElement {
  if (!screen.queryByTestId(testId)) fireEvent.click(screen.getByTestId('more-actions'));
  return screen.getByTestId(testId);
}
