/** Why there is no card: not an article, a page Kootniti may not read, or an error with Retry. */
import type { SummaryFailure } from '../utils/protocol';
import { type MessageKey, useI18n } from './i18n';

/** The UI message for each failure. */
const REASON_KEYS: Record<SummaryFailure, MessageKey> = {
  'restricted': 'popup.state.restricted',
  'not-article': 'popup.state.notArticle',
  'too-large': 'popup.state.tooLarge',
  'unsupported-language': 'popup.state.unsupportedLanguage',
  'empty': 'popup.state.empty',
  'tab-closed': 'popup.state.tabClosed',
  'navigated': 'popup.state.navigated',
  'no-permission': 'popup.state.noPermission',
  'failed': 'popup.state.failed',
};

/** The popup's `data-state` for a failure: its own for not-article and restricted, else "error". */
export function failureState(reason: SummaryFailure): 'not-article' | 'restricted' | 'error' {
  return reason === 'not-article' || reason === 'restricted' ? reason : 'error';
}

/** Props: the failure, the background's message about it, and Retry. */
export interface StateViewProps {
  reason: SummaryFailure;
  message: string;
  onRetry: () => void;
}

/**
 * Renders the failure in the UI language, the background's own message as detail (for errors),
 * the selection hint for not-article, and Retry for everything but restricted pages.
 */
export function StateView({ reason, message, onRetry }: StateViewProps) {
  const { t } = useI18n();
  const kind = failureState(reason);
  const headline = t(REASON_KEYS[reason] ?? 'popup.state.failed');
  return (
    <section class={`state state-${kind}`} role={kind === 'error' ? 'alert' : undefined} data-reason={reason}>
      <p class="state-headline">{headline}</p>
      {kind === 'not-article' && <p class="hint" data-testid="selection-hint">{t('popup.state.notArticleHint')}</p>}
      {kind === 'error' && message && message !== headline && <p class="detail">{message}</p>}
      {kind !== 'restricted' && (
        <button type="button" data-testid="retry" onClick={onRetry}>
          {t('popup.retry')}
        </button>
      )}
    </section>
  );
}
