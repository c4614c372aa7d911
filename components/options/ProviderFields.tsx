/**
 * Tier 2 set-up: the user's own OpenAI-compatible model (endpoint, model, key, and the optional
 * abstractive summary). Saved explicitly, not autosaved: saving asks the browser for that one
 * origin, which needs the click's user gesture, so `onSave` is called with no await before it.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeEndpoint, type ProviderConfig, validateProviderConfig } from '../../utils/translate/provider/config';
import { errorMessageKey } from '../lib/translationText';
import { useI18n } from '../i18n';

/** What the page does with the settings; main.tsx passes the real store and permissions. */
export interface ProviderActions {
  load: () => Promise<ProviderConfig | null>;
  /** Asks for the endpoint's origin, then stores the config; 'denied' when the browser refused. */
  save: (config: ProviderConfig) => Promise<'saved' | 'denied'>;
  /** Forgets the config and gives the origin back. */
  remove: () => Promise<void>;
  /** Asks for the origin, then sends the model a tiny request; 'denied' when the origin was refused. */
  test: (config: ProviderConfig) => Promise<{ ok: true } | { ok: false; code: string }>;
}

/** Props: the injected actions. */
export interface ProviderFieldsProps {
  actions: ProviderActions;
}

type Status = { kind: 'idle' } | { kind: 'busy'; key: 'testing' } | { kind: 'ok' | 'error'; text: string };

const EMPTY = { endpoint: '', model: '', apiKey: '', abstractive: false };

/** The fieldset: three inputs, a checkbox, Save / Test / Remove and a live status line. */
export function ProviderFields({ actions }: ProviderFieldsProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const [saved, setSaved] = useState<ProviderConfig | null>(null);
  const [showKey, setShowKey] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    actions
      .load()
      .then((config) => {
        setSaved(config);
        if (config) setDraft(config);
      })
      .catch(() => undefined);
  }, []);

  const edit = (patch: Partial<typeof EMPTY>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus({ kind: 'idle' });
  };

  /** The draft as a valid config, or null after saying what is wrong. */
  const valid = (): ProviderConfig | null => {
    const config = validateProviderConfig(draft);
    if (!config) setStatus({ kind: 'error', text: t('options.provider.invalid') });
    return config;
  };

  const onSave = () => {
    const config = valid();
    if (!config) return;
    const host = describeEndpoint(config.endpoint);
    // No await before save(): the permission request must run inside this click.
    actions
      .save(config)
      .then((result) => {
        if (result === 'denied') return setStatus({ kind: 'error', text: t('options.provider.denied', { host }) });
        setSaved(config);
        setStatus({ kind: 'ok', text: t('options.provider.saved', { host }) });
      })
      .catch(() => setStatus({ kind: 'error', text: t('options.provider.failed') }));
  };

  const onTest = () => {
    const config = valid();
    if (!config) return;
    setStatus({ kind: 'busy', key: 'testing' });
    actions
      .test(config)
      .then((r) =>
        setStatus(
          r.ok
            ? { kind: 'ok', text: t('options.provider.testOk', { model: config.model }) }
            : r.code === 'denied'
              ? { kind: 'error', text: t('options.provider.denied', { host: describeEndpoint(config.endpoint) }) }
              : { kind: 'error', text: t(errorMessageKey(r.code, 'provider')) },
        ),
      )
      .catch(() => setStatus({ kind: 'error', text: t('translation.error.failed') }));
  };

  const onRemove = () => {
    actions
      .remove()
      .then(() => {
        setSaved(null);
        setDraft(EMPTY);
        setStatus({ kind: 'ok', text: t('options.provider.removed') });
      })
      .catch(() => setStatus({ kind: 'error', text: t('options.provider.failed') }));
  };

  const keyInput = {
    id: 'provider-key',
    'data-testid': 'provider-key',
    spellcheck: false,
    autocomplete: 'off',
    value: draft.apiKey,
    onInput: (e: { currentTarget: HTMLInputElement }) => edit({ apiKey: e.currentTarget.value }),
  };
  const statusText = status.kind === 'busy' ? t('options.provider.testing') : status.kind === 'idle' ? '' : status.text;
  return (
    <fieldset class="panel" data-testid="provider">
      <legend>{t('options.provider.legend')}</legend>
      <p class="hint">{t('options.provider.intro')}</p>
      <p class="hint">{t('options.provider.privacy')}</p>
      <form class="provider-form" onSubmit={(e) => (e.preventDefault(), onSave())}>
        <div class="field">
          <label for="provider-endpoint">{t('options.provider.endpoint')}</label>
          <input
            id="provider-endpoint"
            data-testid="provider-endpoint"
            type="url"
            inputMode="url"
            spellcheck={false}
            autocomplete="off"
            placeholder="https://api.openai.com/v1"
            value={draft.endpoint}
            onInput={(e) => edit({ endpoint: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="provider-model">{t('options.provider.model')}</label>
          <input
            id="provider-model"
            data-testid="provider-model"
            type="text"
            spellcheck={false}
            autocomplete="off"
            placeholder="gpt-4o-mini · llama3.1"
            value={draft.model}
            onInput={(e) => edit({ model: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="provider-key">{t('options.provider.apiKey')}</label>
          {/* The same element either way: only its type changes, so focus and caret stay. */}
          {showKey ? <input type="text" {...keyInput} /> : <input type="password" {...keyInput} />}
          <span class="check">
            <input id="provider-show-key" type="checkbox" checked={showKey} onChange={(e) => setShowKey(e.currentTarget.checked)} />
            <label for="provider-show-key">{t('options.provider.showKey')}</label>
          </span>
        </div>
        <div class="check">
          <input
            id="provider-abstractive"
            data-testid="provider-abstractive"
            type="checkbox"
            checked={draft.abstractive}
            onChange={(e) => edit({ abstractive: e.currentTarget.checked })}
          />
          <label for="provider-abstractive">{t('options.provider.abstractive')}</label>
        </div>
        <div class="buttons">
          <button type="submit" data-testid="provider-save">
            {t('options.provider.save')}
          </button>
          <button type="button" data-testid="provider-test" onClick={onTest} disabled={status.kind === 'busy'}>
            {t('options.provider.test')}
          </button>
          {saved && (
            <button type="button" class="danger" data-testid="provider-remove" onClick={onRemove}>
              {t('options.provider.remove')}
            </button>
          )}
        </div>
      </form>
      <p class={`status status-${status.kind}`} role="status" aria-live="polite" data-testid="provider-status" data-state={status.kind}>
        {statusText}
      </p>
    </fieldset>
  );
}
