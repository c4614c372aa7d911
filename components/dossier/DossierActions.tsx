/** Export (Markdown, JSON, CSV), import, delete all, and the storage used: buttons and one status line. */
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

/** What the status line says (the page words it; progress has its counts). */
export type ActionStatus =
  | { kind: 'idle' }
  | { kind: 'progress'; what: 'export' | 'import'; done: number; total: number }
  | { kind: 'message'; text: string; error?: boolean };

/** Props: the injected actions, the status, the card count and the storage used (bytes, null when unknown). */
export interface DossierActionsProps {
  count: number;
  usage: number | null;
  status: ActionStatus;
  busy: boolean;
  onExport: (format: 'markdown' | 'json' | 'csv') => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
}

/** Bytes as "12.3 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The actions panel. Delete all asks first, in place (no window.confirm). */
export function DossierActions({ count, usage, status, busy, onExport, onImport, onDeleteAll }: DossierActionsProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const text =
    status.kind === 'progress'
      ? t(status.what === 'export' ? 'dossier.export.progress' : 'dossier.import.progress', {
          done: status.done,
          total: status.total,
        })
      : status.kind === 'message'
        ? status.text
        : '';
  return (
    <section class="actions-panel" aria-label={t('dossier.export.heading')}>
      <div class="row">
        <span class="label">{t('dossier.export.heading')}:</span>
        <button type="button" data-testid="export-markdown" disabled={busy || !count} onClick={() => onExport('markdown')}>
          {t('dossier.export.markdown')}
        </button>
        <button type="button" data-testid="export-json" disabled={busy || !count} onClick={() => onExport('json')}>
          {t('dossier.export.json')}
        </button>
        <button type="button" data-testid="export-csv" disabled={busy || !count} onClick={() => onExport('csv')}>
          {t('dossier.export.csv')}
        </button>
      </div>
      <div class="row">
        <button type="button" data-testid="import-json" disabled={busy} onClick={() => file.current?.click()}>
          {t('dossier.import.button')}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) onImport(f);
          }}
        />
        {!asking ? (
          <button type="button" class="danger" data-testid="delete-all" disabled={busy || !count} onClick={() => setAsking(true)}>
            {t('dossier.deleteAll.button')}
          </button>
        ) : (
          // biome-ignore lint/a11y/useSemanticElements: a yes/no question in the action row, not a set of form fields.
          <span class="confirm" role="group" aria-label={t('dossier.deleteAll.question', { count })}>
            <span>{t('dossier.deleteAll.question', { count })}</span>
            <button
              type="button"
              class="danger"
              data-testid="delete-all-confirm"
              onClick={() => {
                setAsking(false);
                onDeleteAll();
              }}
            >
              {t('dossier.deleteAll.confirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('dossier.deleteAll.cancel')}
            </button>
          </span>
        )}
        {usage !== null && (
          <span class="usage" data-testid="storage-used">
            {t('dossier.storage', { size: formatBytes(usage) })}
          </span>
        )}
      </div>
      <p class={`action-status${status.kind === 'message' && status.error ? ' error' : ''}`} role="status" aria-live="polite" data-testid="dossier-status">
        {text}
      </p>
    </section>
  );
}
