/**
 * The summary card: header, overview, topic-share bar, one section per topic (in the user's order,
 * hidden ones skipped), names, and actions. Props in, markup out: every browser call is injected.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ShowInPageResult } from '../utils/protocol';
import { toMarkdown } from '../utils/render/markdown';
import { toPlainText } from '../utils/render/plain';
import type { Settings } from '../utils/settings/schema';
import type { SentenceRef, Summary } from '../utils/summary/types';
import { CardActions } from './CardActions';
import { CardHeader } from './CardHeader';
import { EntityList } from './EntityList';
import { useI18n } from './i18n';
import { cardLines, cardView } from './lib/cardView';
import { primaryLang } from './lib/languages';
import { minutesSaved } from './lib/readingTime';
import { Overview } from './Overview';
import { ShareBar } from './ShareBar';
import { TopicSection } from './TopicSection';

/** Props: the summary and its source, the settings, and the injected actions. */
export interface SummaryCardProps {
  summary: Summary;
  source: 'page' | 'selection';
  settings: Settings;
  /** Scrolls the tab to a line and highlights it. */
  onShowInPage: (text: string) => Promise<ShowInPageResult>;
  /** Summarises again, the whole page (a fresh read). */
  onRefresh: () => void;
  onOpenOptions: () => void;
  writeClipboard: (text: string) => Promise<void>;
}

/** A status under one line; `where` tells the overview's copy of a sentence from a section's. */
type LineStatus = { where: string; index: number; text: string } | null;

/** Renders the card. */
export function SummaryCard({ summary, source, settings, onShowInPage, onRefresh, onOpenOptions, writeClipboard }: SummaryCardProps) {
  const { t } = useI18n();
  const [swapped, setSwapped] = useState(false);
  const [lineStatus, setLineStatus] = useState<LineStatus>(null);
  const view = useMemo(() => cardView(summary, settings), [summary, settings]);
  const saved = useMemo(() => minutesSaved(summary.sentences, cardLines(view)), [summary, view]);
  const primary = primaryLang(settings.primaryLanguage, summary.language, swapped);
  const statusFor = (where: string, index: number) => (lineStatus?.where === where && lineStatus.index === index ? lineStatus.text : null);

  const show = async (line: SentenceRef, where: string) => {
    setLineStatus(null);
    let result: ShowInPageResult;
    try {
      result = await onShowInPage(line.text);
    } catch (e) {
      result = { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
    if (!result.ok) setLineStatus({ where, index: line.index, text: t(result.reason === 'not-found' ? 'popup.showInPage.notFound' : 'popup.showInPage.failed') });
  };
  const onShow = (line: SentenceRef, where: string) => void show(line, where);

  return (
    <article class="card">
      <CardHeader summary={summary} source={source} minutesSaved={saved} onSummarizePage={onRefresh} />
      <Overview lines={view.overview} lang={summary.language} statusFor={statusFor} onShow={onShow} />
      <ShareBar sections={view.sections} primary={primary} />
      {view.sections.length === 0 && <p class="empty-note">{t('popup.noSections')}</p>}
      {view.sections.map((section) => (
        <TopicSection
          key={section.topic}
          section={section}
          primary={primary}
          articleLang={summary.language}
          showKeyTerms={settings.showKeyTerms}
          statusFor={statusFor}
          onShow={onShow}
        />
      ))}
      <EntityList entities={view.entities} primary={primary} />
      <CardActions
        markdown={() => toMarkdown(view)}
        plainText={() => toPlainText(view)}
        writeClipboard={writeClipboard}
        onSwap={() => setSwapped((s) => !s)}
        onOpenOptions={onOpenOptions}
      />
    </article>
  );
}
