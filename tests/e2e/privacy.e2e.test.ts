/**
 * Privacy: with no model configured, the extension makes no network request at all. Everything it
 * fetches is its own packaged files (chrome-extension://); the only http requests in the session are
 * the test pages' own, which the extension did not make.
 */
import { expect, test } from 'vitest';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { contextMenuClick, storageLocal } from './support/extension';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

/** True for a request made by the extension itself: its worker or one of its pages. */
const byExtension = (initiator: string) => initiator === 'service-worker' || initiator.startsWith('chrome-extension://');

describeE2E('privacy', () => {
  const s = useSession();

  test('no provider configured: every request the extension makes stays inside the extension', async () => {
    expect((await storageLocal(s)).provider).toBeUndefined();
    // Everything a reader does: cards for a Hindi and an English page (the on-device translator of
    // this Chromium is offered, not downloaded), the context menu, show-in-page, the options page.
    for (const slug of ['hi-wordpress-moscow-meeting', 'en-wire-report']) {
      const article = await ArticlePage.open(s, slug);
      const popup = await PopupPage.open(s, article.tabId);
      expect(await popup.state()).toBe('ok');
      await popup.translationPhase(['needs-download', 'glossary']);
      await popup.lines().first().click();
      await popup.close();
      await contextMenuClick(s, { menuItemId: 'summarize-page' }, article.tabId);
      await article.close();
    }
    const options = await OptionsPage.open(s);
    // A change the options page saves: polled until it is in storage (no fixed sleep).
    await options.setPerSection(2);
    await options.page.close();

    const mine = s.network.requests.filter((r) => byExtension(r.initiator));
    // The log does see the extension's own requests (its locale files, say): it is not blind.
    expect(mine.length).toBeGreaterThan(0);
    const outside = mine.filter((r) => !/^(chrome-extension|data|blob):/.test(r.url));
    expect(outside, outside.map((r) => `${r.initiator} → ${r.url}`).join('\n')).toEqual([]);
    // And nothing at all left the machine, whoever asked.
    expect(s.network.leaks(s.server.served)).toEqual([]);
  });
});
