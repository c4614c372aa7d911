/**
 * The card's translation bar: which tier the lines come from, the on-device download button and
 * its progress, line progress, and errors with a retry. Announced politely; every state has text.
 */
import { useRef } from 'preact/hooks';
import type { TranslationView } from '../utils/translate/session';
import { useI18n } from './i18n';
import { errorMessageKey } from './lib/translationText';

/** Props: the view and the two actions. */
export interface TranslationStatusProps {
  view: TranslationView;
  onDownload: () => void;
  onRetry: () => void;
}

/** Renders the bar; nothing while the tier is still being chosen. */
export function TranslationStatus({ view, onDownload, onRetry }: TranslationStatusProps) {
  const { t } = useI18n();
  // The Download and Retry buttons go away when clicked: focus moves to the bar, not to <body>.
  const bar = useRef<HTMLElement>(null);
  const act = (action: () => void) => () => {
    action();
    bar.current?.focus();
  };
  if (view.phase === 'checking') return null;
  const sourceLabel =
    view.source === 'provider' ? t('translation.source.provider', { model: view.model ?? '' })
    : view.source === 'on-device' ? t('translation.source.onDevice')
    : t('translation.source.glossary');
  return (
    <section
      ref={bar}
      tabIndex={-1}
      class="translation-status"
      data-testid="translation-status"
      data-phase={view.phase}
      data-source={view.source}
      aria-label={t('translation.heading')}
    >
      <p class="tier-label" data-testid="translation-tier">
        {sourceLabel}
      </p>
      {view.blockedHost && <p class="hint warn">{t('translation.needsPermission', { host: view.blockedHost })}</p>}
      {/* Announced once per phase; the moving figures (percent, line count) stay out of it. */}
      <div role="status" aria-live="polite">
        {view.phase === 'glossary' && <p class="hint">{t('translation.glossaryOnly')}</p>}
        {view.phase === 'preparing' && <p>{t('translation.preparing')}</p>}
        {view.phase === 'done' && (
          <p>
            {t('translation.done', { count: view.done })}
            {view.failed > 0 && ` ${t('translation.partial', { failed: view.failed })}`}
          </p>
        )}
        {view.phase === 'error' && view.error && (
          <p class="error" data-testid="translation-error" data-code={view.error}>
            {t(errorMessageKey(view.error, view.source))} {t('translation.fallback')}
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
      {view.phase === 'needs-download' && (
        <>
          <button type="button" class="primary" data-testid="translation-download" onClick={act(onDownload)}>
            {t('translation.download')}
          </button>
          <p class="hint">{t('translation.downloadHint')}</p>
        </>
      )}
      {view.phase === 'error' && view.error !== 'unsupported' && (
        <button type="button" data-testid="translation-retry" onClick={act(onRetry)}>
          {t('translation.retry')}
        </button>
      )}
    </section>
  );
}
