/**
 * The card's topic map: a stacked bar of each topic's share of the article, and a legend whose
 * items jump to their sections (the legend is also the bar's text alternative).
 */
import { shareLabel } from '../engine/render/labels';
import type { Section } from '../engine/summary/types';
import { topicById } from '../engine/topics/taxonomy';
import type { Lang, TopicId } from '../engine/types';
import { useI18n } from './i18n';
import { topicColor } from './lib/topicColors';

/** Props: the sections shown, the language their labels are given in, and the jump. */
export interface TopicMapProps {
  sections: readonly Section[];
  primary: Lang;
  onJump: (topic: TopicId) => void;
}

/**
 * Renders the bar (every topic; decorative) and the legend (the sections, by their one-word names);
 * shares can overlap, so a total above 1 is scaled.
 */
export function TopicMap({ sections, primary, onJump }: TopicMapProps) {
  const { t } = useI18n();
  if (!sections.length) return null;
  const total = sections.reduce((sum, s) => sum + Math.max(0, s.share), 0);
  const scale = total > 1 ? 1 / total : 1;
  return (
    <nav class="topic-map" data-testid="share-bar" aria-label={t('popup.shareBar')}>
      <div class="bar" aria-hidden="true">
        {sections.map((s) => (
          <span
            key={s.topic}
            class="segment"
            data-topic={s.topic}
            style={{ width: `${Math.max(0, s.share) * scale * 100}%`, background: topicColor(s.topic) }}
          />
        ))}
      </div>
      <ul class="legend">
        {sections
          .filter((s) => !s.minor)
          .map((s) => (
            <li key={s.topic} data-topic={s.topic}>
              <button type="button" class="legend-item" data-testid="topic-jump" data-topic={s.topic} onClick={() => onJump(s.topic)}>
                <span class="swatch" aria-hidden="true" style={{ background: topicColor(s.topic) }} />
                <span lang={primary}>{(topicById(s.topic)?.short ?? s.label)[primary]}</span> <span class="pct">{shareLabel(s.share)}</span>
              </button>
            </li>
          ))}
      </ul>
    </nav>
  );
}
