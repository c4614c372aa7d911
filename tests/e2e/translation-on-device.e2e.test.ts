/**
 * Tiers 1 and 3 in real Chromium: a fake on-device `Translator` injected into the popup (the API's
 * real shape), Chromium's own `Translator` hanging offline, and the glossary when there is neither.
 */
import { beforeEach, expect, test } from 'vitest';
import { fakeTranslation, installFakeTranslator, type FakeTranslatorOptions } from '../support/fake-translator';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { removeStorageLocal } from './support/extension';
import { PopupPage } from './support/popup-page';

const ARTICLE = 'hi-wordpress-moscow-meeting';

describeE2E('translation: on-device and glossary tiers', () => {
  const s = useSession();
  // Each test starts with no cached translation.
  beforeEach(async () => {
    await removeStorageLocal(s, ['translationCache', 'provider']);
  });

  const openWithFake = async (fake: FakeTranslatorOptions | null) => {
    const article = await ArticlePage.open(s, ARTICLE);
    const popup = await PopupPage.open(s, article.tabId, {
      prepare: fake ? (page) => page.addInitScript(installFakeTranslator, fake) : undefined,
    });
    expect(await popup.state()).toBe('ok');
    return { article, popup };
  };

  test('available on device: every line gets the fake translation, labelled on-device', async () => {
    const { article, popup } = await openWithFake({ availability: 'available' });
    expect(await popup.translationPhase(['done'])).toBe('done');
    expect(await popup.page.getByTestId('translation-tier').innerText()).toMatch(/On-device translation|डिवाइस पर अनुवाद/);
    const lines = await popup.translations();
    const texts = new Map((await popup.lineData()).map((l) => [l.index, l.text]));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line.source, `line ${line.index}`).toBe('on-device');
      // The line's own sentence, translated by the fake: traceable, never invented.
      if (texts.has(line.index)) expect(line.translation).toBe(fakeTranslation('hi', 'en', texts.get(line.index)!));
    }
    expect(await popup.page.locator('[data-slot="title-translation"]').innerText()).toContain('[hi→en]');
    await popup.close();
    await article.close();
  });

  test('downloadable: the download button, progress from the monitor, then translations; the second card reads the cache', async () => {
    // A download slow enough to show its progress; the lines themselves come at once.
    const { article, popup } = await openWithFake({
      availability: 'downloadable',
      progressSteps: 4,
      delayMs: 150,
      translateDelayMs: 0,
      requireUserActivation: true,
    });
    await popup.translationPhase(['needs-download']);
    const button = popup.page.getByTestId('translation-download');
    // One action in the card's row, its title saying what the click downloads.
    expect(await button.innerText()).toMatch(/^(Translate|अनुवाद करें)$/);
    expect(await button.getAttribute('title')).toMatch(/language pack|भाषा पैक/);
    await button.click();
    await popup.page.getByTestId('translation-progress').waitFor({ timeout: 5_000 });
    expect(await popup.translationPhase(['done'])).toBe('done');
    const calls = await popup.page.evaluate(() => (window as unknown as { __fakeTranslatorCalls: { method: string }[] }).__fakeTranslatorCalls);
    expect(calls.filter((c) => c.method === 'translate').length).toBeGreaterThan(3);
    await popup.close();

    // Same card again, translator already there: every line comes from the cache, no model call.
    const again = await PopupPage.open(s, article.tabId, {
      prepare: (page) => page.addInitScript(installFakeTranslator, { availability: 'available' } as FakeTranslatorOptions),
    });
    await again.translationPhase(['done']);
    const calls2 = await again.page.evaluate(() => (window as unknown as { __fakeTranslatorCalls: { method: string }[] }).__fakeTranslatorCalls);
    expect(calls2.filter((c) => c.method === 'translate')).toEqual([]);
    expect((await again.translations()).every((l) => l.translation?.startsWith('[hi→en]'))).toBe(true);
    await again.close();
    await article.close();
  });

  test('NotAllowedError from create(): a clear error, a retry, and the glossary stays', async () => {
    const { article, popup } = await openWithFake({ availability: 'available', createBehavior: 'NotAllowedError' });
    await popup.translationPhase(['error']);
    await popup.showTerms();
    expect(await popup.page.getByTestId('translation-error').getAttribute('data-code')).toBe('not-allowed');
    await expect(popup.page.getByTestId('translation-retry').count()).resolves.toBe(1);
    const lines = await popup.translations();
    expect(lines.every((l) => l.translation === null)).toBe(true);
    expect(lines.some((l) => l.glossary)).toBe(true);
    await popup.close();
    await article.close();
  });

  test("Chromium's own Translator, offline: the download never finishes, the card says so after the deadline and keeps working", async ({ skip }) => {
    // No fake: the real API. Here it reports the pack as downloadable, and create() never settles.
    const { article, popup } = await openWithFake(null);
    const has = await popup.page.evaluate(() => typeof (globalThis as { Translator?: unknown }).Translator);
    if (has === 'undefined') skip('this Chromium has no Translator API: nothing to hang');
    await popup.translationPhase(['needs-download']);
    await popup.page.getByTestId('translation-download').click();
    expect(await popup.translationPhase(['error'], 20_000)).toBe('error');
    expect(await popup.page.getByTestId('translation-error').getAttribute('data-code')).toBe('timeout');
    // It says what failed and what to do.
    expect(await popup.page.getByTestId('translation-error').innerText()).toMatch(/offline|ऑफ़लाइन/);
    await popup.showTerms();
    // The card still works: lines, glossary terms, the show-in-page button.
    expect(await popup.topics()).toEqual(expect.arrayContaining(['defence', 'trade', 'energy']));
    expect((await popup.translations()).some((l) => l.glossary)).toBe(true);
    expect((await popup.translations()).every((l) => l.translation === null)).toBe(true);
    await popup.close();
    await article.close();
  });

  test('no translator and no provider: glossary terms and names on the lines, labelled glossary', async () => {
    const { article, popup } = await openWithFake({ availability: 'unavailable' });
    expect(await popup.translationPhase(['glossary'])).toBe('glossary');
    // Terms and names on the lines are there when the reader asks for them.
    await popup.showTerms(false);
    expect(await popup.page.getByTestId('line-term').count()).toBe(0);
    await popup.showTerms();
    await popup.expandAll();
    const lines = await popup.translations();
    expect(lines.every((l) => l.translation === null)).toBe(true);
    expect(lines.filter((l) => l.glossary).length).toBeGreaterThan(2);
    const chips = await popup.page.getByTestId('line-term').allInnerTexts();
    expect(chips.join(' | ')).toMatch(/संयुक्त उत्पादन\s*↔\s*joint production/);
    const names = await popup.page.getByTestId('line-name').allInnerTexts();
    expect(names.join(' | ')).toMatch(/लावरोव\s*↔\s*(Sergey )?Lavrov/);
    await popup.close();
    await article.close();
  });
});
