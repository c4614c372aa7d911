/** Tells the reader which stored settings could not be read and were set back to their defaults. */
import type { Settings } from '../../utils/settings/schema';
import { type MessageKey, useI18n } from '../i18n';

/** Each setting's label on the page (the two topic fields share the Topics heading). */
const LABELS: Record<keyof Settings, MessageKey> = {
  primaryLanguage: 'options.languages.primary',
  uiLanguage: 'options.languages.ui',
  toolbarOpens: 'options.display.toolbarOpens',
  topicOrder: 'options.topics.legend',
  hiddenTopics: 'options.topics.legend',
  perSection: 'options.display.perSection',
  autoSave: 'options.dossier.autoSave',
  keepDays: 'options.dossier.keepDays',
  keepCards: 'options.dossier.keepCards',
  showOverview: 'options.display.showOverview',
  showEntities: 'options.display.showEntities',
  showKeyTerms: 'options.display.showKeyTerms',
  extraKeywords: 'options.keywords.legend',
};

/** Props: the repaired fields (nothing is rendered when there are none). */
export interface RepairNoticeProps {
  fields: readonly (keyof Settings)[];
}

/** A notice naming the repaired settings by their labels, once each. */
export function RepairNotice({ fields }: RepairNoticeProps) {
  const { t } = useI18n();
  if (!fields.length) return null;
  const names = [...new Set(fields.map((f) => t(LABELS[f])))];
  return (
    <p class="repaired" role="status" data-testid="settings-repaired">
      {t('options.repaired', { fields: names.join(', ') })}
    </p>
  );
}
