/** One topic section: bilingual heading, its lines (with their terms), and its key terms row. */
import { shareLabel } from '../utils/render/labels';
import type { Section, SentenceRef } from '../utils/summary/types';
import type { KeyTerm, Lang } from '../utils/types';
import { BilingualText } from './BilingualText';
import { useI18n } from './i18n';
import { topicColor } from './lib/topicColors';
import { type LineExtras, SummaryLine } from './SummaryLine';
import { TermChip } from './TermChip';

/** Props: the section, the languages, whether key terms show, each line's extras and the line action. */
export interface TopicSectionProps {
  section: Section;
  primary: Lang;
  articleLang: Lang;
  showKeyTerms: boolean;
  extras: (line: SentenceRef, where: string, terms: readonly KeyTerm[]) => LineExtras;
  onShow: (line: SentenceRef, where: string) => void;
}

/** Renders the section; the heading is "Defence · रक्षा" or "रक्षा · Defence", primary first. */
export function TopicSection({ section, primary, articleLang, showKeyTerms, extras, onShow }: TopicSectionProps) {
  const { t } = useI18n();
  const headingId = `section-${section.topic}`;
  return (
    <section class="topic" data-testid="section" data-topic={section.topic} aria-labelledby={headingId} style={{ '--topic-color': topicColor(section.topic) }}>
      <div class="topic-head">
        <h2 id={headingId} data-testid="section-heading">
          <BilingualText pair={section.label} primary={primary} />
        </h2>
        <span class="pct">{shareLabel(section.share)}</span>
      </div>
      <ol class="lines">
        {section.sentences.map((line) => (
          <SummaryLine
            key={line.index}
            line={line}
            lang={articleLang}
            {...extras(line, section.topic, section.keyTerms)}
            onShow={(l) => onShow(l, section.topic)}
          />
        ))}
      </ol>
      {showKeyTerms && section.keyTerms.length > 0 && (
        <div class="key-terms">
          <h3>{t('popup.keyTerms')}</h3>
          <ul class="chips">
            {section.keyTerms.map((k) => (
              <TermChip key={`${k.hi}|${k.en}`} term={k} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
