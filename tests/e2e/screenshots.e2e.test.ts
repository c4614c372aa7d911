/** PNGs of the card for the README and for review: test-results/screenshots/*.png. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { installFakeTranslator, type FakeTranslatorOptions } from '../support/fake-translator';
import { ArticlePage } from './support/article-page';
import { describeE2E, launchSession, type Session } from './support/browser';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

/** Where the PNGs go (test-results/ is gitignored). */
const DIR = resolve(process.cwd(), 'test-results/screenshots');

describeE2E('screenshots', () => {
  let s: Session;
  const tabs = new Map<string, number>();
  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    s = await launchSession();
    for (const slug of ['hi-wordpress-moscow-meeting', 'en-wire-report']) tabs.set(slug, (await ArticlePage.open(s, slug)).tabId);
  });
  afterAll(async () => {
    await s?.close();
  });

  test.each([
    ['card-hi-light', 'hi-wordpress-moscow-meeting', 'light'],
    ['card-hi-dark', 'hi-wordpress-moscow-meeting', 'dark'],
    ['card-en-light', 'en-wire-report', 'light'],
    ['card-en-dark', 'en-wire-report', 'dark'],
  ] as const)('%s.png', async (name, slug, colorScheme) => {
    const popup = await PopupPage.open(s, tabs.get(slug) ?? -1, { colorScheme });
    expect(await popup.state()).toBe('ok');
    await popup.screenshot(`${DIR}/${name}.png`);
    await popup.screenshotFull(`${DIR}/${name}-full.png`);
    await popup.close();
  });

  test('card-hi-on-device.png: lines translated by a (fake) on-device translator, each tagged', async () => {
    const fake: FakeTranslatorOptions = { availability: 'available' };
    const popup = await PopupPage.open(s, tabs.get('hi-wordpress-moscow-meeting') ?? -1, {
      prepare: (page) => page.addInitScript(installFakeTranslator, fake),
    });
    await popup.translationPhase(['done']);
    await popup.screenshotFull(`${DIR}/card-hi-on-device-full.png`);
    await popup.close();
  });

  test('card-hi-ui-hindi.png: the card with the UI in Hindi', async () => {
    const english = await PopupPage.open(s, tabs.get('hi-wordpress-moscow-meeting') ?? -1);
    const before = await english.button('copy-markdown').innerText();
    await english.close();

    const options = await OptionsPage.open(s);
    await options.setUiLanguage('hi');
    await options.page.setViewportSize({ width: 900, height: 900 });
    await options.page.screenshot({ path: `${DIR}/options-ui-hindi.png`, fullPage: true, animations: 'disabled' });
    await options.close();

    const popup = await PopupPage.open(s, tabs.get('hi-wordpress-moscow-meeting') ?? -1);
    expect(await popup.state()).toBe('ok');
    // The UI strings follow the setting: the button's label is now in Devanagari.
    const after = await popup.button('copy-markdown').innerText();
    expect(after).not.toBe(before);
    expect(after).toMatch(/[\u0900-\u097F]/);
    await popup.screenshot(`${DIR}/card-hi-ui-hindi.png`);
    await popup.screenshotFull(`${DIR}/card-hi-ui-hindi-full.png`);
    await popup.close();
  });
});
