/**
 * Makes the card for a tab: inject the extraction script (or read the selection), check what came
 * back, run the engine with the user's settings, and cache the result. One job per tab at a time;
 * a second request for the same tab waits for the first.
 */
import { browser } from 'wxt/browser';
import { articleFromText } from '@/engine/extract/text';
import { toExtractResult } from '@/engine/extract/validate';
import { summarize } from '@/engine/pipeline';
import type { SummaryFailure, SummaryState } from '@/utils/protocol';
import { restrictedReason } from '@/utils/restricted';
import { TimeoutError, withDeadline } from '@/utils/deadline';
import { getSettings } from '@/utils/settings/store';
import type { Article } from '@/engine/types';
import { setBadge } from './badge';
import { autoSaveCard } from './dossier';
import { getCached, setCached, setProgress } from './cache';

/** What to summarise: the page's article, or the user's selection. */
export interface SummarizeRequest {
  refresh?: boolean;
  /** Summarise this selected text instead of the page (context menu "Summarise selection"). */
  selection?: string;
}

const inFlight = new Map<number, Promise<SummaryState>>();
/** Most characters of a selection that are summarised. */
export const MAX_SELECTION_CHARS = 200_000;
/** How long the page script may take: some tabs (view-source, a hung page) never answer. */
export const SCRIPT_TIMEOUT_MS = 10_000;

/** Whether this worker is making a card for the tab right now. */
export function isSummarizing(tabId: number): boolean {
  return inFlight.has(tabId);
}

/** The card for a tab: the cached one when the page is unchanged, else a new one. */
export function summarizeTab(tabId: number, request: SummarizeRequest = {}): Promise<SummaryState> {
  const running = inFlight.get(tabId);
  if (running && !request.selection) return running;
  // Whatever goes wrong ends in a clear failure, and the badge never stays on "…".
  const job = run(tabId, request)
    .catch((e: unknown) => settle(tabId, fail('failed', `Something went wrong while making the card: ${e instanceof Error ? e.message : String(e)}`)))
    .finally(() => {
      if (inFlight.get(tabId) === job) inFlight.delete(tabId);
    });
  inFlight.set(tabId, job);
  return job;
}

const fail = (reason: SummaryFailure, message: string, url?: string): SummaryState => ({ ok: false, reason, message, ...(url ? { url } : {}) });

async function run(tabId: number, request: SummarizeRequest): Promise<SummaryState> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return fail('tab-closed', 'The tab was closed.');
  const url = tab.url ?? tab.pendingUrl ?? '';
  const restricted = restrictedReason(url);
  if (restricted) return finish(tabId, url, '', fail('restricted', restricted, url));

  const settings = await getSettings();
  const engine = { perSection: settings.perSection, extraKeywords: settings.extraKeywords };
  const engineKey = JSON.stringify(engine);
  if (!request.refresh && !request.selection) {
    const cached = await getCached(tabId);
    // A selection card stays until the user asks for the page; a page card until settings change.
    if (cached && cached.url === url && (cached.engineKey === engineKey || (cached.state.ok && cached.state.source === 'selection'))) {
      return cached.state;
    }
  }

  await setBadge(tabId, 'working');
  await setProgress({ tabId, stage: 'reading', at: Date.now() });
  const read = request.selection !== undefined ? selectionArticle(tab, request.selection) : await readPage(tabId, url);
  // The user may have closed or left the tab while it was being read: then whatever the read
  // gave (Chromium answers a script whose page went away with no result at all) is no card and
  // no error of the page the tab shows now. Nothing is cached (a closed tab's entry would outlive
  // its cleanup), and the badge clears (a pushState keeps the tab).
  const now = await browser.tabs.get(tabId).catch(() => null);
  if (!now) return settle(tabId, fail('tab-closed', 'The tab was closed while it was being read.'));
  const leaving = (to: string | undefined) => Boolean(url && to && to !== url);
  const moved =
    leaving(now.url) ||
    leaving(now.pendingUrl) ||
    (!read.ok && ((!read.state.ok && read.state.reason === 'navigated') || (read.noAnswer === true && now.status === 'loading')));
  if (moved) return settle(tabId, fail('navigated', 'The tab moved to another page while it was being read. Try again.', now.url ?? url), 'clear');
  if (!read.ok) return finish(tabId, url, engineKey, read.state);

  await setProgress({ tabId, stage: 'analysing', at: Date.now() });
  const t0 = performance.now();
  const result = summarize(read.article, engine);
  const engineMs = Math.round((performance.now() - t0) * 10) / 10;
  const state: SummaryState = result.ok
    ? { ok: true, summary: result.summary, url, source: request.selection !== undefined ? 'selection' : 'page', createdAt: Date.now(), engineMs }
    : { ...fail(result.reason, result.message, url), ...(result.language ? { language: result.language } : {}) };
  // Auto-save never holds the card up nor fails it (a full disk only loses the save).
  void autoSaveCard(state, settings.autoSave).catch(() => {});
  return finish(tabId, url, engineKey, state);
}

async function finish(tabId: number, url: string, engineKey: string, state: SummaryState): Promise<SummaryState> {
  await setCached(tabId, { url, engineKey, state });
  return settle(tabId, state);
}

/** Ends a job: the badge shows the outcome (or is cleared) and the popup's progress is done. */
async function settle(tabId: number, state: SummaryState, badge: 'clear' | 'failed' = state.ok ? 'clear' : 'failed'): Promise<SummaryState> {
  await setBadge(tabId, badge);
  await setProgress({ tabId, stage: 'done', at: Date.now() });
  return state;
}

/** `noAnswer`: the script gave no result at all (its document went away, or it crashed). */
type Read = { ok: true; article: Article } | { ok: false; state: SummaryState; noAnswer?: boolean };

function selectionArticle(tab: { title?: string; url?: string }, selection: string): Read {
  const text = selection.slice(0, MAX_SELECTION_CHARS);
  const body = articleFromText(`${tab.title?.trim() || 'Selection'}\n\n${text}`);
  if (!body || text.trim() === '') return { ok: false, state: fail('empty', 'The selection is empty. Select some text first.') };
  return { ok: true, article: { ...body, url: tab.url ?? null } };
}

async function readPage(tabId: number, url: string): Promise<Read> {
  let raw: unknown;
  try {
    const [frame] = await withDeadline(browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] }), SCRIPT_TIMEOUT_MS);
    raw = frame?.result;
  } catch (e) {
    return { ok: false, state: scriptingFailure(e, url) };
  }
  const result = toExtractResult(raw);
  if (!result) return { ok: false, state: fail('failed', 'The page sent back something Kootniti could not read.', url), noAnswer: raw == null };
  if (!result.ok) return { ok: false, state: fail(result.reason, result.message, url) };
  // The tab's own address, not what the page claims about itself.
  return { ok: true, article: { ...result.article, url: url || result.article.url } };
}

/** Maps the browsers' scripting errors to reasons a user understands. */
export function scriptingFailure(error: unknown, url?: string): SummaryState {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TimeoutError) {
    // A tab whose URL we cannot see and that never answers is one extensions may not script.
    return url
      ? fail(
          'failed',
          `The page did not answer in ${SCRIPT_TIMEOUT_MS / 1000} s: it is too large or too busy to read. Reload it and try again, or select the text you want and use "Summarise selection".`,
          url,
        )
      : fail('restricted', 'This page does not let extensions read it (for example view-source or a PDF).');
  }
  if (/No tab with id|Invalid tab ID/i.test(message)) return fail('tab-closed', 'The tab was closed.', url);
  if (/Frame with ID 0 was removed|frame was removed|document (?:was|has been) unloaded/i.test(message)) {
    return fail('navigated', 'The tab moved to another page while it was being read. Try again.', url);
  }
  if (
    /gallery cannot be scripted|chrome:\/\/|cannot be scripted|Cannot access contents of (?:url|the page)|Missing host permission|error page/i.test(message)
  ) {
    return /Missing host permission|Cannot access contents of the page/i.test(message)
      ? fail('no-permission', 'Kootniti may read a page only after you click its icon, menu item or shortcut on that page.', url)
      : fail('restricted', 'This page cannot be read by extensions.', url);
  }
  return fail('failed', `Could not read the page: ${message}`, url);
}
