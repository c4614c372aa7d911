/**
 * The card's translation, calmly: one action in the card's action row (TranslateButton) and one
 * short status line under it (TranslationStatus) that speaks only when there is something to say:
 * a download's progress, lines coming in, what failed and what to do.
 */
import type { TranslationView } from '../utils/translate/session';
import { useI18n } from './i18n';
import { errorMessageKey, errorRemedyKey } from './lib/translationText';

/** Props of the action: the view, whether translations are shown, and the actions. */
export interface TranslateButtonProps {
  view: TranslationView;
  shown: boolean;
  onDownload: () => void;
  onRetry: () => void;
  onToggleShown: () => void;
  /** Where a reader without any translator can set one up. */
  onSetUp: () => void;
}

/** The translation offer in the action row, fitting the state; nothing while the tier is chosen. */
export function TranslateButton({ view, shown, onDownload, onRetry, onToggleShown, onSetUp }: TranslateButtonProps) {
  const { t } = useI18n();
  switch (view.phase) {
    case 'checking':
      return null;
    case 'needs-download':
      return (
        <button type="button" class="primary" data-testid="translation-download" title={t('translation.downloadHint')} onClick={onDownload}>
          {t('translation.translate')}
        </button>
      );
    case 'preparing':
    case 'translating':
      return (
        // Not `disabled`: the reader's focus stays on the button that was clicked.
        <button type="button" class="primary" data-testid="translation-busy" aria-disabled="true" aria-busy="true">
          {t('translation.translateBusy')}
        </button>
      );
    case 'done':
      return (
        <button type="button" data-testid="translation-toggle" aria-pressed={shown} onClick={onToggleShown}>
          {t('translation.translation')}
        </button>
      );
    case 'error':
      return view.error === 'unsupported' ? null : (
        <button type="button" class="primary" data-testid="translation-retry" onClick={onRetry}>
          {t('translation.retry')}
        </button>
      );
    case 'glossary':
      return (
        <button type="button" data-testid="translation-setup" title={t('translation.glossaryOnly')} onClick={onSetUp}>
          {t('translation.translate')}
        </button>
      );
  }
}

/** Props of the status line: the view. */
export interface TranslationStatusProps {
  view: TranslationView;
}

/** The tier in use, by name in the UI language. */
export function tierLabel(view: TranslationView, t: ReturnType<typeof useI18n>['t']): string {
  return view.source === 'provider'
    ? t('translation.source.provider', { model: view.model ?? '' })
    : view.source === 'on-device'
      ? t('translation.source.onDevice')
      : t('translation.source.glossary');
}

/** Renders the status line; empty (and taking no room) when all is quiet. */
export function TranslationStatus({ view }: TranslationStatusProps) {
  const { t } = useI18n();
  if (view.phase === 'checking') return null;
  const busy = view.phase === 'preparing' || view.phase === 'translating';
  const speaks = busy || view.phase === 'error' || view.phase === 'done' || view.blockedHost !== null;
  return (
    <section
      class={`translation-status${speaks ? ' speaks' : ''}`}
      data-testid="translation-status"
      data-phase={view.phase}
      data-source={view.source}
      aria-label={t('translation.heading')}
    >
      {speaks && (
        <p class="tier-label" data-testid="translation-tier">
          {tierLabel(view, t)}
        </p>
      )}
      {view.blockedHost && <p class="hint warn">{t('translation.needsPermission', { host: view.blockedHost })}</p>}
      {/* Announced once per phase; the moving figures (percent, line count) stay out of it. */}
      <div role="status" aria-live="polite">
        {view.phase === 'preparing' && <p>{t('translation.preparing')}</p>}
        {view.phase === 'done' && (
          <p>
            {t('translation.done', { count: view.done })}
            {view.failed > 0 && ` ${t('translation.partial', { failed: view.failed })}`}
          </p>
        )}
        {view.phase === 'error' && view.error && (
          <p class="error" data-testid="translation-error" data-code={view.error}>
            {t(errorMessageKey(view.error, view.source))} {t(errorRemedyKey(view.error, view.source))}
          </p>
        )}
      </div>
      {view.phase === 'preparing' && view.progress !== null && (
        <p class="progress-row">
          <progress value={view.progress} max={1} data-testid="translation-progress" aria-label={t('translation.preparing')} />
          <span>{t('translation.downloading', { percent: Math.round(view.progress * 100) })}</span>
        </p>
      )}
      {view.phase === 'translating' && <p>{t('translation.translating', { done: view.done, total: view.total })}</p>}
    </section>
  );
}
