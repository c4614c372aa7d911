/** A stacked bar of each topic's share of the article, with a legend as its text alternative. */
import { shareLabel } from '../utils/render/labels';
import type { Section } from '../utils/summary/types';
import type { Lang } from '../utils/types';
import { useI18n } from './i18n';
import { topicColor } from './lib/topicColors';

/** Props: the sections shown, and the language their labels are given in. */
export interface ShareBarProps {
  sections: readonly Section[];
  primary: Lang;
}

/**
 * Renders the bar (decorative) and a legend list of label + percentage (what assistive tech
 * reads). Shares can overlap (a sentence may have two topics), so a total above 1 is scaled down.
 */
export function ShareBar({ sections, primary }: ShareBarProps) {
  const { t } = useI18n();
  if (!sections.length) return null;
  const total = sections.reduce((sum, s) => sum + Math.max(0, s.share), 0);
  const scale = total > 1 ? 1 / total : 1;
  return (
    <figure class="share-bar" data-testid="share-bar">
      <figcaption class="sr-only">{t('popup.shareBar')}</figcaption>
      <div class="bar" aria-hidden="true">
        {sections.map((s) => (
          <span key={s.topic} class="segment" data-topic={s.topic} style={{ width: `${Math.max(0, s.share) * scale * 100}%`, background: topicColor(s.topic) }} />
        ))}
      </div>
      <ul class="legend">
        {sections.map((s) => (
          <li key={s.topic} data-topic={s.topic}>
            <span class="swatch" aria-hidden="true" style={{ background: topicColor(s.topic) }} />
            <span lang={primary}>{s.label[primary]}</span> <span class="pct">{shareLabel(s.share)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
