/** The card's header: title, site and date, language badge, time saved, and the selection note. */
import type { Summary } from '../engine/summary/types';
import { otherLang } from './lib/languages';
import { SOURCE_TAG_KEYS } from './lib/translationText';
import type { LineTranslation } from './SummaryLine';
import { useI18n } from './i18n';
import { LanguageBadge } from './LanguageBadge';
import { formatDate } from './lib/formatDate';
import { TimeSaved } from './TimeSaved';

/** Props: the summary, where it came from, minutes saved, and the whole-page action. */
export interface CardHeaderProps {
  summary: Summary;
  source: 'page' | 'selection';
  minutesSaved: number;
  onSummarizePage: () => void;
  /** The title in the other language, when a translator has it. */
  titleTranslation?: LineTranslation | null;
}

/** The site's name, else the URL's host. */
function siteOf(summary: Summary): string | null {
  if (summary.siteName) return summary.siteName;
  try {
    return summary.url ? new URL(summary.url).hostname : null;
  } catch {
    return null;
  }
}

/** Renders the header; the title is the page's `h1`. */
export function CardHeader({ summary, source, minutesSaved, onSummarizePage, titleTranslation = null }: CardHeaderProps) {
  const { t, lang } = useI18n();
  const site = siteOf(summary);
  const date = formatDate(summary.publishedTime, lang);
  return (
    <header class="card-header">
      <h1 lang={summary.language}>{summary.title}</h1>
      {titleTranslation && (
        <p class="title-translation" data-slot="title-translation" data-source={titleTranslation.source}>
          <span lang={otherLang(summary.language)}>{titleTranslation.text}</span> <span class="tier-tag">{t(SOURCE_TAG_KEYS[titleTranslation.source])}</span>
        </p>
      )}
      {/* One line: source, date, the article's language and the reading time saved. */}
      <p class="meta">
        <LanguageBadge lang={summary.language} />
        {site && <span class="site">{site}</span>}
        {date && <time dateTime={summary.publishedTime ?? undefined}>{date}</time>}
        <TimeSaved minutes={minutesSaved} />
      </p>
      {source === 'selection' && (
        <p class="selection-note">
          <span>{t('popup.selectionNote')}</span>
          <button type="button" class="link-button" data-testid="summarize-page" onClick={onSummarizePage}>
            {t('popup.summarizePage')}
          </button>
        </p>
      )}
    </header>
  );
}
