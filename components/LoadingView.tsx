/** The loading state: a spinner, then (after a short delay) the progress stage, announced politely. */
import { useEffect, useState } from 'preact/hooks';
import type { Progress } from '../utils/protocol';
import { type MessageKey, useI18n } from './i18n';

/** Wait before any text shows, so a fast (cached) card does not flash "Reading the page…". */
export const PROGRESS_DELAY_MS = 300;

const STAGE_KEYS: Record<Progress['stage'], MessageKey> = {
  reading: 'popup.stage.reading',
  analysing: 'popup.stage.analysing',
  done: 'popup.stage.done',
};

/** Renders the spinner and, once late, the stage (or a generic "Summarising…"). */
export function LoadingView({ stage }: { stage: Progress['stage'] | null }) {
  const { t } = useI18n();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setLate(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(id);
  }, []);
  return (
    <section class="loading" aria-busy="true">
      <span class="spinner" aria-hidden="true" />
      <p role="status" aria-live="polite" data-testid="progress">
        {late ? t(stage ? STAGE_KEYS[stage] : 'popup.loading') : ''}
      </p>
    </section>
  );
}
