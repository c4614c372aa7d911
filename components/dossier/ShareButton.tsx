/** "Share as image" on a saved card: the page makes the PNG (injected `onShare`); this says what became of it. */
import { useState } from 'preact/hooks';
import type { ShareOutcome } from '../../utils/dossier/share-image';
import { useI18n } from '../i18n';

type State = { kind: 'idle' | 'working' } | { kind: 'done'; outcome: ShareOutcome } | { kind: 'failed'; reason: string };

/** Props: makes and shares (or downloads) the card's image. */
export function ShareButton({ onShare }: { onShare: () => Promise<ShareOutcome> }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const said =
    state.kind === 'working'
      ? t('dossier.share.working')
      : state.kind === 'failed'
        ? t('dossier.share.failed', { reason: state.reason })
        : state.kind === 'done' && state.outcome !== 'cancelled'
          ? t(state.outcome === 'shared' ? 'dossier.share.shared' : 'dossier.share.downloaded')
          : '';
  return (
    <p class="share">
      <button
        type="button"
        data-testid="share-image"
        disabled={state.kind === 'working'}
        onClick={async () => {
          setState({ kind: 'working' });
          try {
            setState({ kind: 'done', outcome: await onShare() });
          } catch (e) {
            setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
          }
        }}
      >
        {t('dossier.share.button')}
      </button>{' '}
      <span class={state.kind === 'failed' ? 'error' : 'hint'} role="status" aria-live="polite" data-testid="share-status">
        {said}
      </span>
    </p>
  );
}
