/** The two language choices: the card's leading language and the UI language. */
import type { PrimaryLanguage, Settings, UiLanguage } from '../../utils/settings/schema';
import { useI18n } from '../i18n';
import type { SettingsChange } from './SettingsForm';

/** Props: the settings and the change callback. */
export interface LanguageFieldsProps {
  value: Settings;
  onChange: SettingsChange;
}

interface LanguageSelectProps<T extends string> {
  id: string;
  label: string;
  /** The first choice ("the article's language", "the browser's"), then हिन्दी and English. */
  first: { value: T; label: string };
  value: T;
  onChange: (value: T) => void;
}

function LanguageSelect<T extends string>({ id, label, first, value, onChange }: LanguageSelectProps<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        <option value={first.value}>{first.label}</option>
        <option value="hi" lang="hi">
          हिन्दी
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </div>
  );
}

/** A fieldset with the primary-language and UI-language selects. */
export function LanguageFields({ value, onChange }: LanguageFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset class="panel">
      <legend>{t('options.languages.legend')}</legend>
      <LanguageSelect<PrimaryLanguage>
        id="primary-language"
        label={t('options.languages.primary')}
        first={{ value: 'article', label: t('options.languages.primaryArticle') }}
        value={value.primaryLanguage}
        onChange={(primaryLanguage) => onChange({ ...value, primaryLanguage })}
      />
      <LanguageSelect<UiLanguage>
        id="ui-language"
        label={t('options.languages.ui')}
        first={{ value: 'browser', label: t('options.languages.uiBrowser') }}
        value={value.uiLanguage}
        onChange={(uiLanguage) => onChange({ ...value, uiLanguage })}
      />
    </fieldset>
  );
}
