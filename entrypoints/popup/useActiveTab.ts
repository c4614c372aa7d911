/**
 * The side panel's tab: the active tab of the panel's window, followed as the reader switches tabs
 * or the tab loads another page (the panel stays open while they read).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The active tab's id in this window (undefined: still looking; null: none), and its page. */
export function useActiveTab(): { tabId: number | null | undefined; page: string | null } {
  const [tab, setTab] = useState<{ tabId: number | null | undefined; page: string | null }>({ tabId: undefined, page: null });
  useEffect(() => {
    let live = true;
    let windowId: number | undefined;
    const look = async () => {
      try {
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        windowId = active?.windowId;
        if (live) setTab({ tabId: active?.id ?? null, page: active?.url ?? null });
      } catch {
        if (live) setTab({ tabId: null, page: null });
      }
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) void look();
    };
    const onUpdated = (tabId: number, change: { url?: string }) => {
      if (change.url) setTab((t) => (t.tabId === tabId ? { tabId, page: change.url ?? null } : t));
    };
    void look();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}
