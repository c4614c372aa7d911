/**
 * A service worker that was stopped mid-card (MV3 stops idle workers, and a crash or an update
 * stops busy ones) leaves the tab's badge on "…": the badge belongs to the browser and outlives
 * the job. A new worker has no job running, so every "…" it finds at its start is stale.
 */
import { browser } from 'wxt/browser';
import { actionApi, setBadge } from './badge';
import { isSummarizing } from './summarize-tab';

/** Clears the "…" badge of every tab this worker is not making a card for; resolves with their ids. */
export async function clearStaleBadges(): Promise<number[]> {
  const action = actionApi();
  if (!action?.getBadgeText) return [];
  const tabs = await browser.tabs.query({}).catch(() => []);
  const cleared: number[] = [];
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      const text = await action.getBadgeText({ tabId: id }).catch(() => '');
      // Checked after the await: a job that started meanwhile (the message that woke this worker) owns its badge.
      if (text !== '…' || isSummarizing(id)) return;
      cleared.push(id);
      await setBadge(id, 'clear');
    }),
  );
  return cleared;
}
