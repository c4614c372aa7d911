/** The context menu's two items, through the e2e build's `__kootniti.contextMenuClick` hook. */
import { expect, test } from 'vitest';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { contextMenuClick, getCached } from './support/extension';
import { normalize, PopupPage } from './support/popup-page';

describeE2E('context menu', () => {
  const s = useSession();

  test('"Summarise this page" caches the page card, which the popup then shows', async () => {
    const article = await ArticlePage.open(s, 'en-wire-report');
    await contextMenuClick(s, { menuItemId: 'summarize-page' }, article.tabId);

    const cached = await getCached(s, article.tabId);
    expect(cached).toMatchObject({ ok: true, source: 'page', url: article.url });

    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');
    expect(await popup.topics()).toContain('defence');
    expect(await popup.text()).not.toContain('Summary of your selection');
    await popup.close();
    await article.close();
  });

  test('"Summarise selection" makes a card of the selected text only', async () => {
    const article = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    // The defence and trade passages; the energy, space and Ukraine passages stay out.
    const selection = await article.selectBetween('रक्षा सहयोग में संयुक्त उत्पादन', 'वर्ष 2030 तक आपसी व्यापार');
    expect(selection).toContain('एस-400');
    await contextMenuClick(s, { menuItemId: 'summarize-selection', selectionText: normalize(selection) }, article.tabId);

    const cached = await getCached(s, article.tabId);
    expect(cached).toMatchObject({ ok: true, source: 'selection' });

    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');
    expect(await popup.text()).toContain('Summary of your selection');
    expect(await popup.topics()).toContain('defence');
    expect(await popup.topics()).not.toContain('energy');
    const lines = await popup.lineData();
    expect(lines.length).toBeGreaterThan(0);
    const selected = normalize(selection);
    for (const line of lines) {
      const sentence = cached?.ok ? cached.summary.sentences.find((x) => String(x.index) === line.index)?.text : undefined;
      expect(sentence, `line ${line.index}`).toBeDefined();
      expect(selected).toContain(normalize(sentence ?? ''));
    }

    // "Summarise the whole page" from the selection card replaces it with the page's card.
    await popup.button('summarize-page').click();
    await expect
      .poll(async () => (await popup.state()) === 'ok' && !(await popup.text()).includes('Summary of your selection'), { timeout: 15_000 })
      .toBe(true);
    expect(await popup.topics()).toContain('energy');
    expect(await getCached(s, article.tabId)).toMatchObject({ ok: true, source: 'page' });
    await popup.close();
    await article.close();
  });

  test('nothing left the device', () => {
    expect(s.network.leaks(s.server.served)).toEqual([]);
  });
});
