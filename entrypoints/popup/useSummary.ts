/**
 * The card for a tab and its progress. The popup asks the background at once (its opening is the
 * reader's request); the side panel shows the card the background has for the tab, or offers to
 * make one. Both follow the tab's card in storage.session, so a card made by the context menu or
 * the shortcut appears without a reload. Never leaves the view blank: no tab, a rejected message,
 * a malformed answer or cached value all become a `failed` state with Retry.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupStatus } from '@/components/PopupView';
import { sendMessage } from '@/utils/messaging';
import { isSummaryState, parseCacheEntry, parseProgress, type SummaryState } from '@/utils/protocol';
import { progressItem, summaryItem } from '@/utils/storage';
import { TimeoutError, withDeadline } from '@/utils/deadline';

/** A safety net only: the engine takes well under a second, but a hung tab must not spin forever. */
export const ANSWER_TIMEOUT_MS = 30_000;

const failed = (message: string): SummaryState => ({ ok: false, reason: 'failed', message });

/** The state inside a cached card, if the stored value is one (stored data is untrusted). */
const cachedState = (entry: unknown): SummaryState | null => parseCacheEntry(entry)?.state ?? null;

/**
 * The status for a tab (undefined: still finding it; null: no tab), a reload (a fresh read) and,
 * for the panel, `summarise` (ask for the card). `auto`: ask as soon as the tab is known (popup).
 */
export function useSummary(tabId: number | null | undefined, auto = true): { status: PopupStatus; reload: () => void; summarise: () => void } {
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
          const answer: unknown = await withDeadline(sendMessage('getSummary', refresh ? { tabId, refresh } : { tabId }), ANSWER_TIMEOUT_MS);
          state = isSummaryState(answer) ? answer : failed('The extension gave no answer. Try again.');
        } catch (e) {
          state = failed(
            e instanceof TimeoutError ? 'The page did not answer in time. Try again, or reload the page.' : e instanceof Error ? e.message : String(e),
          );
        }
      }
      if (id === request.current) setStatus({ kind: 'done', state });
    },
    [tabId],
  );

  // The panel: the card the background already has for this tab, else the offer to make one.
  const peek = useCallback(async () => {
    if (typeof tabId !== 'number') return load(false);
    const id = ++request.current;
    startedAt.current = Date.now();
    const state = cachedState(
      await summaryItem(tabId)
        .getValue()
        .catch(() => null),
    );
    if (id === request.current) setStatus(state ? { kind: 'done', state } : { kind: 'idle' });
  }, [tabId, load]);

  useEffect(() => {
    void (auto ? load(false) : peek());
  }, [auto, load, peek]);

  // The tab's card as the background writes it (a card made from the menu, shortcut or a refresh).
  useEffect(() => {
    if (typeof tabId !== 'number') return;
    let unwatch = () => {};
    try {
      unwatch = summaryItem(tabId).watch((entry) => {
        const state = cachedState(entry);
        if (state) {
          request.current++;
          setStatus({ kind: 'done', state });
        } else if (!auto) setStatus((s) => (s.kind === 'done' ? { kind: 'idle' } : s));
      });
    } catch {
      // No session storage here (an old Firefox): the view updates on its own requests only.
    }
    return () => unwatch();
  }, [tabId, auto]);

  // Progress: shown only for this tab and this request (a stale entry may be left from before).
  useEffect(() => {
    if (typeof tabId !== 'number') return;
    const apply = (value: unknown) => {
      const p = parseProgress(value);
      if (!p || p.tabId !== tabId || p.at < startedAt.current - 1000) return;
      if (p.stage !== 'done') setStatus((s) => (s.kind === 'loading' || (s.kind === 'idle' && !auto) ? { kind: 'loading', stage: p.stage } : s));
    };
    let unwatch = () => {};
    try {
      void progressItem.getValue().then(apply, () => {});
      unwatch = progressItem.watch(apply);
    } catch {
      // No session storage here: the loading view stays generic.
    }
    return () => unwatch();
  }, [tabId, auto]);

  return { status, reload: useCallback(() => void load(true), [load]), summarise: useCallback(() => void load(false), [load]) };
}
