/** The popup's root: loading, a state view, or the card, under one element the tests can find. */
import type { Coverage } from '../engine/dossier/coverage';
import { useErrorBoundary } from 'preact/hooks';
import type { Progress, ShowInPageResult, SummaryState } from '../utils/protocol';
import type { Settings } from '../utils/settings/schema';
import type { TranslationView } from '../utils/translate/session';
import { useI18n } from './i18n';
import type { CardUi } from '../utils/card-ui';
import { SummaryCard } from './SummaryCard';
import { IdleView } from './IdleView';
import { LoadingView } from './LoadingView';
import { failureState, StateView } from './StateView';

/**
 * What the view knows: still loading (with the latest stage), the background's answer, or (the
 * side panel) no card yet for this tab.
 */
export type PopupStatus = { kind: 'loading'; stage: Progress['stage'] | null } | { kind: 'done'; state: SummaryState } | { kind: 'idle' };

/** Props: the status, the settings, and the injected browser actions. */
export interface PopupViewProps {
  status: PopupStatus;
  settings: Settings;
  /** Asks for the card again, reading the page afresh. */
  onRetry: () => void;
  onShowInPage: (text: string) => Promise<ShowInPageResult>;
  onOpenOptions: () => void;
  writeClipboard: (text: string) => Promise<void>;
  /** The card's translation state and its actions (absent: no translation row). */
  translation?: TranslationView | null;
  onDownloadTranslator?: () => void;
  onRetryTranslation?: () => void;
  /** Opens the card in the side panel (the popup only). */
  onOpenPanel?: () => void;
  /** Asks for a card for the tab (the side panel's "Summarise this tab"). */
  onSummarise?: () => void;
  /** The reader's choices on cards, remembered for the session, and where changes go. */
  cardUi?: CardUi;
  onCardUiChange?: (ui: CardUi) => void;
  /** Saves the card to the dossier: null when saved, else why not. */
  onSave?: (translations?: { lines: Record<string, string>; source: string }) => Promise<string | null>;
  /** Opens the dossier page. */
  onOpenDossier?: () => void;
  /** Earlier coverage of the card among the saved cards. */
  coverage?: Coverage | null;
}

/** The root's `data-state`. */
export function popupState(status: PopupStatus): 'loading' | 'idle' | 'ok' | 'not-article' | 'restricted' | 'error' {
  if (status.kind === 'loading' || status.kind === 'idle') return status.kind;
  return status.state.ok ? 'ok' : failureState(status.state.reason);
}

/**
 * Renders the root `main` with `data-testid="popup"` and `data-state`, and what fits the state.
 * Never a blank popup: a card that fails to draw (a value no check foresaw) becomes an error with
 * what went wrong and Retry, which makes the card again.
 */
export function PopupView(props: PopupViewProps) {
  const [error, reset] = useErrorBoundary();
  const { lang } = useI18n();
  if (error) {
    const retry = () => {
      reset();
      props.onRetry();
    };
    const detail = error instanceof Error ? error.message : String(error);
    return (
      <main class="popup" lang={lang} data-testid="popup" data-state="error">
        <StateView reason="failed" message={`The card could not be drawn (${detail}).`} onRetry={retry} />
      </main>
    );
  }
  return <PopupContent {...props} />;
}

function PopupContent(props: PopupViewProps) {
  const {
    status,
    settings,
    onRetry,
    onShowInPage,
    onOpenOptions,
    writeClipboard,
    translation,
    onDownloadTranslator,
    onRetryTranslation,
    onOpenPanel,
    onSummarise,
    cardUi,
    onCardUiChange,
    onSave,
    onOpenDossier,
    coverage,
  } = props;
  const { lang } = useI18n();
  const state = status.kind === 'done' ? status.state : null;
  return (
    <main class="popup" lang={lang} data-testid="popup" data-state={popupState(status)}>
      {status.kind === 'loading' && <LoadingView stage={status.stage} />}
      {status.kind === 'idle' && <IdleView onSummarise={onSummarise ?? onRetry} />}
      {state?.ok === false && <StateView reason={state.reason} message={state.message} language={state.language} onRetry={onRetry} />}
      {state?.ok === true && (
        <SummaryCard
          summary={state.summary}
          source={state.source}
          settings={settings}
          onShowInPage={onShowInPage}
          onRefresh={onRetry}
          onOpenOptions={onOpenOptions}
          writeClipboard={writeClipboard}
          translation={translation ?? null}
          onDownloadTranslator={onDownloadTranslator}
          onRetryTranslation={onRetryTranslation}
          onOpenPanel={onOpenPanel}
          onSave={onSave}
          onOpenDossier={onOpenDossier}
          coverage={coverage ?? null}
          {...(cardUi ? { ui: cardUi } : {})}
          {...(onCardUiChange ? { onUiChange: onCardUiChange } : {})}
        />
      )}
    </main>
  );
}
