/** One topic section: bilingual heading, its lines (with their terms), and its key terms row. */
import { shareLabel } from '../utils/render/labels';
import type { Section, SentenceRef } from '../utils/summary/types';
import type { Lang } from '../utils/types';
import { BilingualText } from './BilingualText';
import { useI18n } from './i18n';
import { termsInLine } from './lib/lineTerms';
import { topicColor } from './lib/topicColors';
import { SummaryLine } from './SummaryLine';
import { TermChip } from './TermChip';

/** Props: the section, the languages, whether key terms show, line statuses and the line action. */
export interface TopicSectionProps {
  section: Section;
  primary: Lang;
  articleLang: Lang;
  showKeyTerms: boolean;
  statusFor: (where: string, index: number) => string | null;
  onShow: (line: SentenceRef, where: string) => void;
}

/** Renders the section; the heading is "Defence · रक्षा" or "रक्षा · Defence", primary first. */
export function TopicSection({ section, primary, articleLang, showKeyTerms, statusFor, onShow }: TopicSectionProps) {
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
            terms={showKeyTerms ? termsInLine(line.text, section.keyTerms, articleLang) : []}
            status={statusFor(section.topic, line.index)}
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
