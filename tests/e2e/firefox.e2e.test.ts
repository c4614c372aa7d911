/** The Firefox build in Firefox ESR: the add-on loads, the card for a Hindi and an English article, options reaching the card. */
import { expect, test } from 'vitest';
import { FirefoxCard } from './support/firefox-card';
import { EXTENSION_UUID, describeFirefox, useFirefox, type ExtensionScope } from './support/firefox';
import { FirefoxOptions } from './support/firefox-options';

describeFirefox('Firefox ESR', () => {
  const s = useFirefox();

  test('the e2e build runs as a temporary add-on: MV2, the fixed UUID, 127.0.0.1 granted', async () => {
    const info = await s.inExtension(async () => {
      const { browser } = globalThis as unknown as ExtensionScope;
      return { manifest: browser.runtime.getManifest(), base: browser.runtime.getURL('/'), origins: (await browser.permissions.getAll()).origins ?? [] };
    }, undefined);
    expect(info.manifest.manifest_version).toBe(2);
    expect(info.base).toBe(`moz-extension://${EXTENSION_UUID}/`);
    expect(info.origins).toContain('http://127.0.0.1/*');
  });

  test('Hindi article: defence, trade and energy sections, Hindi-first headings, Sergey Lavrov in both scripts', async () => {
    const article = await s.openArticle('hi-wordpress-moscow-meeting');
    const card = await FirefoxCard.open(s, article.tabId);

    expect(await card.state()).toBe('ok');
    expect(await card.topics()).toEqual(expect.arrayContaining(['defence', 'trade', 'energy']));
    // The article is Hindi and the default primary language is the article's: Hindi leads.
    expect(await card.heading('defence')).toMatch(/^रक्षा\s*·\s*Defence$/);
    expect(await card.heading('trade')).toMatch(/^व्यापार\s*·\s*Trade$/);
    expect(await card.heading('energy')).toMatch(/^ऊर्जा\s*·\s*Energy$/);
    const entities = await card.entities();
    expect(entities.some((e) => e.includes('सर्गेई लावरोव') && e.includes('Sergey Lavrov')), `entities: ${entities.join(' | ')}`).toBe(true);
    await card.close();
    await article.close();
  });

  test('English article: a defence section, English first', async () => {
    const article = await s.openArticle('en-wire-report');
    const card = await FirefoxCard.open(s, article.tabId);

    expect(await card.state()).toBe('ok');
    expect(await card.topics()).toContain('defence');
    expect(await card.heading('defence')).toMatch(/^Defence\s*·\s*रक्षा$/);
    await card.close();
    await article.close();
  });

  test('options: hiding a topic and putting English first change the next card; reset brings the defaults back', async () => {
    const article = await s.openArticle('hi-wordpress-moscow-meeting');
    const before = await FirefoxCard.open(s, article.tabId);
    expect(await before.topics()).toContain('energy');
    expect(await before.heading('defence')).toMatch(/^रक्षा\s*·\s*Defence$/);
    await before.close();

    const options = await FirefoxOptions.open(s);
    expect(await options.topicShown('energy')).toBe(true);
    await options.setTopicShown('energy', false);
    await options.setPrimaryLanguage('en');

    // The same tab's card again (the background has it cached): the settings apply to it.
    const after = await FirefoxCard.open(s, article.tabId);
    expect(await after.state()).toBe('ok');
    const topics = await after.topics();
    expect(topics).not.toContain('energy');
    expect(topics).toEqual(expect.arrayContaining(['defence', 'trade']));
    expect(await after.heading('defence')).toMatch(/^Defence\s*·\s*रक्षा$/);
    await after.close();

    const defaults = await options.reset();
    expect(defaults).toMatchObject({ primaryLanguage: 'article', hiddenTopics: [] });
    expect(await options.topicShown('energy')).toBe(true);
    await options.close();

    const reset = await FirefoxCard.open(s, article.tabId);
    expect(await reset.topics()).toContain('energy');
    expect(await reset.heading('defence')).toMatch(/^रक्षा\s*·\s*Defence$/);
    await reset.close();
    await article.close();
  });
});
