/** The options page: loads settings, renders the form, autosaves, and offers a reset. */
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext, type I18nValue } from '../../components/i18n';
import { type ProviderActions, ProviderFields } from '../../components/options/ProviderFields';
import { RepairNotice } from '../../components/options/RepairNotice';
import { ResetControl } from '../../components/options/ResetControl';
import { type SaveState, SaveStatus } from '../../components/options/SaveStatus';
import { type SettingsChange, SettingsForm } from '../../components/options/SettingsForm';
import { sameSettings } from '../../components/options/edits';
import { DEFAULT_SETTINGS, type Settings, type UiLanguage } from '../../utils/settings/schema';
import { createAutosave } from './autosave';

/** What the page needs from outside; main.tsx passes the real store, tests pass fakes. */
export interface AppProps {
  load: () => Promise<Settings>;
  save: (s: Settings) => Promise<unknown>;
  reset: () => Promise<Settings>;
  /** Changes made elsewhere (another options tab); ignored while our own save is pending. */
  watch?: (cb: (s: Settings) => void) => () => void;
  /** The UI text for a UI-language setting; without it the surrounding I18nContext is used. */
  loadI18n?: (setting: UiLanguage) => Promise<I18nValue>;
  /** Quiet time before typed keywords are saved. */
  debounceMs?: number;
  /** The user's own model (saved apart from the settings: its key never leaves storage.local). */
  provider?: ProviderActions;
  /** Repairs the stored settings and names the fields that were broken, to tell the reader once. */
  repairs?: () => Promise<(keyof Settings)[]>;
}

/** The whole options page. */
export function App({ load, save, reset, watch, loadI18n, debounceMs = 400, provider, repairs }: AppProps) {
  const outer = useContext(I18nContext);
  const [value, setValue] = useState<Settings | null>(null);
  const [i18n, setI18n] = useState<I18nValue | null>(null);
  const [status, setStatus] = useState<SaveState>('idle');
  const [repaired, setRepaired] = useState<(keyof Settings)[]>([]);
  const saver = useMemo(() => createAutosave(save, debounceMs, setStatus), []);

  useEffect(() => {
    // Repairs first, so the form shows the repaired values.
    (repairs ? repairs().catch(() => []) : Promise.resolve([]))
      .then((fields) => {
        setRepaired(fields);
        return load();
      })
      .catch(() => structuredClone(DEFAULT_SETTINGS))
      .then(setValue);
    const flush = () => void saver.flush();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  useEffect(
    () =>
      watch?.((s) => {
        if (!saver.busy()) setValue((cur) => (sameSettings(cur, s) ? cur : s));
      }),
    [],
  );

  // The UI text follows the UI-language setting, without a reload.
  const uiLanguage = value?.uiLanguage;
  useEffect(() => {
    if (!loadI18n || !uiLanguage) return;
    let live = true;
    loadI18n(uiLanguage)
      .then((next) => live && setI18n(next))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [uiLanguage]);

  const current = i18n ?? outer;
  const { t, lang } = current;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options.title');
  }, [current]);

  const onChange: SettingsChange = (next, when = 'now') => {
    setValue(next);
    saver.change(next, when === 'debounced');
  };

  const onReset = async () => {
    await saver.flush();
    try {
      setValue(await reset());
      setStatus('reset');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <I18nContext.Provider value={current}>
      <main class="options" data-testid="options" lang={lang}>
        <header class="top">
          <h1>{t('options.title')}</h1>
          <SaveStatus state={status} />
        </header>
        <p class="intro">{t('options.intro')}</p>
        <RepairNotice fields={repaired} />
        {value ? (
          <>
            <SettingsForm value={value} onChange={onChange} />
            {provider && <ProviderFields actions={provider} />}
            <ResetControl onReset={onReset} />
          </>
        ) : (
          <p class="loading">{t('options.loading')}</p>
        )}
      </main>
    </I18nContext.Provider>
  );
}
