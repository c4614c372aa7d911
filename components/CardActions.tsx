/**
 * The card's action row, right under the header, on one line: the translation offer, Copy (as
 * Markdown), Save to the dossier, Refresh, and "More", a menu with copy as text, share as image,
 * the terms on lines, swap the leading language, the dossier, the side panel and the options.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShareOutcome } from '../utils/dossier/share-image';
import { type MessageKey, useI18n } from './i18n';
import { type MenuItem, MenuButton, STROKE } from './MenuButton';

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
  /** Makes the card's PNG and shares or downloads it (absent: no menu item). */
  onShareImage?: () => Promise<ShareOutcome>;
}

/** What the status line says: a message, with the reason it failed; `error` draws it as one. */
type Status = { key: MessageKey; reason?: string; error?: true } | null;

/** An error's message. */
const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

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
  onShareImage,
}: CardActionsProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // A new status replaces the last; `brief` ones go after COPIED_MS.
  const say = (next: Status, brief?: boolean) => {
    clearTimeout(timer.current);
    setStatus(next);
    if (brief) timer.current = setTimeout(() => setStatus(null), COPIED_MS);
  };

  const copy = async (make: () => Promise<string>) => {
    say(null);
    try {
      await writeClipboard(await make());
      say({ key: 'popup.actions.copied' }, true);
    } catch {
      say({ key: 'popup.actions.copyFailed', error: true });
    }
  };

  const save = async (run: () => Promise<string | null>) => {
    say(null);
    setSaving(true);
    let reason: string | null;
    try {
      reason = await run();
    } catch (e) {
      reason = why(e);
    }
    setSaving(false);
    say(reason === null ? { key: 'popup.actions.saved' } : { key: 'popup.actions.saveFailed', reason, error: true }, reason === null);
  };

  // The image: drawing takes a moment, so the line says so; where it went stays said.
  const share = async (run: () => Promise<ShareOutcome>) => {
    if (status?.key === 'popup.actions.shareWorking') return;
    say({ key: 'popup.actions.shareWorking' });
    try {
      const outcome = await run();
      say(outcome === 'cancelled' ? null : { key: outcome === 'shared' ? 'popup.actions.shareShared' : 'popup.actions.shareSaved' });
    } catch (e) {
      say({ key: 'popup.actions.shareFailed', reason: why(e), error: true });
    }
  };

  // In the menu: what a reader needs now and then. The row keeps the translation, Copy, Save and
  // Refresh, so it stays one line at 320 px (the narrowest side panel) in both UI languages.
  const more: MenuItem[] = [
    { id: 'copy-text', label: t('popup.actions.copyText'), onSelect: () => void copy(plainText) },
    ...(onShareImage ? [{ id: 'share-image', label: t('popup.actions.shareImage'), onSelect: () => void share(onShareImage) }] : []),
    ...(onToggleTerms ? [{ id: 'toggle-terms', label: t('popup.actions.termsMenu'), onSelect: onToggleTerms, checked: showTerms === true }] : []),
    { id: 'swap-languages', label: t('popup.actions.swap'), onSelect: onSwap },
    ...(onOpenDossier ? [{ id: 'open-dossier', label: t('popup.actions.dossier'), onSelect: onOpenDossier }] : []),
    ...(onOpenPanel ? [{ id: 'open-panel', label: t('popup.actions.openPanel'), onSelect: onOpenPanel }] : []),
    { id: 'open-options', label: t('popup.actions.options'), onSelect: onOpenOptions },
  ];

  return (
    <section class="actions" aria-label={t('popup.actions.heading')}>
      <div class="buttons" data-testid="action-row">
        {translate}
        <button type="button" data-testid="copy-markdown" title={t('popup.actions.copyMarkdown')} onClick={() => void copy(markdown)}>
          {t('popup.actions.copy')}
        </button>
        <span class="spacer" />
        {onSave && (
          // An icon (a bookmark): its name is "Save", its tooltip says where the card goes.
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
              <path {...STROKE} fill={status?.key === 'popup.actions.saved' ? 'currentColor' : 'none'} d="M5.5 3h9v14l-4.5-3.5L5.5 17z" />
            </svg>
          </button>
        )}
        <button
          type="button"
          class="icon-button"
          aria-label={t('popup.actions.refresh')}
          title={t('popup.actions.refresh')}
          data-testid="refresh"
          onClick={onRefresh}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path {...STROKE} d="M16 10a6 6 0 1 1-1.8-4.3M16 3.5v3.2h-3.2" />
          </svg>
        </button>
        <MenuButton text={t('popup.actions.more')} label={t('popup.actions.moreHint')} testId="more-actions" items={more} />
      </div>
      <p class={`copy-status${status?.error ? ' error' : ''}`} aria-live="polite" data-testid="copy-status">
        {status ? t(status.key, { reason: status.reason ?? '' }) : ''}
      </p>
    </section>
  );
}
