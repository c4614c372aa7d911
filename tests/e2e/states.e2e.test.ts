/** The card's states for pages it cannot summarise: non-articles and restricted pages. */
import { expect, test } from 'vitest';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { PopupPage } from './support/popup-page';

describeE2E('card states', () => {
  const s = useSession();

  // Section fronts, and (#9) a visa form whose fields Readability drops and a teaser of a caption
  // and an author bio: the page script measures them in the live page, not in jsdom.
  test.each(['en-section-front', 'hi-section-front', 'en-visa-application-form', 'hi-passport-application-form', 'en-teaser-read-more'])(
    '%s is not an article, and the card points to "Summarise selection"',
    async (slug) => {
      const article = await ArticlePage.open(s, slug);
      const popup = await PopupPage.open(s, article.tabId);
      expect(await popup.state()).toBe('not-article');
      expect(await popup.text()).toContain('Summarise selection');
      await expect(popup.section('defence').count()).resolves.toBe(0);
      await popup.close();
      await article.close();
    },
  );

  test('a 100-word news item on a page with a search box and a newsletter form is an article', async () => {
    const article = await ArticlePage.open(s, 'en-short-news-item');
    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');
    await expect(popup.lines().count()).resolves.toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });

  test.each(['chrome://version', 'chrome://newtab'])('%s is restricted', async (url) => {
    // Find the tab while it shows a page the e2e build may read, then move it to the restricted page.
    const tab = await ArticlePage.open(s, 'en-wire-report');
    // chrome://newtab redirects (to chrome://new-tab-page…), which goto reports as ERR_ABORTED.
    await tab.page.goto(url).catch((e: unknown) => {
      if (!String(e).includes('ERR_ABORTED')) throw e;
    });
    await tab.page.waitForURL(/^chrome:\/\//);
    const popup = await PopupPage.open(s, tab.tabId);
    expect(await popup.state()).toBe('restricted');
    await expect(popup.lines().count()).resolves.toBe(0);
    await popup.close();
    await tab.close();
  });

  // Chromium hides a view-source: tab's URL from the e2e build (its host permission does not cover
  // that scheme), and scripting.executeScript on such a tab never settles: the card must still end.
  test('a view-source: page is restricted (and the card does not hang)', async () => {
    const tab = await ArticlePage.open(s, 'en-wire-report');
    await tab.page.goto(`view-source:${tab.url}`);
    const popup = await PopupPage.open(s, tab.tabId, { settleTimeoutMs: 15_000 });
    expect(await popup.state()).toBe('restricted');
    await popup.close();
    await tab.close();
  });
});
