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
import type { TranslationView } from '../utils/translate/session';
import type { KeyTerm } from '../utils/types';
import { CardActions } from './CardActions';
import { CardHeader } from './CardHeader';
import { EntityList } from './EntityList';
import { useI18n } from './i18n';
import { cardLines, cardView } from './lib/cardView';
import { mergeTerms, namesInLine, termsInLine } from './lib/lineTerms';
import { primaryLang } from './lib/languages';
import { minutesSaved } from './lib/readingTime';
import { ModelSummary } from './ModelSummary';
import { Overview } from './Overview';
import { ShareBar } from './ShareBar';
import type { LineExtras } from './SummaryLine';
import { TopicSection } from './TopicSection';
import { TranslationStatus } from './TranslationStatus';

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
  /** The translation of the card's lines (null: none attempted, e.g. in tests of the bare card). */
  translation?: TranslationView | null;
  /** The click on "Download … (on-device)". */
  onDownloadTranslator?: () => void;
  onRetryTranslation?: () => void;
}

/** A status under one line; `where` tells the overview's copy of a sentence from a section's. */
type LineStatus = { where: string; index: number; text: string } | null;

/** Renders the card. */
export function SummaryCard({
  summary,
  source,
  settings,
  onShowInPage,
  onRefresh,
  onOpenOptions,
  writeClipboard,
  translation = null,
  onDownloadTranslator = () => {},
  onRetryTranslation = () => {},
}: SummaryCardProps) {
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

  // Every key term of the card, for lines outside a section (the overview).
  const allTerms = useMemo(() => {
    const seen = new Map<string, KeyTerm>();
    for (const k of view.sections.flatMap((x) => x.keyTerms)) seen.set(`${k.hi}|${k.en}`, k);
    return [...seen.values()];
  }, [view]);
  const translationOf = (key: string) => {
    const text = translation?.lines[key];
    return text && translation ? { text, source: translation.source } : null;
  };
  /** The translations to copy with the card, with their source said in the UI's language. */
  const copied = () =>
    translation && Object.keys(translation.lines).length
      ? {
          lines: translation.lines,
          sourceLabel: translation.source === 'provider' ? t('translation.source.provider', { model: translation.model ?? '' }) : t('translation.source.onDevice'),
        }
      : undefined;
  const extras = (line: SentenceRef, where: string, terms: readonly KeyTerm[] = allTerms): LineExtras => {
    const names = settings.showEntities ? namesInLine(line.text, view.entities, summary.language) : [];
    return {
      terms: settings.showKeyTerms ? mergeTerms(termsInLine(line.text, terms, summary.language), line.terms ?? [], names) : [],
      names,
      translation: translationOf(String(line.index)),
      status: statusFor(where, line.index),
    };
  };

  return (
    <article class="card">
      <CardHeader summary={summary} source={source} minutesSaved={saved} onSummarizePage={onRefresh} titleTranslation={translationOf('title')} />
      {translation && <TranslationStatus view={translation} onDownload={onDownloadTranslator} onRetry={onRetryTranslation} />}
      {translation && translation.source === 'provider' && (
        <ModelSummary abstract={translation.abstract} model={translation.model ?? ''} primary={primary} sentences={summary.sentences} onShow={(l) => onShow(l, 'model')} />
      )}
      <Overview lines={view.overview} lang={summary.language} extras={extras} onShow={onShow} />
      <ShareBar sections={view.sections} primary={primary} />
      {view.sections.length === 0 && <p class="empty-note">{t('popup.noSections')}</p>}
      {view.sections.map((section) => (
        <TopicSection
          key={section.topic}
          section={section}
          primary={primary}
          articleLang={summary.language}
          showKeyTerms={settings.showKeyTerms}
          extras={extras}
          onShow={onShow}
        />
      ))}
      <EntityList entities={view.entities} primary={primary} />
      <CardActions
        markdown={() => toMarkdown(view, copied())}
        plainText={() => toPlainText(view, copied())}
        writeClipboard={writeClipboard}
        onSwap={() => setSwapped((s) => !s)}
        onOpenOptions={onOpenOptions}
      />
    </article>
  );
}
