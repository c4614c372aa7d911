/** The side panel before a tab has a card: what the panel does, and the button that makes one. */
import { useI18n } from './i18n';

/** Renders the offer to summarise the tab, and how else to ask (icon, shortcut, menu). */
export function IdleView({ onSummarise }: { onSummarise: () => void }) {
  const { t } = useI18n();
  return (
    <section class="state state-idle" data-testid="idle">
      <p class="state-headline">{t('panel.idle')}</p>
      <button type="button" class="primary" data-testid="summarise-tab" onClick={onSummarise}>
        {t('panel.summarise')}
      </button>
      <p class="hint">{t('panel.idleHint')}</p>
    </section>
  );
}
