/**
 * The card's life cycle in real Chromium (#11): the service worker stopped mid-card (MV3 stops
 * workers whenever it likes), a tab closed or navigated mid-card, and ten tabs at once. A held
 * page (half sent, the rest on release) keeps the extraction waiting, so "mid-card" is observed
 * (the badge on "…", the progress on "reading"), never hoped for.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { longArticlePage, newsPage } from '../support/generated-pages';
import { ActionPopup } from './support/action-popup';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { getCached, tabIdOf, waitFor } from './support/extension';
import { badgeText, liveWorker, Messenger, progress, startGeneratedServer, stopWorker, workerStopped, type GeneratedServer } from './support/life';

/** Opens `url` in a new tab without waiting for it to load (a held page never finishes). */
async function openLoading(s: ReturnType<typeof useSession>, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  return { page, tabId: await tabIdOf(s, url) };
}

/** Waits until the background is making `tabId`'s card and is reading its page. */
async function midCard(s: ReturnType<typeof useSession>, tabId: number): Promise<void> {
  await waitFor(
    async () => ((await badgeText(s, tabId)) === '…' && (await progress(s))?.tabId === tabId && (await progress(s))?.stage === 'reading' ? true : undefined),
    `tab ${tabId} mid-card`,
  );
}

const title = (state: unknown) =>
  (state as { ok?: boolean; summary?: { title?: string } })?.ok
    ? (state as { summary: { title: string } }).summary.title
    : `no card: ${JSON.stringify(state).slice(0, 200)}`;

describeE2E('life cycle', () => {
  const s = useSession();
  let gen: GeneratedServer;
  beforeAll(async () => {
    gen = await startGeneratedServer();
  });
  afterAll(async () => {
    await gen?.close();
  });

  test('the worker stopped mid-card: the badge is not stuck, the next click gives a card, other tabs keep theirs', async () => {
    // Two cards made before, in other tabs.
    const a = await ArticlePage.open(s, 'en-wire-report');
    const b = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    for (const tab of [a, b]) await (await ActionPopup.open(s, tab.tabId)).close();
    const before = [title(await getCached(s, a.tabId)), title(await getCached(s, b.tabId))];
    expect(before.join()).not.toMatch(/no card/);

    const url = gen.add('stopped-worker', newsPage('Talks resume after the worker stopped', 800, 11), { held: true });
    const held = await openLoading(s, url);
    // The toolbar's route: the real popup opens and asks for the card.
    const popup = await ActionPopup.open(s, held.tabId, { settle: false });
    await midCard(s, held.tabId);
    await stopWorker(s);
    expect(await workerStopped(s)).toBe(true);

    // The popup that was waiting does not spin: its request broke, it says so and offers Retry.
    await expect.poll(() => popup.state(), { timeout: 10_000 }).toBe('error');
    expect(await popup.texts('[data-testid="retry"]')).toHaveLength(1);

    // The page finishes loading; that event starts a new worker, which finds the stale "…".
    gen.release('stopped-worker');
    await liveWorker(s);
    await expect.poll(() => badgeText(s, held.tabId), { timeout: 10_000 }).toBe('');
    // Nothing cached was lost.
    expect([title(await getCached(s, a.tabId)), title(await getCached(s, b.tabId))]).toEqual(before);

    // Retry in the same popup, and the next click, give the card.
    await popup.click('[data-testid="retry"]');
    await expect.poll(() => popup.state(), { timeout: 20_000 }).toBe('ok');
    await popup.close();
    const again = await ActionPopup.open(s, held.tabId);
    expect(await again.state()).toBe('ok');
    expect(title(await getCached(s, held.tabId))).toBe('Talks resume after the worker stopped');
    expect(await badgeText(s, held.tabId)).toBe('');
    await again.close();
    for (const p of [a.page, b.page, held.page]) await p.close();
  });

  test('the worker stopped while the engine runs (a 100k-word article): never half a card, the badge cleared, the next click gives the card', async () => {
    const messenger = await Messenger.open(s);
    const page = await s.context.newPage();
    const url = gen.add('stopped-analysing', longArticlePage('A long report cut short', 100_000, 15));
    await page.goto(url);
    const tabId = await tabIdOf(s, url);
    await messenger.ask(tabId);
    // The engine runs in the worker's one thread: its progress is read from the extension page.
    await waitFor(async () => {
      const p = await messenger.progress();
      return p?.tabId === tabId && p.stage === 'analysing' ? true : undefined;
    }, 'the engine to start');
    await stopWorker(s);
    // Stopped mid-way: the request broke.
    expect(await messenger.answer(tabId)).toHaveProperty('thrown');
    // Any event starts a new worker (here: another tab loading), which clears the stale badge.
    const other = await ArticlePage.open(s, 'en-wire-report');
    await liveWorker(s);
    // Chromium stops a worker between tasks: the engine's one synchronous run may finish and its
    // card be stored whole, or nothing is. Never a part of a card (the cache is read through its schema).
    const stored = await getCached(s, tabId);
    console.log(`[life-cycle] worker stopped while the engine ran: ${stored ? 'the card was stored whole before it stopped' : 'no card stored'}`);
    if (stored) expect(title(stored)).toBe('A long report cut short');
    await expect.poll(() => badgeText(s, tabId), { timeout: 10_000 }).toBe('');
    const popup = await ActionPopup.open(s, tabId, { settleTimeoutMs: 30_000 });
    expect(await popup.state()).toBe('ok');
    expect(title(await getCached(s, tabId))).toBe('A long report cut short');
    await popup.close();
    await Promise.all([page.close(), other.close(), messenger.close()]);
  });

  test('a tab closed mid-card: its request ends, other tabs keep their cards and badges, the next card comes', async () => {
    const other = await ArticlePage.open(s, 'en-joint-statement');
    await (await ActionPopup.open(s, other.tabId)).close();
    const messenger = await Messenger.open(s);
    const held = await openLoading(s, gen.add('closed-tab', newsPage('A tab closed while it was read', 600, 12), { held: true }));
    await messenger.ask(held.tabId);
    await midCard(s, held.tabId);
    await held.page.close();
    expect(await messenger.answer(held.tabId)).toMatchObject({ ok: false, reason: expect.stringMatching(/tab-closed|navigated/) });
    gen.release('closed-tab');

    expect(await badgeText(s, other.tabId)).toBe('');
    expect((await getCached(s, other.tabId))?.ok).toBe(true);
    const next = await ArticlePage.open(s, 'en-blog-trade');
    await messenger.ask(next.tabId);
    expect(title(await messenger.answer(next.tabId))).toMatch(/India|trade/i);
    expect(await badgeText(s, next.tabId)).toBe('');
    await Promise.all([other.close(), next.close(), messenger.close()]);
  });

  test('a tab navigated mid-card: no "!" or "…" left on it, and its new page gets a card', async () => {
    const messenger = await Messenger.open(s);
    const held = await openLoading(s, gen.add('navigated-tab', newsPage('A page left while it was read', 600, 13), { held: true }));
    await messenger.ask(held.tabId);
    await midCard(s, held.tabId);
    const next = gen.add('navigated-next', newsPage('The page the tab went to', 600, 14));
    await held.page.goto(next);
    const answer = await messenger.answer(held.tabId);
    gen.release('navigated-tab');
    expect(answer).toMatchObject({ ok: false, reason: 'navigated' });
    await expect.poll(() => badgeText(s, held.tabId)).toBe('');
    expect(await getCached(s, held.tabId)).toBeUndefined();
    await messenger.ask(held.tabId);
    expect(title(await messenger.answer(held.tabId))).toBe('The page the tab went to');
    expect(await badgeText(s, held.tabId)).toBe('');
    await Promise.all([held.page.close(), messenger.close()]);
  });

  test('ten tabs at once: each gets its own card, every badge ends cleared', async () => {
    const messenger = await Messenger.open(s);
    const tabs: { tabId: number; title: string; page: Page; url: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const t = `Story ${i + 1} of ten: ministers meet in city ${i + 1}`;
      const url = gen.add(`ten-${i}`, newsPage(t, 400 + 150 * i, 100 + i));
      const page = await s.context.newPage();
      await page.goto(url);
      tabs.push({ tabId: await tabIdOf(s, url), title: t, page, url });
    }
    const t0 = Date.now();
    // All ten asked before any answers: the popup's message, ten times, concurrently.
    for (const tab of tabs) await messenger.ask(tab.tabId);
    const answers = await Promise.all(tabs.map((tab) => messenger.answer(tab.tabId)));
    const ms = Date.now() - t0;
    console.log(`[life-cycle] ten tabs at once: all ten cards in ${ms} ms`);
    expect(answers.map(title)).toEqual(tabs.map((t) => t.title));
    expect(answers.map((a) => (a as { url?: string }).url)).toEqual(tabs.map((t) => t.url));
    for (const tab of tabs) {
      expect(title(await getCached(s, tab.tabId))).toBe(tab.title);
      expect(await badgeText(s, tab.tabId)).toBe('');
    }
    // Each card quotes its own page: the first sentence of each is in that page alone.
    const firsts = answers.map((a) =>
      (a as { summary: { sentences: { text: string }[] } }).summary.sentences
        .map((x) => x.text)
        .join(' ')
        .slice(0, 400),
    );
    expect(new Set(firsts).size).toBe(10);
    await Promise.all([...tabs.map((t) => t.page.close()), messenger.close()]);
  });
});
