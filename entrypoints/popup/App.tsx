/**
 * The card's app, in the toolbar popup or in the side panel: wires the browser (tabs, messages,
 * settings, clipboard, the panel) to the PopupView. The popup asks for its tab's card at once; the
 * panel follows the active tab and shows its card, or offers to make one.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext } from '@/components/i18n';
import { PopupView } from '@/components/PopupView';
import { sendMessage } from '@/utils/messaging';
import type { Coverage } from '@/engine/dossier/coverage';
import type { ShowInPageResult } from '@/utils/protocol';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { openSidePanel, sidePanelAvailable } from '@/utils/side-panel';
import { useCardUi } from './useCardUi';
import { useSettings } from './useSettings';
import { useSummary } from './useSummary';
import { useTranslation } from './useTranslation';
import { useTranslator } from './useTranslator';

/** Where the card is shown. */
export type AppMode = 'popup' | 'panel';

/** The app for a tab (undefined while it is being found, null when there is none). */
export function App({ tabId, mode = 'popup' }: { tabId: number | null | undefined; mode?: AppMode }) {
  const settings = useSettings();
  const { value: i18nValue, ready } = useTranslator(settings?.uiLanguage ?? null);
  const { status, reload, summarise } = useSummary(tabId, mode === 'popup');
  const page = status.kind === 'done' && status.state.ok ? status.state.url : null;
  const cardUi = useCardUi(page);
  const shown = settings && ready && status.kind === 'done' && status.state.ok ? status.state.summary : null;
  const translation = useTranslation(shown, settings ?? DEFAULT_SETTINGS);
  // Earlier coverage: asked of the background once the card is there (the dossier's counts, no scan).
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  useEffect(() => {
    setCoverage(null);
    if (page === null || typeof tabId !== 'number') return;
    let live = true;
    sendMessage('getCoverage', { tabId })
      .then((r) => live && setCoverage(r?.ok ? r : null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [page, tabId]);

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
  // Save: the background saves the card it cached for the tab (the translations travel with it).
  const save = async (translations?: { lines: Record<string, string>; source: string }): Promise<string | null> => {
    if (typeof tabId !== 'number') return 'No tab.';
    const result = await sendMessage('saveCard', { tabId, ...(translations ? { translations } : {}) });
    return result.ok ? null : result.message;
  };
  const openDossier = () => void browser.tabs.create({ url: browser.runtime.getURL('/dossier.html') });
  // The popup's "Open in the side panel": the panel takes over, and the popup closes.
  const openPanel =
    mode === 'popup' && typeof tabId === 'number' && sidePanelAvailable(browser)
      ? () => void openSidePanel(browser, tabId).then((opened) => opened && window.close())
      : undefined;
  // The card waits for the settings, its UI text and the reader's choices (a few ms), so nothing
  // shows and then flips.
  const waiting = !settings || !ready || (page !== null && cardUi.ui === null);

  return (
    <I18nContext.Provider value={i18nValue}>
      <PopupView
        status={waiting ? { kind: 'loading', stage: status.kind === 'loading' ? status.stage : null } : status}
        settings={settings ?? DEFAULT_SETTINGS}
        onRetry={reload}
        onSummarise={summarise}
        onShowInPage={showInPage}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onOpenPanel={openPanel}
        writeClipboard={(text) => navigator.clipboard.writeText(text)}
        translation={translation.view}
        onDownloadTranslator={translation.download}
        onRetryTranslation={translation.retry}
        {...(cardUi.ui ? { cardUi: cardUi.ui } : {})}
        onCardUiChange={cardUi.save}
        onSave={save}
        onOpenDossier={openDossier}
        coverage={coverage}
      />
    </I18nContext.Provider>
  );
}
