/**
 * The card in the real toolbar popup (chrome.action.openPopup(), attached over CDP): its size and
 * scrolling as the reader meets them, a brief card with each sentence once, the sections' "more",
 * remembered for the session, the actions (one line, the rest under "More", by keyboard), and
 * nothing leaving the device.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ActionPopup } from './support/action-popup';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { actionRow, openMore } from './support/card-actions';
import { getCached, setStorageLocal, storageLocal, waitFor } from './support/extension';

/** Where the README's screenshots are taken (test-results/ is gitignored). */
const SHOTS = resolve(process.cwd(), 'test-results/screenshots');

/** Two popup heights: the most a card may take on the Hindi Moscow sample at default settings. */
const BUDGET_PX = 1200;

/** Every line's sentence index on the card (overview, sections, minor topics). */
const LINES = '[data-testid="overview-line"], [data-testid="line"]';

describeE2E('the card in the real toolbar popup', () => {
  const s = useSession();

  test('the Hindi Moscow sample: a popup at least 360 px wide, one scroller, within two popup heights, no line twice', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const article = await ArticlePage.open(s, 'sample-hi-moscow-meeting');
    const popup = await ActionPopup.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');

    const size = await popup.size();
    expect(size.innerWidth, JSON.stringify(size)).toBeGreaterThanOrEqual(360);
    expect(size.scrollWidth, 'nothing scrolls sideways').toBeLessThanOrEqual(size.innerWidth);
    expect(size.innerScrollers, 'only the document scrolls').toBe(0);
    expect(size.scrollHeight, 'the whole card').toBeLessThanOrEqual(BUDGET_PX);
    const row = await actionRow(popup);
    expect(row.lines, `the action row is one line: ${JSON.stringify(row)}`).toBe(1);

    const topics = await popup.attributes('[data-testid="section"]', 'data-topic');
    expect(topics).toEqual(expect.arrayContaining(['defence', 'trade', 'energy', 'investment']));
    const headings = await popup.texts('[data-testid="section-heading"]');
    expect(headings).toContain('रक्षा · Defence');

    // Each sentence once, the minor topics' lines included.
    await popup.click('[data-testid="minor-toggle"]');
    const indices = await popup.attributes(LINES, 'data-index');
    expect(indices.length).toBeGreaterThan(5);
    expect(new Set(indices).size, `lines ${indices.join(',')}`).toBe(indices.length);
    // Every line quotes a sentence of the article, as written.
    const cached = await getCached(s, article.tabId);
    if (!cached?.ok) throw new Error('no card cached for the tab');
    const texts = await popup.texts(LINES);
    indices.forEach((index, k) => expect(texts[k]).toBe(cached.summary.sentences[Number(index)]?.text.replace(/\s+/g, ' ').trim()));

    await popup.eval('window.scrollTo(0, 0)');
    await popup.screenshot(`${SHOTS}/popup-hi-light.png`);
    await popup.close();
    await article.close();
  });

  test.each(['en-wire-report', 'en-joint-statement', 'en-blog-trade', 'hi-wordpress-moscow-meeting', 'hi-joint-statement'])(
    '%s: no line repeats, and the popup is a popup (≥ 360 px, one scroller)',
    async (slug) => {
      const article = await ArticlePage.open(s, slug);
      const popup = await ActionPopup.open(s, article.tabId);
      expect(await popup.state()).toBe('ok');
      const size = await popup.size();
      expect(size.innerWidth).toBeGreaterThanOrEqual(360);
      expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
      expect(size.innerScrollers).toBe(0);
      // Open everything: every section and the minor topics.
      await popup.eval(
        `document.querySelectorAll('[data-testid="section-toggle"][aria-expanded="false"], [data-testid="minor-toggle"][aria-expanded="false"]').forEach((b) => b.click())`,
      );
      const indices = await popup.attributes(LINES, 'data-index');
      expect(indices.length).toBeGreaterThan(0);
      expect(new Set(indices).size, `lines ${indices.join(',')}`).toBe(indices.length);
      await popup.close();
      await article.close();
    },
  );

  test.each([
    ['en', 'More'],
    ['hi', 'और'],
  ] as const)('UI in %s: the action row is one line, and "%s" opens, moves and closes by keyboard', async (lang, more) => {
    const stored = await storageLocal(s);
    const settings = (stored.settings ?? {}) as Record<string, unknown>;
    await setStorageLocal(s, { settings: { ...settings, uiLanguage: lang } });
    try {
      const article = await ArticlePage.open(s, 'sample-hi-moscow-meeting');
      const popup = await ActionPopup.open(s, article.tabId);
      await popup.size(); // laid out at its final width
      const row = await actionRow(popup);
      expect(row.ids.slice(-4)).toEqual(['copy-markdown', 'save-card', 'refresh', 'more-actions']);
      expect(row.lines, JSON.stringify(row)).toBe(1);
      expect(await popup.texts('[data-testid="more-actions"]')).toEqual([more]);

      const focused = () => popup.eval<string | null>(`document.activeElement?.getAttribute('data-testid') ?? null`);
      await popup.eval(`document.querySelector('[data-testid="more-actions"]').focus()`);
      await popup.pressKey('ArrowDown');
      await expect.poll(focused).toBe('copy-text');
      expect(await popup.attributes('[data-testid="more-actions"]', 'aria-expanded')).toEqual(['true']);
      await popup.pressKey('ArrowUp');
      await expect.poll(focused).toBe('open-options');
      await popup.pressKey('Escape');
      await expect.poll(() => popup.attributes('[role="menu"]', 'role')).toEqual([]);
      expect(await focused()).toBe('more-actions');
      expect(await popup.state(), 'Escape closed the menu, not the popup').toBe('ok');

      // Enter on "Swap languages": the menu closes, the focus is back on its button, the headings swap.
      const [first] = await popup.texts('[data-testid="section-heading"]');
      await popup.pressKey('Enter');
      await expect.poll(focused).toBe('copy-text');
      await popup.pressKey('ArrowDown');
      await expect.poll(focused).toBe('share-image');
      await popup.pressKey('ArrowDown');
      if (await popup.attributes('[data-testid="toggle-terms"]', 'role').then((r) => r.length > 0)) await popup.pressKey('ArrowDown');
      await expect.poll(focused).toBe('swap-languages');
      await popup.pressKey('Enter');
      await expect.poll(async () => (await popup.texts('[data-testid="section-heading"]'))[0]).not.toBe(first);
      expect(await focused()).toBe('more-actions');

      // A click elsewhere closes it.
      expect(await openMore(popup, { asUser: true })).toContain('open-dossier');
      await popup.clickAsUser('h1');
      await waitFor(async () => ((await popup.attributes('[role="menu"]', 'role')).length === 0 ? true : undefined), 'the menu to close');
      await popup.close();
      await article.close();
    } finally {
      await setStorageLocal(s, { settings });
    }
  });

  test('a section opened in the popup stays open when the popup is opened again', async () => {
    const article = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    let popup = await ActionPopup.open(s, article.tabId);
    const toggle = '[data-testid="section"][data-topic="energy"] [data-testid="section-toggle"]';
    expect(await popup.attributes(toggle, 'aria-expanded')).toEqual(['false']);
    const closed = (await popup.attributes('[data-topic="energy"] [data-testid="line"]', 'data-index')).length;
    await popup.click(toggle);
    expect(await popup.attributes(toggle, 'aria-expanded')).toEqual(['true']);
    const open = (await popup.attributes('[data-topic="energy"] [data-testid="line"]', 'data-index')).length;
    expect(open).toBeGreaterThan(closed);
    await popup.close();

    popup = await ActionPopup.open(s, article.tabId);
    await expect.poll(() => popup.attributes(toggle, 'aria-expanded')).toEqual(['true']);
    await popup.close();
    await article.close();
  });

  test('the keyboard reaches and opens a section; Tab order starts with the actions', async () => {
    const article = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    const popup = await ActionPopup.open(s, article.tabId);
    const order = await popup.eval<(string | null)[]>(
      `[...document.querySelectorAll('button, [tabindex="0"]')].slice(0, 3).map((e) => e.getAttribute('data-testid'))`,
    );
    expect(order.join(' '), 'the first stops are the action row').toMatch(/^(translation-\w+ )?copy-markdown save-card/);
    const toggle = '[data-testid="section"][data-topic="defence"] [data-testid="section-toggle"]';
    await popup.eval(`document.querySelector('${toggle}').focus()`);
    await popup.pressKey('Enter');
    await expect.poll(() => popup.attributes(toggle, 'aria-expanded')).toEqual(['true']);
    await popup.pressKey('Enter');
    await expect.poll(() => popup.attributes(toggle, 'aria-expanded')).toEqual(['false']);
    await popup.close();
    await article.close();
  });

  test('dark: the card follows the colour scheme', async () => {
    const article = await ArticlePage.open(s, 'en-wire-report');
    const popup = await ActionPopup.open(s, article.tabId);
    await popup.emulateColorScheme('dark');
    const background = await popup.eval<string>('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(23, 25, 29)');
    await popup.screenshot(`${SHOTS}/popup-en-dark.png`);
    await popup.close();
    await article.close();
  });

  test('nothing left the device: every request went to 127.0.0.1 or the extension', () => {
    // The fixture pages' own scripts and images point at their real sites (the session aborts those);
    // anything else, from the extension's pages, its worker or its scripts in the page, is a leak.
    expect(s.network.requests.length).toBeGreaterThan(0);
    expect(s.network.leaks(s.server.served)).toEqual([]);
  });
});
