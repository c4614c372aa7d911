/** "Show in page": scroll the article to a sentence of its card and highlight it (utils/highlight-in-page.ts runs in the page). */
import { browser } from 'wxt/browser';
import { parseShowInPageResult, type ShowInPageResult } from '@/utils/protocol';
import { restrictedReason } from '@/utils/restricted';
import { withDeadline } from '@/utils/deadline';
import { highlightInPage } from '@/utils/highlight-in-page';
import { SCRIPT_TIMEOUT_MS } from './summarize-tab';

/** Asks a tab to show a sentence. */
export async function showInPage(tabId: number, text: string): Promise<ShowInPageResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, reason: 'tab-closed', message: 'The tab was closed.' };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, reason: 'restricted', message: restricted };
  try {
    const [frame] = await withDeadline(browser.scripting.executeScript({ target: { tabId }, func: highlightInPage, args: [text] }), SCRIPT_TIMEOUT_MS);
    return parseShowInPageResult(frame?.result) ?? { ok: false, reason: 'failed', message: 'The page did not answer.' };
  } catch (e) {
    return { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
