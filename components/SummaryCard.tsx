/**
 * The summary card, brief and at a glance: header, the action row, the overview, the topic map,
 * then one section per topic (its best line; the rest on demand), and the names. Each sentence
 * appears once. Props in, markup out: every browser call is injected.
 */
import { CoverageLine } from './CoverageLine';
import type { Coverage } from '../engine/dossier/coverage';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CardUi, DEFAULT_CARD_UI } from '../utils/card-ui';
import type { ShowInPageResult } from '../utils/protocol';
import type { Settings } from '../utils/settings/schema';
import type { SentenceRef, Summary } from '../engine/summary/types';
import { TOPICS } from '../engine/topics/taxonomy';
import type { TranslationView } from '../utils/translate/session';
import type { TopicId } from '../engine/types';
import { CardActions } from './CardActions';
import { CardHeader } from './CardHeader';
import { EntityList } from './EntityList';
import { useI18n } from './i18n';
import { cardLines, cardView } from './lib/cardView';
import { primaryLang } from './lib/languages';
import { minutesSaved } from './lib/readingTime';
import { MINOR_TOGGLE_ID, MinorTopics } from './MinorTopics';
import type { ModelSummary as ModelSummaryView } from './ModelSummary';
import { Overview } from './Overview';
import type { LineExtras, LineTag } from './SummaryLine';
import { TopicMap } from './TopicMap';
import { sectionHeadingId, TopicSection } from './TopicSection';
import { TranslateButton, TranslationStatus } from './TranslationStatus';

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
  /** Opens the card in the side panel (absent in the panel itself). */
  onOpenPanel?: () => void;
  writeClipboard: (text: string) => Promise<void>;
  /** The translation of the card's lines (null: none attempted, e.g. in tests of the bare card). */
  translation?: TranslationView | null;
  /** The click on the translation offer when the on-device pack must be downloaded. */
  onDownloadTranslator?: () => void;
  onRetryTranslation?: () => void;
  /** The reader's choices on this card, and where a change goes (to be remembered). */
  ui?: CardUi;
  onUiChange?: (ui: CardUi) => void;
  /** Saves the card to the dossier with the reader's translations: null when saved, else why not. */
  onSave?: (translations?: { lines: Record<string, string>; source: string }) => Promise<string | null>;
  /** Opens the dossier page. */
  onOpenDossier?: () => void;
  /** Earlier coverage of this card's thread and topic among the saved cards (absent: none). */
  coverage?: Coverage | null;
}

/** A status under one line; `where` tells a section's line from the overview's. */
type LineStatus = { where: string; index: number; text: string } | null;

/** The one-word names of topics, for tags on lines. */
const SHORT = new Map(TOPICS.map((t) => [t.id, t.short]));

/** Renders the card. */
export function SummaryCard({
  summary,
  source,
  settings,
  onShowInPage,
  onRefresh,
  onOpenOptions,
  onOpenPanel,
  writeClipboard,
  translation = null,
  onDownloadTranslator = () => {},
  onRetryTranslation = () => {},
  ui: initialUi = DEFAULT_CARD_UI,
  onUiChange = () => {},
  onSave,
  onOpenDossier,
  coverage,
}: SummaryCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [swapped, setSwapped] = useState(false);
  const [ui, setUiState] = useState<CardUi>(initialUi);
  const [lineStatus, setLineStatus] = useState<LineStatus>(null);
  const view = useMemo(() => cardView(summary, settings), [summary, settings]);
  const saved = useMemo(() => minutesSaved(summary.sentences, cardLines(view)), [summary, view]);
  const primary = primaryLang(settings.primaryLanguage, summary.language, swapped);
  // Each change is made on the latest choices (two quick clicks must not undo each other).
  const latest = useRef(ui);
  const updateUi = (change: (prev: CardUi) => Partial<CardUi>) => {
    const next = { ...latest.current, ...change(latest.current) };
    latest.current = next;
    setUiState(next);
    onUiChange(next);
  };
  const statusFor = (where: string, index: number) => (lineStatus?.where === where && lineStatus.index === index ? lineStatus.text : null);

  const show = async (line: SentenceRef, where: string) => {
    setLineStatus(null);
    let result: ShowInPageResult;
    try {
      result = await onShowInPage(line.text);
    } catch (e) {
      result = { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
    if (!result.ok)
      setLineStatus({ where, index: line.index, text: t(result.reason === 'not-found' ? 'popup.showInPage.notFound' : 'popup.showInPage.failed') });
  };
  const onShow = (line: SentenceRef, where: string) => void show(line, where);

  const main = useMemo(() => view.sections.filter((s) => !s.minor), [view]);
  const minor = useMemo(() => view.sections.filter((s) => s.minor), [view]);
  const minorOpen = minor.length > 0 && minor.every((s) => ui.expanded.includes(s.topic));
  const translated = translation && ui.translations ? translation.lines : null;
  // The model's summary shows only with a model set up: its code loads then, not with every popup.
  const provider = translation?.source === 'provider';
  const [ModelSummary, setModelSummary] = useState<typeof ModelSummaryView | null>(null);
  useEffect(() => {
    if (provider) void import('./ModelSummary').then((m) => setModelSummary(() => m.ModelSummary));
  }, [provider]);
  const translationOf = (key: string) => {
    const text = translated?.[key];
    return text && translation ? { text, source: translation.source } : null;
  };
  /** The translations to copy with the card, with their source said in the UI's language. */
  const copied = () =>
    translation && Object.keys(translation.lines).length
      ? {
          lines: translation.lines,
          sourceLabel:
            translation.source === 'provider' ? t('translation.source.provider', { model: translation.model ?? '' }) : t('translation.source.onDevice'),
        }
      : undefined;
  /**
   * A line's tags (its topics other than the section it sits in), on demand the terms and names the
   * engine found in it (its `cardTerms` and `names`: the card matches nothing itself), translation.
   */
  const extras = (line: SentenceRef, where: string): LineExtras => {
    const topics = summary.sentences[line.index]?.topics ?? [];
    const tags: LineTag[] = topics
      .filter((id) => id !== where && !settings.hiddenTopics.includes(id))
      .map((id) => ({ topic: id, label: SHORT.get(id) ?? { en: id, hi: id } }));
    return {
      tags,
      terms: ui.terms && settings.showKeyTerms ? (line.cardTerms ?? []) : [],
      names: ui.terms && settings.showEntities ? (line.names ?? []) : [],
      translation: translationOf(String(line.index)),
      status: statusFor(where, line.index),
    };
  };
  const toggle = (topic: TopicId) =>
    updateUi((prev) => ({ expanded: prev.expanded.includes(topic) ? prev.expanded.filter((x) => x !== topic) : [...prev.expanded, topic] }));
  const toggleMinor = () => {
    const ids = new Set(minor.map((s) => s.topic));
    updateUi((prev) => {
      const open = [...ids].every((id) => prev.expanded.includes(id));
      const rest = prev.expanded.filter((x) => !ids.has(x));
      return { expanded: open ? rest : [...rest, ...ids] };
    });
  };
  const jump = (topic: TopicId) => {
    const target = document.getElementById(minor.some((s) => s.topic === topic) ? MINOR_TOGGLE_ID : sectionHeadingId(topic));
    target?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    // The heading takes focus, so the keyboard continues from the section.
    target?.focus({ preventScroll: true });
  };

  return (
    <article class="card">
      <CardHeader summary={summary} source={source} minutesSaved={saved} onSummarizePage={onRefresh} titleTranslation={translationOf('title')} />
      <CardActions
        // The renderers load on the first copy (a chunk of their own), not with every popup.
        markdown={() => import('../engine/render/markdown').then((m) => m.toMarkdown(view, copied(), primary))}
        plainText={() => import('../engine/render/plain').then((m) => m.toPlainText(view, copied()))}
        writeClipboard={writeClipboard}
        onSwap={() => setSwapped((s) => !s)}
        onOpenOptions={onOpenOptions}
        onRefresh={onRefresh}
        onOpenPanel={onOpenPanel}
        onSave={
          onSave &&
          (() => {
            const c = copied();
            return onSave(c ? { lines: { ...c.lines }, source: c.sourceLabel } : undefined);
          })
        }
        onOpenDossier={onOpenDossier}
        // The drawing code loads on the first share (a chunk of its own); the lines the reader sees translated go with it.
        onShareImage={() => import('../utils/share-summary').then((m) => m.shareSummaryImage(summary, translated ?? undefined, i18n))}
        showTerms={ui.terms}
        onToggleTerms={settings.showKeyTerms || settings.showEntities ? () => updateUi((prev) => ({ terms: !prev.terms })) : undefined}
        translate={
          translation && (
            <TranslateButton
              view={translation}
              shown={ui.translations}
              onDownload={onDownloadTranslator}
              onRetry={onRetryTranslation}
              onToggleShown={() => updateUi((prev) => ({ translations: !prev.translations }))}
              onSetUp={onOpenOptions}
            />
          )
        }
      />
      <CoverageLine coverage={coverage} />
      {translation && <TranslationStatus view={translation} />}
      {translation && provider && ModelSummary && (
        <ModelSummary
          abstract={translation.abstract}
          model={translation.model ?? ''}
          primary={primary}
          sentences={summary.sentences}
          onShow={(l) => onShow(l, 'model')}
        />
      )}
      <Overview lines={view.overview} lang={summary.language} primary={primary} extras={extras} onShow={onShow} />
      <TopicMap sections={view.sections} primary={primary} onJump={jump} />
      {view.sections.length === 0 && <p class="empty-note">{t('popup.noSections')}</p>}
      {main.map((section) => (
        <TopicSection
          key={section.topic}
          section={section}
          primary={primary}
          articleLang={summary.language}
          showKeyTerms={settings.showKeyTerms}
          expanded={ui.expanded.includes(section.topic)}
          onToggle={() => toggle(section.topic)}
          extras={extras}
          onShow={onShow}
        />
      ))}
      <MinorTopics
        sections={minor}
        primary={primary}
        articleLang={summary.language}
        expanded={minorOpen}
        onToggle={toggleMinor}
        extras={extras}
        onShow={onShow}
      />
      <EntityList entities={view.entities} primary={primary} />
    </article>
  );
}
