/** Saved cards: the auto-save switch and a link to the dossier page. */
import type { Settings } from '../../utils/settings/schema';
import { useI18n } from '../i18n';
import type { SettingsChange } from './SettingsForm';

/** Props: the settings and the change callback. */
export interface DossierFieldsProps {
  value: Settings;
  onChange: SettingsChange;
}

/** A fieldset with the auto-save checkbox and the way to the dossier (an extension page beside this one). */
export function DossierFields({ value, onChange }: DossierFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset class="panel">
      <legend>{t('options.dossier.legend')}</legend>
      <div class="check">
        <input
          type="checkbox"
          id="auto-save"
          data-testid="auto-save"
          checked={value.autoSave}
          onChange={(e) => onChange({ ...value, autoSave: e.currentTarget.checked })}
        />
        <label for="auto-save">{t('options.dossier.autoSave')}</label>
      </div>
      <p class="hint">{t('options.dossier.hint')}</p>
      <p>
        <a href="/dossier.html" target="_blank" rel="noopener" data-testid="open-dossier">
          {t('options.dossier.open')}
        </a>
      </p>
    </fieldset>
  );
}
