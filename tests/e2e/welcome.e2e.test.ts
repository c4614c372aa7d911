/**
 * The first-run page: it opens by itself when the extension is installed (every session's profile
 * is fresh), in the UI language, fits a 320 px screen and works from the keyboard. That an update
 * does not open it is a unit test (tests/unit/background/onboarding.test.ts): here,
 * runtime.reload() unloads a --load-extension extension for good instead of updating it.
 * PNGs go to test-results/screenshots/welcome-*.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeE2E, useSession } from './support/browser';
import { setStorageLocal, waitFor, type WorkerScope } from './support/extension';

const DIR = resolve(process.cwd(), 'test-results/screenshots');

const ENGLISH_HEADINGS = [
  'Pin the icon',
  'Open a card from the keyboard',
  'Or right-click',
  'Keep the card beside the article',
  'It stays on your device',
  'Make it yours',
];

/** Page width against viewport width, and every text run smaller than 13 px. */
function layout(page: Page): Promise<{ scrollWidth: number; innerWidth: number; small: string[] }> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (ownText && size < 13) small.push(`${el.tagName.toLowerCase()} ${size}px: ${el.textContent?.trim().slice(0, 40)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, small };
  });
}

/** Checks the page at 320 px and at a desktop width, light and dark, and saves the PNGs. */
async function checkAndShoot(page: Page, lang: 'en' | 'hi'): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [320, 1200]) {
      await page.setViewportSize({ width, height: 800 });
      const { scrollWidth, innerWidth, small } = await layout(page);
      expect(scrollWidth, `${lang} ${colorScheme} at ${width} px scrolls sideways`).toBeLessThanOrEqual(innerWidth);
      expect(small, `${lang} text under 13 px`).toEqual([]);
      await page.screenshot({ path: `${DIR}/welcome-${lang}-${colorScheme}-${width}.png`, fullPage: true, animations: 'disabled' });
    }
  }
  await page.emulateMedia({ colorScheme: null });
  await page.setViewportSize({ width: 1200, height: 800 });
}

describeE2E('welcome page', () => {
  const s = useSession();
  const welcomePage = (): Page => {
    if (!s.welcome) throw new Error('no welcome tab opened when the extension was installed');
    return s.welcome;
  };
  const welcomeTabs = () => s.context.pages().filter((p) => p.url() === s.extensionUrl('welcome.html'));

  test('opens by itself on install, once, with its headings in English', async () => {
    const page = welcomePage();
    await page.getByTestId('welcome').waitFor();
    expect(welcomeTabs()).toHaveLength(1);
    const reasons = await s.worker.evaluate(() => (globalThis as unknown as WorkerScope).__kootniti?.installReasons.slice());
    expect(reasons).toEqual(['install']);
    await expect(page.locator('h1').innerText()).resolves.toBe('Welcome to Kootniti');
    await expect(page.locator('h2').allInnerTexts()).resolves.toEqual(ENGLISH_HEADINGS);
    await expect(page.title()).resolves.toBe('Welcome to Kootniti');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // Chrome gave the suggested shortcut (nothing else in this profile claims it), and the page says so.
    await expect(page.getByTestId('shortcut').innerText()).resolves.toMatch(/Alt\s*\+\s*Shift\s*\+\s*S/);
    // The context menu's real item titles, and the privacy promise.
    const text = await page.getByTestId('welcome').innerText();
    expect(text).toContain('Summarise this page · पेज का सार');
    expect(text).toContain('Summarise selection · चयन का सार');
    expect(text).toContain('Nothing leaves your device unless you set up your own model.');
    expect(text).toContain('chrome://extensions/shortcuts');
  });

  test('English: no sideways scroll at 320 px, no text under 13 px, light and dark', async () => {
    await checkAndShoot(welcomePage(), 'en');
  });

  test('from the keyboard: Tab reaches both buttons in order; Enter opens the shortcut settings and the options page', async () => {
    const page = welcomePage();
    await page.bringToFront();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: string[] = [];
    for (let i = 0; i < 12 && reached.length < 2; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
      if (id && !reached.includes(id)) reached.push(id);
    }
    expect(reached).toEqual(['open-shortcuts', 'open-options']);

    const opened = async (testId: string): Promise<Page> => {
      const next = s.context.waitForEvent('page', { timeout: 10_000 });
      await page.getByTestId(testId).focus();
      await page.keyboard.press('Enter');
      const tab = await next;
      await waitFor(async () => (tab.url() && tab.url() !== 'about:blank' ? tab.url() : undefined), 'the new tab to load');
      return tab;
    };
    const shortcuts = await opened('open-shortcuts');
    expect(shortcuts.url()).toBe('chrome://extensions/shortcuts');
    await shortcuts.close();
    const options = await opened('open-options');
    expect(options.url()).toBe(s.extensionUrl('options.html'));
    await options.getByTestId('options').waitFor();
    await options.close();
  });

  test('follows the UI-language setting: Hindi headings, and the same layout checks', async () => {
    const page = welcomePage();
    await setStorageLocal(s, { settings: { uiLanguage: 'hi' } });
    await page.reload();
    await page.locator('main[lang="hi"]').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe('कूटनीति में आपका स्वागत है');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
    const headings = await page.locator('h2').allInnerTexts();
    expect(headings).toHaveLength(ENGLISH_HEADINGS.length);
    for (const h of headings) expect(h).toMatch(/[\u0900-\u097F]/);
    await checkAndShoot(page, 'hi');
    await setStorageLocal(s, { settings: { uiLanguage: 'browser' } });
  });
});
