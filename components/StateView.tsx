/** Why there is no card: not an article, a page Kootniti may not read, or an error with Retry. */
import type { SummaryFailure } from '../utils/protocol';
import { type MessageKey, useI18n } from './i18n';

/** The UI message for each failure. */
const REASON_KEYS: Record<SummaryFailure, MessageKey> = {
  restricted: 'popup.state.restricted',
  'not-article': 'popup.state.notArticle',
  'too-large': 'popup.state.tooLarge',
  'unsupported-language': 'popup.state.unsupportedLanguage',
  empty: 'popup.state.empty',
  'tab-closed': 'popup.state.tabClosed',
  navigated: 'popup.state.navigated',
  'no-permission': 'popup.state.noPermission',
  failed: 'popup.state.failed',
};

/** The popup's `data-state` for a failure: its own for not-article and restricted, else "error". */
export function failureState(reason: SummaryFailure): 'not-article' | 'restricted' | 'error' {
  return reason === 'not-article' || reason === 'restricted' ? reason : 'error';
}

/** Failures a second try cannot mend: no Retry is offered for them. */
const FINAL: ReadonlySet<SummaryFailure> = new Set(['restricted', 'unsupported-language', 'too-large']);

/** A language's name in the UI language ("Russian", "रूसी"), or null when unknown. */
export function languageName(code: string | undefined, uiLang: string): string | null {
  if (!code || code === 'und') return null;
  try {
    const name = new Intl.DisplayNames([uiLang], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/** Props: the failure, the background's message about it, the language found (if any), and Retry. */
export interface StateViewProps {
  reason: SummaryFailure;
  message: string;
  /** The article's language, for an unsupported one (a BCP 47 code). */
  language?: string | undefined;
  onRetry: () => void;
}

/**
 * Renders the failure in the UI language, the background's own message as detail (for errors),
 * the selection hint for not-article, and Retry for everything but restricted pages.
 */
export function StateView({ reason, message, language, onRetry }: StateViewProps) {
  const { t, lang } = useI18n();
  const kind = failureState(reason);
  const named = reason === 'unsupported-language' ? languageName(language, lang) : null;
  // Said once: the language by name in the UI's language, not again in the background's words.
  const headline = named ? t('popup.state.unsupportedNamed', { language: named }) : t(REASON_KEYS[reason] ?? 'popup.state.failed');
  return (
    <section class={`state state-${kind}`} role={kind === 'error' ? 'alert' : undefined} data-reason={reason}>
      <p class="state-headline">{headline}</p>
      {kind === 'not-article' && (
        <p class="hint" data-testid="selection-hint">
          {t('popup.state.notArticleHint')}
        </p>
      )}
      {kind === 'error' && reason !== 'unsupported-language' && message && message !== headline && <p class="detail">{message}</p>}
      {!FINAL.has(reason) && (
        <button type="button" data-testid="retry" onClick={onRetry}>
          {t('popup.retry')}
        </button>
      )}
    </section>
  );
}
