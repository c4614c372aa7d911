/** The save status line, announced politely to screen readers. */
import { useI18n } from '../i18n';

/** Where saving stands. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'reset' | 'failed';

/** Props: the state to show. */
export interface SaveStatusProps {
  state: SaveState;
}

/** "Saving…", "Saved", "Defaults restored. Saved" or the failure, in an aria-live region. */
export function SaveStatus({ state }: SaveStatusProps) {
  const { t } = useI18n();
  const text =
    state === 'saving' || state === 'pending'
      ? t('options.status.saving')
      : state === 'saved'
        ? t('options.status.saved')
        : state === 'reset'
          ? t('options.status.reset')
          : state === 'failed'
            ? t('options.status.failed')
            : '';
  return (
    <p class={`status status-${state}`} role="status" aria-live="polite" data-testid="status" data-state={state}>
      {text}
    </p>
  );
}
