/**
 * Untrusted text stays text, in real Chromium: the 16 hostile pages of tests/support/xss-pages.ts
 * (160 payloads, 20 a page, English and Hindi, as text and as live markup under a page policy that
 * lets the page itself run and load nothing) in the real toolbar popup, the side panel with
 * show-in-page, and the options page with payloads in its fields. Every payload that ran or loaded
 * anything would ask the hostile server for its own /hit/<id>; none may, no extension page may
 * break its CSP (useSession), no dialog may open, and the card shows the article as text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ChatServer, startChatServer } from '../support/chat-server';
import { xssPayloads } from '../support/xss-payloads';
import type { XssPage } from '../support/xss-pages';
import { ActionPopup } from './support/action-popup';
import { openMore } from './support/card-actions';
import { describeE2E, useSession } from './support/browser';
import { contextMenuClick, getCached, storageLocal, tabIdOf, waitFor } from './support/extension';
import { type HostileServer, startHostileServer } from './support/hostile-server';
import { isLocalUrl } from './support/network';
import { OptionsPage } from './support/options-page';
import { AUDIT_EXTENSION_PAGE, AUDIT_TEXT_PAGE } from './support/xss-audit';

const LINES = '[data-testid="overview-line"], [data-testid="line"]';
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

describeE2E('untrusted text stays text', () => {
  const s = useSession();
  let hostile: HostileServer;
  let chat: ChatServer;
  const dialogs: string[] = [];
  /** Payload ids seen as text on a card (title or lines), for the report. */
  const shownIds = new Set<string>();
  /** Elements of the cards holding a bidi control from the page (the audit checks each is isolated). */
  let bidiTexts = 0;

  beforeAll(async () => {
    [hostile, chat] = await Promise.all([startHostileServer(), startChatServer()]);
    const watch = (page: Page) =>
      page.on('dialog', (d) => {
        dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
        d.dismiss().catch(() => undefined);
      });
    s.context.pages().forEach(watch);
    s.context.on('page', watch);
  });
  afterAll(async () => {
    await hostile?.close();
    await chat?.close();
  });

  async function openTab(page: XssPage) {
    const tab = await s.context.newPage();
    const url = hostile.pageUrl(page);
    await tab.goto(url, { waitUntil: 'load' });
    return { tab, tabId: await tabIdOf(s, url) };
  }

  /** The card on `view` shows the cached card's title and lines as text; notes the payload ids shown. */
  async function expectCardAsText(view: ActionPopup, tabId: number, page: XssPage) {
    const cached = await getCached(s, tabId);
    if (!cached?.ok) throw new Error(`${page.slug}: no card cached (${JSON.stringify(cached).slice(0, 200)})`);
    const [title] = await view.texts('h1');
    expect(title, page.slug).toBe(fold(cached.summary.title));
    const closed = '[data-testid="section-toggle"][aria-expanded="false"], [data-testid="minor-toggle"][aria-expanded="false"]';
    await view.eval(`document.querySelectorAll('${closed}').forEach((b) => b.click())`);
    await waitFor(async () => ((await view.attributes(closed, 'aria-expanded')).length === 0 ? true : undefined), 'every section open');
    const indices = await view.attributes(LINES, 'data-index');
    const texts = await view.texts(LINES);
    expect(indices.length, page.slug).toBeGreaterThan(2);
    indices.forEach((index, k) => expect(texts[k], `${page.slug} line ${index}`).toBe(fold(cached.summary.sentences[Number(index)]?.text ?? '')));
    bidiTexts += await view.eval<number>(
      `[...document.querySelectorAll('body *')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && /[\\u202a-\\u202e\\u2066-\\u2069]/.test(n.data))).length`,
    );
    const shown = [title, ...texts].join(' ');
    for (const p of page.payloads) if (shown.includes(`/hit/${p.id}`) || shown.includes(`XSS-${p.id}`) || shown.includes(`'${p.id}'`)) shownIds.add(p.id);
  }

  /**
   * The card of `page`, open in `opened`, in the real popup: a card, shown as text (`more` runs on
   * it before the audit), nothing in the popup active, no request to the payloads' server.
   */
  async function expectPopupCardInert(opened: { tab: Page; tabId: number }, page: XssPage, more?: (popup: ActionPopup) => Promise<unknown>) {
    const popup = await ActionPopup.open(s, opened.tabId);
    expect(await popup.state(), page.slug).toBe('ok');
    await expectCardAsText(popup, opened.tabId, page);
    await more?.(popup);
    expect(await popup.eval<string[]>(AUDIT_EXTENSION_PAGE), page.slug).toEqual([]);
    await popup.close();
    await opened.tab.close();
    expect(hostile.hits, page.slug).toEqual([]);
  }

  test('every hostile page in the real popup: a card of the article, shown as text, nothing run', async () => {
    expect(hostile.pages).toHaveLength(16);
    for (const page of hostile.pages) {
      // Each line's terms and names as chips too, then audit everything the card shows.
      await expectPopupCardInert(await openTab(page), page, (popup) =>
        openMore(popup).then(() => popup.eval(`document.querySelector('[data-testid="toggle-terms"][aria-checked="false"]')?.click()`)),
      );
    }
    // Payload text reached the cards as text (the title's payload at least, on most pages).
    expect(shownIds.size).toBeGreaterThanOrEqual(8);
    expect(bidiTexts).toBeGreaterThan(0);
    console.info(`[xss] payload ids shown as text on the popup cards: ${shownIds.size}; elements holding a bidi control: ${bidiTexts}`);
  });

  test('the side panel, and show-in-page on a hostile page, run nothing', async () => {
    const [text, markup] = [hostile.pages[0] as XssPage, hostile.pages[3] as XssPage];
    const first = await openTab(text);
    const popup = await ActionPopup.open(s, first.tabId);
    await openMore(popup, { asUser: true });
    await popup.clickAsUser('[data-testid="open-panel"]');
    const panel = await ActionPopup.attachPanel(s);
    expect(await panel.state()).toBe('ok');
    await expectCardAsText(panel, first.tabId, text);
    expect(await panel.eval<string[]>(AUDIT_EXTENSION_PAGE)).toEqual([]);

    // Show in page: every line the panel shows, highlighted in turn in the (policy-free) text page.
    const lines = await panel.attributes(LINES, 'data-index');
    const highlighted = () =>
      first.tab.evaluate(() =>
        [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('kootniti') ?? [])].map((r) => r.toString()).join(''),
      );
    let found = 0;
    for (const index of lines) {
      await first.tab.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
      await panel.click(`[data-index="${index}"]`);
      const text = await waitFor(async () => (await highlighted()) || undefined, `line ${index} highlighted in the page`).catch(() => '');
      if (text) found++;
    }
    // Every line was shown in the page (a sentence with a payload in it too), and nothing ran there.
    expect(found).toBe(lines.length);
    expect(await first.tab.evaluate(AUDIT_TEXT_PAGE)).toEqual([]);

    // Another tab, a markup page: the panel offers it, then shows its card.
    const second = await openTab(markup);
    await second.tab.bringToFront();
    await expect.poll(() => panel.state(), { timeout: 10_000 }).toBe('idle');
    await panel.click('[data-testid="summarise-tab"]');
    await expect.poll(() => panel.state(), { timeout: 20_000 }).toBe('ok');
    await expectCardAsText(panel, second.tabId, markup);
    expect(await panel.eval<string[]>(AUDIT_EXTENSION_PAGE)).toEqual([]);
    await panel.close();
    await second.tab.close();
    await first.tab.close();
    expect(hostile.hits).toEqual([]);
  });

  test('"Summarise selection" on a hostile page: the selection\'s payloads show as text', async () => {
    const page = hostile.pages[4] as XssPage;
    const { tab, tabId } = await openTab(page);
    // What the context menu hands the extension: the selected text, as the page shows it.
    const selection = await tab.evaluate(() => (document.querySelector('article') as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
    expect(selection).toContain(`${hostile.origin}/hit/`);
    await contextMenuClick(s, { menuItemId: 'summarize-selection', selectionText: selection }, tabId);
    expect(await getCached(s, tabId)).toMatchObject({ ok: true, source: 'selection' });
    await expectPopupCardInert({ tab, tabId }, page);
  });

  test('payloads in the options page (keywords, model name, endpoint) stay text there and on the card', async () => {
    const short = xssPayloads(hostile.origin).filter((p) => p.text.length <= 60 && !/[\n,，\r]/.test(p.text) && !/[\u0000-\u001f]/.test(p.text));
    expect(short.length).toBeGreaterThan(20);
    const options = await OptionsPage.open(s);
    const p = options.page;
    const keywords = short.slice(0, 20).map((x) => x.text.trim());
    await p.getByTestId('keywords-defence').fill(keywords.join('\n'));
    await options.saved((x) => (x.extraKeywords?.defence?.length ?? 0) === keywords.length, 'the payload keywords');

    // A refused endpoint, then a real one with a payload as the model's name, tested.
    await p.getByTestId('provider-endpoint').fill(`javascript:fetch('${hostile.origin}/hit/endpoint')`);
    await p.getByTestId('provider-model').fill('m');
    await p.getByTestId('provider-test').click();
    await p.locator('[data-testid="provider-status"][data-state="error"]').waitFor();
    const model = `<img src=x onerror="fetch('${hostile.origin}/hit/model')">"><script>window.__xss='model'</script>`;
    await p.getByTestId('provider-endpoint').fill(`${chat.url}/`);
    await p.getByTestId('provider-model').fill(model);
    await p.getByTestId('provider-test').click();
    await p.locator('[data-testid="provider-status"][data-state="ok"]').waitFor();
    expect(await p.getByTestId('provider-status').innerText()).toContain(model);
    expect(await p.evaluate(AUDIT_EXTENSION_PAGE)).toEqual([]);
    await options.close();

    // Opened again: the fields hold the payloads as their values, and the page is still clean.
    const again = await OptionsPage.open(s);
    expect((await again.page.getByTestId('keywords-defence').inputValue()).split('\n')).toEqual(keywords);
    expect(await again.page.evaluate(AUDIT_EXTENSION_PAGE)).toEqual([]);
    expect((await storageLocal(s)).settings).toMatchObject({ extraKeywords: { defence: keywords } });
    await again.close();

    // The card of a hostile page with those keywords in effect.
    const page = hostile.pages[1] as XssPage;
    await expectPopupCardInert(await openTab(page), page);
  });

  test("the model's answers, which echo the page's payloads, and its name show as text on the card", async () => {
    const model = `<svg onload="fetch('${hostile.origin}/hit/model-name')"></svg>`;
    const options = await OptionsPage.open(s);
    await options.page.getByTestId('provider-endpoint').fill(`${chat.url}/`);
    await options.page.getByTestId('provider-model').fill(model);
    await options.page.getByTestId('provider-abstractive').check();
    await options.page.getByTestId('provider-save').click();
    await options.page.locator('[data-testid="provider-status"][data-state="ok"]').waitFor();
    await options.close();

    // A Hindi page carrying its payloads as text: the fake model sends each line back in Latin
    // letters, payloads and all.
    const page = hostile.pages[2] as XssPage;
    const { tab, tabId } = await openTab(page);
    const popup = await ActionPopup.open(s, tabId);
    await waitFor(
      async () => ((await popup.attributes('[data-testid="translation-status"][data-phase="done"]', 'data-phase')).length ? true : undefined),
      'the translations',
      20_000,
    );
    const translations = await popup.texts('[data-slot="translation"][data-source="provider"]');
    expect(translations.length).toBeGreaterThan(2);
    expect(
      translations.some((t) => t.includes(`${hostile.origin}/hit/`)),
      translations.join('\n'),
    ).toBe(true);
    expect((await popup.texts('[data-testid="translation-tier"]')).join(' ')).toContain(model);
    await waitFor(
      async () => ((await popup.attributes('[data-testid="model-summary"][data-phase="done"]', 'data-phase')).length ? true : undefined),
      "the model's summary",
      20_000,
    );
    expect(await popup.eval<string[]>(AUDIT_EXTENSION_PAGE)).toEqual([]);
    await popup.close();
    await tab.close();

    const again = await OptionsPage.open(s);
    await again.page.getByTestId('provider-remove').click();
    await again.page.locator('[data-testid="provider-status"][data-state="ok"]').waitFor();
    await again.close();
    expect(hostile.hits).toEqual([]);
  });

  test('no payload asked for anything, no dialog opened, nothing left the device', () => {
    expect(hostile.hits).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(s.network.requests.filter((r) => !isLocalUrl(r.url))).toEqual([]);
    // The markup pages' own copies tried (their policy refused them, so the server saw nothing);
    // nothing else, the extension's pages, its worker or its scripts in a page, even tried.
    expect(s.network.requests.filter((r) => r.url.includes('/hit/') && !/\/xss\/xss-\d+-markup$/.test(r.initiator))).toEqual([]);
  });

  test('the check can fail: a markup page served without its policy runs its payloads, and the server sees them', async () => {
    const page = hostile.pages[1] as XssPage;
    const tab = await s.context.newPage();
    await tab.goto(hostile.liveUrl(page), { waitUntil: 'load' });
    const ids = await waitFor(async () => {
      const seen = new Set(hostile.hits.map((h) => /\/hit\/(x\d{3})/.exec(h.path)?.[1]));
      return seen.size >= 10 ? seen : undefined;
    }, 'the live page to hit the server');
    expect([...ids].every((id) => page.payloads.some((p) => p.id === id))).toBe(true);
    // And the audits see live markup where there is some.
    expect((await tab.evaluate<string[]>(AUDIT_EXTENSION_PAGE)).length).toBeGreaterThan(10);
    expect((await tab.evaluate<string[]>(AUDIT_TEXT_PAGE)).length).toBeGreaterThan(10);
    // An override in an inline span would reverse what follows it in its paragraph: the audit sees it.
    await tab.evaluate(() => {
      const p = document.createElement('p');
      const span = document.createElement('span');
      span.textContent = '\u202Ereversed';
      p.append(span, ' [7]');
      document.body.append(p);
    });
    expect((await tab.evaluate<string[]>(AUDIT_EXTENSION_PAGE)).filter((x) => x.startsWith('bidi control not isolated'))).toHaveLength(1);
    await tab.close();
  });
});
