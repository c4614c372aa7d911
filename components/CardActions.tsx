/**
 * The card's action row, right under the header: the translation offer, copy (Markdown or text),
 * save to the dossier, the terms on lines, swap the leading language, refresh, the dossier, the
 * side panel and the options.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** How long "Copied" stays, in ms. */
export const COPIED_MS = 2500;

/** Props: the texts to copy (made on click, possibly loading their renderer first), the clipboard writer, and the other actions. */
export interface CardActionsProps {
  markdown: () => Promise<string>;
  plainText: () => Promise<string>;
  writeClipboard: (text: string) => Promise<void>;
  onSwap: () => void;
  onOpenOptions: () => void;
  /** Reads the page again and makes a new card. */
  onRefresh: () => void;
  /** Opens the card in the side panel (absent where there is none, e.g. in the panel itself). */
  onOpenPanel?: () => void;
  /** Whether each line shows its terms and names; absent: no toggle. */
  showTerms?: boolean;
  onToggleTerms?: () => void;
  /** The translation offer (a button fitting the translation's state), first in the row. */
  translate?: ComponentChildren;
  /** Saves the card to the dossier: resolves with null when saved, else why not (absent: no Save). */
  onSave?: () => Promise<string | null>;
  /** Opens the dossier page (absent: no button). */
  onOpenDossier?: () => void;
}

/** A small square button with an icon, its name for assistive tech and as a tooltip. */
function IconButton({ label, testId, onClick, children }: { label: string; testId: string; onClick: () => void; children: ComponentChildren }) {
  return (
    <button type="button" class="icon-button" aria-label={label} title={label} data-testid={testId} onClick={onClick}>
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        {children}
      </svg>
    </button>
  );
}

const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** Renders the row and a polite live region that confirms a copy or says why it failed. */
export function CardActions({
  markdown,
  plainText,
  writeClipboard,
  onSwap,
  onOpenOptions,
  onRefresh,
  onOpenPanel,
  showTerms,
  onToggleTerms,
  translate,
  onSave,
  onOpenDossier,
}: CardActionsProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'copied' | 'failed' | 'saved' | { saveFailed: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async (make: () => Promise<string>) => {
    clearTimeout(timer.current);
    setStatus(null);
    try {
      await writeClipboard(await make());
      setStatus('copied');
      timer.current = setTimeout(() => setStatus(null), COPIED_MS);
    } catch {
      setStatus('failed');
    }
  };

  const save = async (run: () => Promise<string | null>) => {
    clearTimeout(timer.current);
    setStatus(null);
    setSaving(true);
    let why: string | null;
    try {
      why = await run();
    } catch (e) {
      why = e instanceof Error ? e.message : String(e);
    }
    setSaving(false);
    setStatus(why === null ? 'saved' : { saveFailed: why });
    if (why === null) timer.current = setTimeout(() => setStatus(null), COPIED_MS);
  };
  const message =
    status === 'copied'
      ? t('popup.actions.copied')
      : status === 'failed'
        ? t('popup.actions.copyFailed')
        : status === 'saved'
          ? t('popup.actions.saved')
          : status
            ? t('popup.actions.saveFailed', { reason: status.saveFailed })
            : '';

  return (
    <section class="actions" aria-label={t('popup.actions.heading')}>
      <div class="buttons">
        {translate}
        <button type="button" data-testid="copy-markdown" title={t('popup.actions.copyMarkdown')} onClick={() => void copy(markdown)}>
          {t('popup.actions.copy')}
        </button>
        <button type="button" data-testid="copy-text" title={t('popup.actions.copyText')} onClick={() => void copy(plainText)}>
          {t('popup.actions.copyTextShort')}
        </button>
        {onToggleTerms && (
          <button type="button" data-testid="toggle-terms" aria-pressed={showTerms === true} title={t('popup.actions.termsHint')} onClick={onToggleTerms}>
            {t('popup.actions.terms')}
          </button>
        )}
        <span class="spacer" />
        {onSave && (
          // An icon (a bookmark), so the row stays one line in both UI languages; its name is "Save".
          <button
            type="button"
            class="icon-button"
            data-testid="save-card"
            aria-label={t('popup.actions.save')}
            title={t('popup.actions.saveHint')}
            disabled={saving}
            onClick={() => void save(onSave)}
          >
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
              <path {...stroke} fill={status === 'saved' ? 'currentColor' : 'none'} d="M5.5 3h9v14l-4.5-3.5L5.5 17z" />
            </svg>
          </button>
        )}
        <IconButton label={t('popup.actions.swap')} testId="swap-languages" onClick={onSwap}>
          <path {...stroke} d="M4 7h11l-3-3M16 13H5l3 3" />
        </IconButton>
        <IconButton label={t('popup.actions.refresh')} testId="refresh" onClick={onRefresh}>
          <path {...stroke} d="M16 10a6 6 0 1 1-1.8-4.3M16 3.5v3.2h-3.2" />
        </IconButton>
        {onOpenDossier && (
          <IconButton label={t('popup.actions.dossier')} testId="open-dossier" onClick={onOpenDossier}>
            <path {...stroke} d="M3 5.5h5l1.5 2H17v8.5H3z" />
            <path {...stroke} d="M6 11h8M6 13.5h5" />
          </IconButton>
        )}
        {onOpenPanel && (
          <IconButton label={t('popup.actions.openPanel')} testId="open-panel" onClick={onOpenPanel}>
            <rect {...stroke} x="3" y="4" width="14" height="12" rx="2" />
            <path {...stroke} d="M12 4v12" />
          </IconButton>
        )}
        <IconButton label={t('popup.actions.options')} testId="open-options" onClick={onOpenOptions}>
          <circle {...stroke} cx="10" cy="10" r="2.6" />
          <path {...stroke} d="M10 2.5v2.2M10 15.3v2.2M2.5 10h2.2M15.3 10h2.2M4.7 4.7l1.6 1.6M13.7 13.7l1.6 1.6M4.7 15.3l1.6-1.6M13.7 6.3l1.6-1.6" />
        </IconButton>
      </div>
      <p class={`copy-status${status === 'failed' || (status && typeof status === 'object') ? ' error' : ''}`} aria-live="polite" data-testid="copy-status">
        {message}
      </p>
    </section>
  );
}
