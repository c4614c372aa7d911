/**
 * "Share as image" from the card's "More" menu in the real toolbar popup (chrome.action.openPopup(),
 * attached over CDP). Chromium on Linux cannot share files, so the PNG is downloaded: the file is
 * caught at the browser (the popup is no page Playwright drives) and checked: 1080 px wide, the
 * text the popup drew on its canvas is the card's title and overview lines, and the title's ink
 * is in the PNG where the canvas measured it. The popup stays open and says where the image went.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { ActionPopup } from './support/action-popup';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { type DrawnText, collapse, decodePng, installProbe, pngSize, runOf } from './support/canvas-probe';
import { openMore } from './support/card-actions';
import { Downloads } from './support/downloads';
import { getCached, waitFor } from './support/extension';

describeE2E('share as image from the real toolbar popup', () => {
  const s = useSession();

  test('Hindi card: More → Share as image downloads a 1080 px PNG of the card; the popup says so', async () => {
    const article = await ArticlePage.open(s, 'dossier-hi-russia-defence');
    const downloads = await Downloads.capture(s);
    try {
      const popup = await ActionPopup.open(s, article.tabId);
      expect(await popup.state()).toBe('ok');
      await popup.eval(`(${installProbe})()`);

      const items = await openMore(popup, { asUser: true });
      expect(items).toContain('share-image');
      expect(await popup.texts('[data-testid="share-image"]')).toEqual(['Share as image']);
      await popup.clickAsUser('[data-testid="share-image"]');

      const file = await downloads.nth(1);
      expect(file.suggestedFilename).toMatch(/^kootniti-card-\d{4}-\d{2}-\d{2}\.png$/);
      const size = pngSize(file.bytes);
      expect(size.width).toBe(1080);
      expect(size.height).toBeGreaterThan(600);
      expect(size.height).toBeLessThan(4000);
      await mkdir('test-results/screenshots', { recursive: true });
      await writeFile('test-results/screenshots/popup-share-card.png', file.bytes);

      // The popup is still there, and its status line says where the image went.
      await waitFor(
        async () => ((await popup.texts('[data-testid="copy-status"]'))[0] === 'Image saved to your downloads' ? true : undefined),
        'the status line',
      );
      expect(await popup.state()).toBe('ok');
      await popup.eval('window.scrollTo(0, 0)');
      await popup.screenshot('test-results/screenshots/popup-share-status.png');

      // What the popup drew: the card's title and its overview, as the background made them.
      const cached = await getCached(s, article.tabId);
      if (!cached?.ok) throw new Error('no card cached for the tab');
      const drawn = await popup.eval<DrawnText[]>('window.__drawn');
      const title = runOf(drawn, collapse(cached.summary.title));
      expect(title.at, cached.summary.title).toBeGreaterThanOrEqual(0);
      expect(drawn[title.at]?.font).toMatch(/^(700|bold) 50px /);
      for (const line of cached.summary.overview) expect(runOf(drawn, collapse(line.text)).at, line.text).toBeGreaterThanOrEqual(0);
      expect(drawn.some((d) => /^Defence · रक्षा \d+%$/.test(d.text))).toBe(true); // the topic map's legend, in both scripts (English UI first)

      // The PNG has the title's ink where the canvas measured it: a fair share of each box is not the white background.
      const png = await decodePng(article.page, file.bytes);
      const rgba = Buffer.from(png.rgba, 'base64');
      for (const d of drawn.slice(title.at, title.at + title.n)) {
        let ink = 0;
        let all = 0;
        for (let y = Math.max(0, Math.floor(d.box.top)); y <= Math.ceil(d.box.bottom); y++)
          for (let x = Math.max(0, Math.floor(d.box.left)); x <= Math.min(png.width - 1, Math.ceil(d.box.right)); x++) {
            const k = (y * png.width + x) * 4;
            all++;
            if (rgba[k]! < 200 || rgba[k + 1]! < 200 || rgba[k + 2]! < 200) ink++;
          }
        expect(ink / all, `ink of "${d.text}"`).toBeGreaterThan(0.05);
      }
      await popup.close();
    } finally {
      downloads.close();
      await article.close();
    }
  });
});
