/**
 * The side panel in Chromium: opened from the real popup's "Open in the side panel" (a reader's
 * click, which the API requires), it shows the tab's card, follows tab switches, offers to
 * summarise a tab with no card, highlights a clicked line in the article, and fits 320 px; and
 * its "Share as image" downloads the card's PNG, said in the Hindi UI.
 */
import { expect, test } from 'vitest';
import { ActionPopup } from './support/action-popup';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { actionRow, openMore } from './support/card-actions';
import { type DrawnText, collapse, installProbe, pngSize, runOf } from './support/canvas-probe';
import { Downloads } from './support/downloads';
import { getCached, setStorageLocal, storageLocal, waitFor } from './support/extension';

describeE2E('the side panel', () => {
  const s = useSession();

  test('opens from the popup, follows the tabs, summarises a new one, and shows a line in the page', async () => {
    const hindi = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    const popup = await ActionPopup.open(s, hindi.tabId);
    expect(await openMore(popup, { asUser: true })).toContain('open-panel');
    await popup.clickAsUser('[data-testid="open-panel"]');
    const panel = await ActionPopup.attachPanel(s);
    expect(await panel.state()).toBe('ok');
    expect(await panel.attributes('[data-testid="section"]', 'data-topic')).toEqual(expect.arrayContaining(['defence', 'trade', 'energy']));
    // The panel's "More" has no "open in the side panel" of its own.
    const items = await openMore(panel);
    expect(items).toContain('open-options');
    expect(items).not.toContain('open-panel');
    await panel.pressKey('Escape');

    // Another tab: no card yet, so the panel offers to make one.
    const english = await ArticlePage.open(s, 'en-wire-report');
    await english.page.bringToFront();
    await expect.poll(() => panel.state(), { timeout: 10_000 }).toBe('idle');
    await panel.click('[data-testid="summarise-tab"]');
    await expect.poll(() => panel.state(), { timeout: 20_000 }).toBe('ok');
    expect(await panel.attributes('[data-testid="section"]', 'data-topic')).toContain('defence');

    // Back to the first tab: its card again.
    await hindi.page.bringToFront();
    await expect.poll(async () => (await panel.texts('h1'))[0], { timeout: 10_000 }).toMatch(/[\u0900-\u097F]/);

    // A line clicked in the panel is shown in the article.
    const [line] = await panel.texts('[data-testid="section"] [data-testid="line"]');
    await panel.click('[data-testid="section"] [data-testid="line"]');
    await expect.poll(async () => (await hindi.highlight())?.text.replace(/\s+/g, ' ').trim(), { timeout: 10_000 }).toBe(line);

    // A narrow panel: nothing scrolls sideways at 320 px.
    await panel.setWidth(320);
    const size = await panel.size();
    expect(size.innerWidth).toBe(320);
    expect(size.scrollWidth).toBeLessThanOrEqual(320);
    // The action row stays one line there, in both UI languages.
    const stored = await storageLocal(s);
    const settings = (stored.settings ?? {}) as Record<string, unknown>;
    try {
      for (const [lang, more] of [
        ['hi', 'और'],
        ['en', 'More'],
      ] as const) {
        await setStorageLocal(s, { settings: { ...settings, uiLanguage: lang } });
        await expect.poll(() => panel.texts('[data-testid="more-actions"]'), { timeout: 10_000 }).toEqual([more]);
        const row = await actionRow(panel);
        expect(row.lines, `${lang}: ${JSON.stringify(row)}`).toBe(1);
        expect(row.used).toBeLessThanOrEqual(row.width);
      }
    } finally {
      await setStorageLocal(s, { settings });
    }
    await panel.close();
    await english.close();
    await hindi.close();
  });

  test('Hindi UI: "Share as image" in the panel downloads the card\'s PNG and says so in Hindi', async () => {
    const stored = await storageLocal(s);
    const settings = (stored.settings ?? {}) as Record<string, unknown>;
    await setStorageLocal(s, { settings: { ...settings, uiLanguage: 'hi' } });
    const english = await ArticlePage.open(s, 'en-wire-report');
    const downloads = await Downloads.capture(s);
    try {
      const popup = await ActionPopup.open(s, english.tabId);
      await openMore(popup, { asUser: true });
      await popup.clickAsUser('[data-testid="open-panel"]');
      const panel = await ActionPopup.attachPanel(s);
      expect(await panel.state()).toBe('ok');
      await panel.eval(`(${installProbe})()`);
      await openMore(panel, { asUser: true });
      expect(await panel.texts('[data-testid="share-image"]')).toEqual(['छवि के रूप में साझा करें']);
      await panel.clickAsUser('[data-testid="share-image"]');
      const file = await downloads.nth(1);
      expect(pngSize(file.bytes).width).toBe(1080);
      await waitFor(async () => ((await panel.texts('[data-testid="copy-status"]'))[0] === 'छवि आपके डाउनलोड में सहेजी गई' ? true : undefined), 'the status line');
      const cached = await getCached(s, english.tabId);
      if (!cached?.ok) throw new Error('no card cached for the tab');
      const drawn = await panel.eval<DrawnText[]>('window.__drawn');
      expect(runOf(drawn, collapse(cached.summary.title)).at, cached.summary.title).toBeGreaterThanOrEqual(0);
      expect(drawn.some((d) => /^रक्षा · Defence \d+%$/.test(d.text))).toBe(true); // the legend, Hindi UI first
      await panel.close();
    } finally {
      downloads.close();
      await setStorageLocal(s, { settings });
      await english.close();
    }
  });
});
