/** Saved cards: the auto-save switch, how long they are kept, and a link to the dossier page. */
import type { Settings } from '../../utils/settings/schema';
import { useI18n } from '../i18n';
import type { SettingsChange } from './SettingsForm';

/** The choices offered (0: no limit); a stored value outside them is offered too. */
const DAY_CHOICES = [0, 30, 90, 180, 365, 730];
const CARD_CHOICES = [0, 500, 1000, 2000, 5000, 10000];
const withValue = (choices: number[], value: number) => (choices.includes(value) ? choices : [...choices, value].sort((a, b) => a - b));

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
      <div class="field">
        <label for="keep-days">{t('options.dossier.keepDays')}</label>
        <select
          id="keep-days"
          data-testid="keep-days"
          value={String(value.keepDays)}
          onChange={(e) => onChange({ ...value, keepDays: Number(e.currentTarget.value) })}
        >
          {withValue(DAY_CHOICES, value.keepDays).map((n) => (
            <option key={n} value={String(n)}>
              {n ? t('options.dossier.days', { count: n }) : t('options.dossier.forever')}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="keep-cards">{t('options.dossier.keepCards')}</label>
        <select
          id="keep-cards"
          data-testid="keep-cards"
          value={String(value.keepCards)}
          onChange={(e) => onChange({ ...value, keepCards: Number(e.currentTarget.value) })}
        >
          {withValue(CARD_CHOICES, value.keepCards).map((n) => (
            <option key={n} value={String(n)}>
              {n ? t('options.dossier.cards', { count: n }) : t('options.dossier.noLimit')}
            </option>
          ))}
        </select>
      </div>
      <p class="hint">{t('options.dossier.hint')}</p>
      <p class="hint">{t('options.dossier.retentionHint')}</p>
      <p>
        <a href="/dossier.html" target="_blank" rel="noopener" data-testid="open-dossier">
          {t('options.dossier.open')}
        </a>
      </p>
    </fieldset>
  );
}
