/**
 * One topic section: a heading that expands and collapses it, its best line (the rest behind the
 * heading's "more"), and the section's key terms in both languages.
 */
import { shareLabel } from '../engine/render/labels';
import type { Section, SentenceRef } from '../engine/summary/types';
import { topicById } from '../engine/topics/taxonomy';
import type { Lang } from '../engine/types';
import { BilingualText } from './BilingualText';
import { useI18n } from './i18n';
import { topicColor } from './lib/topicColors';
import { type LineExtras, SummaryLine } from './SummaryLine';
import { TermChip } from './TermChip';

/**
 * Key terms shown while a section is closed (none: at a glance a section is its heading and best
 * line, within the card's height budget); all of them when it is open.
 */
export const COLLAPSED_KEY_TERMS = 0;

/** Props: the section, the languages, whether it is open, key terms, each line's extras and actions. */
export interface TopicSectionProps {
  section: Section;
  primary: Lang;
  articleLang: Lang;
  showKeyTerms: boolean;
  expanded: boolean;
  onToggle: () => void;
  extras: (line: SentenceRef, where: string) => LineExtras;
  onShow: (line: SentenceRef, where: string) => void;
}

/** A heading's pair: the topic's full name in the leading language, its one-word name in the other. */
function headingPair(section: Section, primary: Lang): { hi: string; en: string } {
  const short = topicById(section.topic)?.short ?? section.label;
  return primary === 'hi' ? { hi: section.label.hi, en: short.en } : { en: section.label.en, hi: short.hi };
}

/** The id of a section's heading button (the topic map jumps to it). */
export const sectionHeadingId = (topic: string): string => `section-${topic}`;

/** Renders the section; the heading reads "Defence · रक्षा" or "रक्षा · Defence", primary first. */
export function TopicSection({ section, primary, articleLang, showKeyTerms, expanded, onToggle, extras, onShow }: TopicSectionProps) {
  const { t } = useI18n();
  const headingId = sectionHeadingId(section.topic);
  const listId = `${headingId}-lines`;
  const more = section.sentences.length - 1;
  const lines = expanded ? section.sentences : section.sentences.slice(0, 1);
  const expandable = more > 0 || section.keyTerms.length > COLLAPSED_KEY_TERMS;
  const keyTerms = expanded ? section.keyTerms : section.keyTerms.slice(0, COLLAPSED_KEY_TERMS);
  const title = (
    <>
      <span class="topic-name" data-testid="section-heading">
        <BilingualText pair={headingPair(section, primary)} primary={primary} />
      </span>
      <span class="pct" title={t('popup.shareOfArticle')}>
        {shareLabel(section.share)}
      </span>
      {expandable && (
        <span class="more" data-testid="section-more">
          {expanded ? t('popup.less') : more > 0 ? t('popup.more', { count: more }) : t('popup.keyTerms')}
        </span>
      )}
    </>
  );
  return (
    <section class="topic" data-testid="section" data-topic={section.topic} data-expanded={expanded} style={{ '--topic-color': topicColor(section.topic) }}>
      {/* The heading is the jump target of the topic map; its button opens and closes the section. */}
      <h2 class="topic-head" id={headingId} tabIndex={-1}>
        {expandable ? (
          <button type="button" class="topic-toggle" aria-expanded={expanded} aria-controls={listId} data-testid="section-toggle" onClick={onToggle}>
            {title}
          </button>
        ) : (
          <span class="topic-toggle">{title}</span>
        )}
      </h2>
      <ol class="lines" id={listId}>
        {lines.map((line) => (
          <SummaryLine
            key={line.index}
            line={line}
            lang={articleLang}
            primary={primary}
            {...extras(line, section.topic)}
            onShow={(l) => onShow(l, section.topic)}
          />
        ))}
      </ol>
      {showKeyTerms && keyTerms.length > 0 && (
        <ul class="chips key-terms" aria-label={t('popup.keyTerms')}>
          {keyTerms.map((k) => (
            <TermChip key={`${k.hi}|${k.en}`} term={k} />
          ))}
        </ul>
      )}
    </section>
  );
}
