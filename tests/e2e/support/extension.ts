/**
 * Calls into the extension's service worker. The functions passed to `worker.evaluate` run in the
 * worker, so they reach its globals through `scope()`-style casts and capture nothing from here.
 */
import type { Browser } from 'wxt/browser';
import type { SummaryState } from '../../../utils/protocol';
import type { Session } from './browser';

/** The test hook the e2e build of the background puts on the worker's global. */
export interface KootnitiTestHook {
  contextMenuClick(info: { menuItemId: 'summarize-page' | 'summarize-selection'; selectionText?: string }, tabId: number): Promise<void>;
  getCached(tabId: number): Promise<SummaryState | undefined>;
  /** The reasons runtime.onInstalled fired with in this worker ('install', 'update', …). */
  installReasons: string[];
}

/** The worker's global, as the evaluated functions see it. */
export type WorkerScope = { chrome: typeof Browser; __kootniti?: KootnitiTestHook };

/** Polls `fn` until it returns something other than undefined. */
export async function waitFor<T>(fn: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The id of the tab showing `url` (a 127.0.0.1 page: the e2e build may read those tabs' URLs). */
export function tabIdOf(s: Session, url: string): Promise<number> {
  return waitFor(
    () =>
      s.worker.evaluate(async (u) => {
        const tabs = await (globalThis as unknown as WorkerScope).chrome.tabs.query({ url: 'http://127.0.0.1/*' });
        return tabs.find((t) => t.url === u)?.id;
      }, url),
    `the tab of ${url}`,
  );
}

/** Does what a click on one of the extension's context-menu items does. */
export async function contextMenuClick(s: Session, info: Parameters<KootnitiTestHook['contextMenuClick']>[0], tabId: number): Promise<void> {
  await s.worker.evaluate(
    async ({ info, tabId }) => {
      const hook = (globalThis as unknown as WorkerScope).__kootniti;
      if (!hook) throw new Error('globalThis.__kootniti is missing: is this the e2e build?');
      await hook.contextMenuClick(info, tabId);
    },
    { info, tabId },
  );
}

/** The card the background has cached for a tab. */
export function getCached(s: Session, tabId: number): Promise<SummaryState | undefined> {
  return s.worker.evaluate(async (id) => {
    const hook = (globalThis as unknown as WorkerScope).__kootniti;
    if (!hook) throw new Error('globalThis.__kootniti is missing: is this the e2e build?');
    return (await hook.getCached(id)) ?? undefined;
  }, tabId);
}

/** Everything in the extension's `storage.local` (settings live under `settings`). */
export function storageLocal(s: Session): Promise<Record<string, unknown>> {
  return s.worker.evaluate(() => (globalThis as unknown as WorkerScope).chrome.storage.local.get(null));
}

/** Writes keys to the extension's `storage.local` (what the options page or popup would store). */
export async function setStorageLocal(s: Session, items: Record<string, unknown>): Promise<void> {
  await s.worker.evaluate((i) => (globalThis as unknown as WorkerScope).chrome.storage.local.set(i), items);
}

/** Removes keys from the extension's `storage.local`. */
export async function removeStorageLocal(s: Session, keys: string[]): Promise<void> {
  await s.worker.evaluate((k) => (globalThis as unknown as WorkerScope).chrome.storage.local.remove(k), keys);
}
