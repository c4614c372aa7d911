/** The article's language as a badge: हिन्दी / English. */
import type { Lang } from '../engine/types';
import { useI18n } from './i18n';
import { LANGUAGE_NAMES } from './lib/languages';

/** Renders the badge; its name is in its own script, the label in the UI language. */
export function LanguageBadge({ lang }: { lang: Lang }) {
  const { t } = useI18n();
  return (
    <>
      <span class="sr-only">{t('popup.articleLanguage')}: </span>
      <span class="badge" lang={lang} data-testid="language-badge" title={t('popup.articleLanguage')}>
        {LANGUAGE_NAMES[lang]}
      </span>
    </>
  );
}
