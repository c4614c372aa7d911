/** The popup: wires the browser (tabs, messages, settings, clipboard) to the PopupView. */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext } from '@/components/i18n';
import { PopupView } from '@/components/PopupView';
import { sendMessage } from '@/utils/messaging';
import type { ShowInPageResult } from '@/utils/protocol';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { useSettings } from './useSettings';
import { useSummary } from './useSummary';
import { useTranslation } from './useTranslation';
import { useTranslator } from './useTranslator';

/** The popup for a tab (undefined while it is being found, null when there is none). */
export function App({ tabId }: { tabId: number | null | undefined }) {
  const settings = useSettings();
  const { value: i18nValue, ready } = useTranslator(settings?.uiLanguage ?? null);
  const { status, reload } = useSummary(tabId);
  const shown = settings && ready && status.kind === 'done' && status.state.ok ? status.state.summary : null;
  const translation = useTranslation(shown, settings ?? DEFAULT_SETTINGS);

  useEffect(() => {
    document.documentElement.lang = i18nValue.lang;
    document.title = i18nValue.t('extName');
  }, [i18nValue]);

  const showInPage = async (text: string): Promise<ShowInPageResult> => {
    if (typeof tabId !== 'number') return { ok: false, reason: 'tab-closed', message: 'No tab.' };
    try {
      return await sendMessage('showInPage', { tabId, text });
    } catch (e) {
      return { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  };

  return (
    <I18nContext.Provider value={i18nValue}>
      <PopupView
        // The card waits for the settings and its UI text (a few ms), so nothing shows and then flips.
        status={settings && ready ? status : { kind: 'loading', stage: status.kind === 'loading' ? status.stage : null }}
        settings={settings ?? DEFAULT_SETTINGS}
        onRetry={reload}
        onShowInPage={showInPage}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        writeClipboard={(text) => navigator.clipboard.writeText(text)}
        translation={translation.view}
        onDownloadTranslator={translation.download}
        onRetryTranslation={translation.retry}
      />
    </I18nContext.Provider>
  );
}
