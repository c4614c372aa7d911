/**
 * Asks the background for the tab's card and follows its progress. Never leaves the popup blank:
 * no tab, a rejected message or a malformed answer all become a `failed` state with Retry.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import type { PopupStatus } from '@/components/PopupView';
import { sendMessage } from '@/utils/messaging';
import type { Progress, SummaryState } from '@/utils/protocol';

/** Storage key where the background publishes the latest progress. */
export const PROGRESS_KEY = 'session:progress';

/** A safety net only: the engine takes well under a second, but a hung tab must not spin forever. */
export const ANSWER_TIMEOUT_MS = 30_000;

/** Resolves with the promise's value, or rejects after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The page did not answer in time. Try again, or reload the page.')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const failed = (message: string): SummaryState => ({ ok: false, reason: 'failed', message });

/** True when an answer has the shape of a SummaryState. */
function isSummaryState(value: unknown): value is SummaryState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; summary?: unknown; reason?: unknown };
  return v.ok === true ? typeof v.summary === 'object' && v.summary !== null : v.ok === false && typeof v.reason === 'string';
}

/** The popup's status for a tab (undefined: still finding it; null: no tab), and a reload. */
export function useSummary(tabId: number | null | undefined): { status: PopupStatus; reload: () => void } {
  const [status, setStatus] = useState<PopupStatus>({ kind: 'loading', stage: null });
  const request = useRef(0);
  const startedAt = useRef(0);

  const load = useCallback(
    async (refresh: boolean) => {
      if (tabId === undefined) return;
      const id = ++request.current;
      startedAt.current = Date.now();
      setStatus({ kind: 'loading', stage: null });
      let state: SummaryState;
      if (tabId === null) state = { ok: false, reason: 'tab-closed', message: 'There is no tab to summarise.' };
      else {
        try {
          const answer: unknown = await withTimeout(sendMessage('getSummary', refresh ? { tabId, refresh } : { tabId }), ANSWER_TIMEOUT_MS);
          state = isSummaryState(answer) ? answer : failed('The extension gave no answer. Try again.');
        } catch (e) {
          state = failed(e instanceof Error ? e.message : String(e));
        }
      }
      if (id === request.current) setStatus({ kind: 'done', state });
    },
    [tabId],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  // Progress: shown only for this tab and this request (a stale entry may be left from before).
  useEffect(() => {
    if (typeof tabId !== 'number') return;
    const apply = (p: Progress | null) => {
      if (!p || p.tabId !== tabId || p.at < startedAt.current - 1000) return;
      setStatus((s) => (s.kind === 'loading' ? { kind: 'loading', stage: p.stage } : s));
    };
    let unwatch = () => {};
    try {
      void storage.getItem<Progress>(PROGRESS_KEY).then(apply, () => {});
      unwatch = storage.watch<Progress>(PROGRESS_KEY, apply);
    } catch {
      // No session storage here (e.g. an old Firefox): the loading view stays generic.
    }
    return () => unwatch();
  }, [tabId]);

  return { status, reload: useCallback(() => void load(true), [load]) };
}
