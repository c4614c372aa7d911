/**
 * The dossier's timeline and "Share as image" in real Chromium, over cards saved from two fixture
 * pages about India–Russia (English and Hindi) into the extension's real IndexedDB:
 * - the timeline has a mark per saved article in each row of its topics, reachable by keyboard,
 *   and scrolls inside its box, never the page, at 320 px (light and dark screenshots);
 * - the PNG (captured from the download, Chromium on Linux has no Web Share of files) is 1080 px
 *   wide; the text the page drew on its canvas is the card's own lines (title, overview, each
 *   section's best line, the topic map's legend), and the PNG differs from the same card drawn
 *   without its text inside every text's ink box (as the canvas measured it) and nowhere else.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { collapse, decodePng, drawnTexts, installCanvasProbe, pngSize, resetProbe, runOf } from './support/canvas-probe';
import { openDossier, readStore, saveFromPopup } from './support/dossier';
import { PopupPage } from './support/popup-page';

const PAGES = ['dossier-en-russia-defence', 'dossier-hi-russia-defence'] as const;
const THREAD = '[data-testid="thread"][data-thread="pair:India|Russia"]';

/** What the page stored: every entry's address and topics, and a card by address. */
type StoredCard = { url: string; summary: { title: string; overview: { text: string }[]; sections: { minor?: true; sentences: { text: string }[] }[] } };
describeE2E('dossier: timeline and share as image', () => {
  const s = useSession();
  let dossier: Page;

  test('two cards saved, the thread opened: a timeline mark per article in each of its topic rows', async () => {
    for (const slug of PAGES) {
      const article = await ArticlePage.open(s, slug);
      const popup = await PopupPage.open(s, article.tabId);
      expect(await popup.state()).toBe('ok');
      await saveFromPopup(popup);
    }
    dossier = await s.context.newPage();
    await dossier.setViewportSize({ width: 1100, height: 900 });
    await openDossier(s, { page: dossier, timeout: 15_000 });
    await dossier.locator(THREAD).click();
    await dossier.getByTestId('timeline').waitFor();

    const entries = await readStore<{ url: string; topics: string[] }>(dossier, 'entries');
    expect(entries).toHaveLength(2);
    const topics = [...new Set(entries.flatMap((e) => e.topics))].sort();
    const rows = await dossier.getByTestId('timeline-row').evaluateAll((els) => els.map((el) => el.getAttribute('data-topic') ?? ''));
    expect([...rows].sort()).toEqual(topics);
    for (const topic of topics) {
      const marks = await dossier
        .locator(`[data-testid="timeline-row"][data-topic="${topic}"] [data-testid="timeline-mark"]`)
        .evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(marks.sort(), topic).toEqual(
        entries
          .filter((e) => e.topics.includes(topic))
          .map((e) => e.url)
          .sort(),
      );
    }
    // Keyboard: one Tab from the thread's button reaches the chart's first mark (one tab stop),
    // focus names its article below the chart, → moves to the next article, Enter opens it.
    await dossier.locator(THREAD).focus();
    const focused = () => dossier.evaluate(() => [document.activeElement?.getAttribute('data-at'), document.activeElement?.getAttribute('href')] as const);
    await dossier.keyboard.press('Tab');
    expect((await focused())[0]).toBe('0:0');
    const first = dossier.locator('[data-at="0:0"]');
    expect(await dossier.getByTestId('timeline-tip').innerText()).toBe(await first.getAttribute('aria-label'));
    await dossier.keyboard.press('ArrowRight');
    const [at, href] = await focused();
    expect(at).toBe('0:1');
    const [opened] = await Promise.all([s.context.waitForEvent('page'), dossier.keyboard.press('Enter')]);
    await opened.waitForLoadState();
    expect(opened.url().split('#')[0]).toBe(href);
    await opened.close();
    // No text under 13 px.
    const sizes = await dossier
      .locator('[data-testid="timeline"] :is(text, p, h2)')
      .evaluateAll((els) => els.map((el) => [el.textContent, Number.parseFloat(getComputedStyle(el).fontSize)] as const));
    expect(sizes.length).toBeGreaterThan(8);
    for (const [text, size] of sizes) expect(size, text ?? '').toBeGreaterThanOrEqual(13);
    await dossier.getByTestId('timeline').screenshot({ path: 'test-results/screenshots/dossier-timeline-light.png' });
    await dossier.emulateMedia({ colorScheme: 'dark' });
    await dossier.getByTestId('timeline').screenshot({ path: 'test-results/screenshots/dossier-timeline-dark.png' });
    await dossier.emulateMedia({ colorScheme: 'light' });
  });

  test('at 320 px the chart scrolls inside its box and the page does not scroll sideways', async () => {
    await dossier.setViewportSize({ width: 320, height: 800 });
    const sizes = await dossier.evaluate(() => {
      const box = document.querySelector('.timeline-scroll') as HTMLElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 321 && !box.contains(el))
        .map((el) => `${el.tagName}.${el.className}`);
      return { page: document.documentElement.scrollWidth, box: box.clientWidth, chart: box.scrollWidth, wide };
    });
    expect(sizes.page, sizes.wide.join(', ')).toBeLessThanOrEqual(320);
    expect(sizes.chart).toBeGreaterThan(sizes.box);
    await dossier.getByTestId('timeline').screenshot({ path: 'test-results/screenshots/dossier-timeline-320.png' });
    await dossier.setViewportSize({ width: 1100, height: 900 });
  });

  test("Share as image: a 1080 px PNG whose drawn text is the card's lines, Devanagari included", async () => {
    await installCanvasProbe(dossier);
    const entry = dossier.getByTestId('dossier-entry').filter({ hasText: 'भारत और रूस' });
    const shareOnce = async (skipText: boolean) => {
      await resetProbe(dossier, skipText);
      const [file] = await Promise.all([dossier.waitForEvent('download'), entry.getByTestId('share-image').click()]);
      expect(file.suggestedFilename()).toMatch(/^kootniti-card-\d{4}-\d{2}-\d{2}\.png$/);
      return { png: await readFile((await file.path()) as string), drawn: await drawnTexts(dossier) };
    };
    const withText = await shareOnce(false);
    await entry.locator('[data-testid="share-status"]', { hasText: 'Image saved to your downloads' }).waitFor();
    await mkdir('test-results/screenshots', { recursive: true });
    await writeFile('test-results/screenshots/dossier-share-card.png', withText.png);
    const size = pngSize(withText.png);
    expect(size.width).toBe(1080);
    expect(size.height).toBeGreaterThan(800);
    expect(size.height).toBeLessThan(4000);

    // The text handed to the canvas: the card's title, each overview line and each section's best line.
    const cards = await readStore<StoredCard>(dossier, 'cards');
    const card = cards.find((c) => c.summary.title.startsWith('भारत और रूस'));
    expect(card).toBeDefined();
    const lines = [
      card!.summary.title,
      ...card!.summary.overview.map((l) => l.text),
      ...card!.summary.sections.filter((x) => !x.minor && x.sentences.length).map((x) => x.sentences[0]!.text),
    ];
    for (const line of lines) expect(runOf(withText.drawn, collapse(line)).at, line).toBeGreaterThanOrEqual(0);
    expect(withText.drawn.some((d) => /^Defence · रक्षा \d+%$/.test(d.text))).toBe(true); // the topic map's legend
    for (const d of withText.drawn) expect(d.x + 1).toBeGreaterThan(64); // inside the margin

    // The same card drawn with no text: same size; the pixels differ in every text's rows and nowhere else.
    const noText = await shareOnce(true);
    expect(noText.drawn.map((d) => d.text)).toEqual(withText.drawn.map((d) => d.text));
    const [a, b] = [await decodePng(dossier, withText.png), await decodePng(dossier, noText.png)];
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    const [ra, rb] = [Buffer.from(a.rgba, 'base64'), Buffer.from(b.rgba, 'base64')];
    // Per text, the pixels that differ inside its ink box (as the canvas measured it): each text drew there.
    const width = a.width;
    const changed = (x: number, y: number) => {
      const k = (y * width + x) * 4;
      return ra[k] !== rb[k] || ra[k + 1] !== rb[k + 1] || ra[k + 2] !== rb[k + 2];
    };
    const boxes = withText.drawn.map((d) => ({
      text: d.text,
      x0: Math.max(0, Math.floor(d.box.left) - 1),
      x1: Math.min(width - 1, Math.ceil(d.box.right) + 1),
      y0: Math.max(0, Math.floor(d.box.top) - 1),
      y1: Math.min(a.height - 1, Math.ceil(d.box.bottom) + 1),
    }));
    for (const b of boxes) {
      let n = 0;
      for (let y = b.y0; y <= b.y1; y++) for (let x = b.x0; x <= b.x1; x++) if (changed(x, y)) n++;
      expect(n / ((b.x1 - b.x0 + 1) * (b.y1 - b.y0 + 1)), `ink of "${b.text}"`).toBeGreaterThan(0.05);
    }
    // And nothing changed outside the texts' boxes: the rest of the image is the empty card's.
    let outside = 0;
    for (let y = 0; y < a.height; y++)
      for (let x = 0; x < width; x++) if (changed(x, y) && !boxes.some((b) => x >= b.x0 - 1 && x <= b.x1 + 1 && y >= b.y0 - 1 && y <= b.y1 + 1)) outside++;
    expect(outside).toBe(0);
    // Not blank: the text and the topic map cover a fair part of the image.
    const ink = a.inkPerRow.reduce((n, k) => n + k, 0);
    expect(ink / (a.width * a.height)).toBeGreaterThan(0.03);
  });
});

describeE2E('dossier: share as image with the reader’s translations', () => {
  const s = useSession();

  test('each translation the reader saved is drawn right beneath its line, in the other script', async () => {
    const article = await ArticlePage.open(s, PAGES[0]);
    const popup = await PopupPage.open(s, article.tabId);
    await saveFromPopup(popup);
    const page = await openDossier(s);
    const [card] = await readStore<StoredCard & { summary: { overview: { index: number; text: string }[] } }>(page, 'cards');
    const first = card!.summary.overview[0]!;
    const lines = { title: 'भारत और रूस रक्षा सहयोग बढ़ाने पर सहमत हुए', [String(first.index)]: 'विदेश मंत्री जयशंकर ने मॉस्को में लावरोव से मुलाकात की।' };
    // The reader's translations, as Save stores them with the card.
    await page.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kootniti-dossier');
          open.onsuccess = () => {
            // The one saved card, in pack 0.
            const tx = open.result.transaction('cardPacks', 'readwrite');
            tx.objectStore('cardPacks').put({ v: 1, urls: [record.url], texts: [JSON.stringify(record)] }, 0);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { ...card, translations: { lines, source: 'on-device' } },
    );
    await installCanvasProbe(page);
    await resetProbe(page, false);
    await Promise.all([page.waitForEvent('download'), page.getByTestId('share-image').click()]);
    const drawn = await drawnTexts(page);
    const pairs: [string, string][] = [
      [card!.summary.title, lines.title],
      [first.text, lines[String(first.index)] as string],
    ];
    for (const [original, translated] of pairs) {
      const line = runOf(drawn, collapse(original));
      expect(line.at, original).toBeGreaterThanOrEqual(0);
      expect(runOf(drawn.slice(line.at + line.n), collapse(translated)).at, translated).toBe(0);
    }
    await page.close();
  });
});
