/**
 * Where the card opens and what it shows: the toolbar icon's popup or side panel, sentences per
 * section, and the overview / names / key terms switches.
 */
import type { Settings, ToolbarOpens } from '../../utils/settings/schema';
import { useI18n, type MessageKey } from '../i18n';
import type { SettingsChange } from './SettingsForm';

/** Props: the settings and the change callback. */
export interface DisplayFieldsProps {
  value: Settings;
  onChange: SettingsChange;
}

type Flag = 'showOverview' | 'showEntities' | 'showKeyTerms';

const FLAGS: readonly { key: Flag; testId: string; label: MessageKey }[] = [
  { key: 'showOverview', testId: 'show-overview', label: 'options.display.showOverview' },
  { key: 'showEntities', testId: 'show-entities', label: 'options.display.showEntities' },
  { key: 'showKeyTerms', testId: 'show-key-terms', label: 'options.display.showKeyTerms' },
];

/** A fieldset with the sentences-per-section select and three checkboxes. */
export function DisplayFields({ value, onChange }: DisplayFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset class="panel">
      <legend>{t('options.display.legend')}</legend>
      <div class="field">
        <label for="toolbar-opens">{t('options.display.toolbarOpens')}</label>
        <select
          id="toolbar-opens"
          data-testid="toolbar-opens"
          aria-describedby="toolbar-opens-hint"
          value={value.toolbarOpens}
          onChange={(e) => onChange({ ...value, toolbarOpens: e.currentTarget.value as ToolbarOpens })}
        >
          <option value="popup">{t('options.display.openPopup')}</option>
          <option value="panel">{t('options.display.openPanel')}</option>
        </select>
        <p class="hint" id="toolbar-opens-hint">
          {t('options.display.toolbarOpensHint')}
        </p>
      </div>
      <div class="field">
        <label for="per-section">{t('options.display.perSection')}</label>
        <select
          id="per-section"
          data-testid="per-section"
          value={String(value.perSection)}
          onChange={(e) => onChange({ ...value, perSection: Number(e.currentTarget.value) })}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </div>
      {FLAGS.map(({ key, testId, label }) => (
        <div class="check" key={key}>
          <input
            type="checkbox"
            id={testId}
            data-testid={testId}
            checked={value[key]}
            onChange={(e) => onChange({ ...value, [key]: e.currentTarget.checked })}
          />
          <label for={testId}>{t(label)}</label>
        </div>
      ))}
    </fieldset>
  );
}
