/** "Reset to defaults", with a confirm step. */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useAskFocus } from '../lib/useAskFocus';

/** Props: what to run once the user confirms. */
export interface ResetControlProps {
  onReset: () => void | Promise<void>;
}

/** A reset button that asks first; focus goes to Cancel, then back to the button. */
export function ResetControl({ onReset }: ResetControlProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const { opener: resetButton, answer: cancelButton } = useAskFocus(asking);

  return (
    <div class="reset">
      <button type="button" ref={resetButton} data-testid="reset" aria-expanded={asking} onClick={() => setAsking(true)}>
        {t('options.reset.button')}
      </button>
      {asking && (
        // biome-ignore lint/a11y/useSemanticElements: a yes/no question, not a set of form fields.
        <div class="reset-confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('options.reset.question')}</p>
          <button
            type="button"
            class="danger"
            data-testid="reset-confirm"
            onClick={async () => {
              setAsking(false);
              await onReset();
            }}
          >
            {t('options.reset.confirm')}
          </button>
          <button type="button" ref={cancelButton} data-testid="reset-cancel" onClick={() => setAsking(false)}>
            {t('options.reset.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
