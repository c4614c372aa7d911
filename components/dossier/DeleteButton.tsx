/** "Delete" on a saved card: asks in place (the question names the card), then the page deletes it (injected `onDelete`). */
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { useAskFocus } from '../lib/useAskFocus';

/** Props: the card's title (named in the question) and what deletes it. */
export function DeleteButton({ title, disabled, onDelete }: { title: string; disabled?: boolean; onDelete: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  // Focus follows the question: to "Yes, delete" when it appears, back to "Delete" when it is cancelled.
  const { opener: ask, answer: confirm } = useAskFocus(asking);
  const question = t('dossier.delete.question', { title });
  if (!asking)
    return (
      <button type="button" class="danger" ref={ask} data-testid="delete-card" disabled={disabled} aria-label={question} onClick={() => setAsking(true)}>
        {t('dossier.delete.button')}
      </button>
    );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a yes/no question on the card, not a set of form fields.
    <span class="confirm" role="group" aria-label={question} data-testid="delete-card-question">
      <span>{question}</span>{' '}
      <button
        type="button"
        class="danger"
        ref={confirm}
        data-testid="delete-card-confirm"
        onClick={() => {
          setAsking(false);
          onDelete();
        }}
      >
        {t('dossier.delete.confirm')}
      </button>{' '}
      <button type="button" data-testid="delete-card-cancel" onClick={() => setAsking(false)} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
        {t('dossier.deleteAll.cancel')}
      </button>
    </span>
  );
}
