/** The card's actions: copy as Markdown or text, swap the language order, open the options. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** How long "Copied" stays, in ms. */
export const COPIED_MS = 2500;

/** Props: the texts to copy (made on click), the clipboard writer, and the other actions. */
export interface CardActionsProps {
  markdown: () => string;
  plainText: () => string;
  writeClipboard: (text: string) => Promise<void>;
  onSwap: () => void;
  onOpenOptions: () => void;
}

/** Renders the buttons and a polite live region that confirms a copy or says why it failed. */
export function CardActions({ markdown, plainText, writeClipboard, onSwap, onOpenOptions }: CardActionsProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async (make: () => string) => {
    clearTimeout(timer.current);
    setStatus(null);
    try {
      await writeClipboard(make());
      setStatus('copied');
      timer.current = setTimeout(() => setStatus(null), COPIED_MS);
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section class="actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading" class="sr-only">
        {t('popup.actions.heading')}
      </h2>
      <div class="buttons">
        <button type="button" data-testid="copy-markdown" onClick={() => void copy(markdown)}>
          {t('popup.actions.copyMarkdown')}
        </button>
        <button type="button" data-testid="copy-text" onClick={() => void copy(plainText)}>
          {t('popup.actions.copyText')}
        </button>
        <button type="button" data-testid="swap-languages" onClick={onSwap}>
          {t('popup.actions.swap')}
        </button>
        <button type="button" data-testid="open-options" onClick={onOpenOptions}>
          {t('popup.actions.options')}
        </button>
      </div>
      <p class={`copy-status${status === 'failed' ? ' error' : ''}`} aria-live="polite" data-testid="copy-status">
        {status === 'copied' ? t('popup.actions.copied') : status === 'failed' ? t('popup.actions.copyFailed') : ''}
      </p>
    </section>
  );
}
