/** Settings made on the options page reach the card; reset brings the defaults back. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ArticlePage } from './support/article-page';
import { describeE2E, launchSession, type Session } from './support/browser';
import { OptionsPage } from './support/options-page';
import { PopupPage } from './support/popup-page';

describeE2E('options', () => {
  let s: Session;
  let article: ArticlePage;
  beforeAll(async () => {
    s = await launchSession();
    article = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the default card of the Hindi article: energy shown, Hindi first', async () => {
    // Opening it once also caches the card, so the next test checks a reopened card.
    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');
    expect(await popup.topics()).toContain('energy');
    expect(await popup.heading('defence')).toMatch(/रक्षा\s*·\s*Defence/);
    await popup.close();
  });

  test('hiding a topic and putting English first change the reopened card', async () => {
    const options = await OptionsPage.open(s);
    await expect(options.topicToggle('energy').isChecked()).resolves.toBe(true);
    await options.setTopicShown('energy', false);
    await options.setPrimaryLanguage('en');
    await options.close();

    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');
    const topics = await popup.topics();
    expect(topics).not.toContain('energy');
    expect(topics).toEqual(expect.arrayContaining(['defence', 'trade']));
    expect(await popup.heading('defence')).toMatch(/Defence\s*·\s*रक्षा/);
    await popup.close();
  });

  test('topic order and the display switches reach the reopened card', async () => {
    const options = await OptionsPage.open(s);
    await options.moveTopicUp('trade');
    await options.setDisplay('show-entities', false);
    await options.setDisplay('show-overview', false);
    const stored = await options.stored();
    await options.close();

    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');
    const topics = await popup.topics();
    // Sections follow the stored order; trade now comes before multilateral.
    expect(topics).toEqual((stored?.topicOrder ?? []).filter((t) => topics.includes(t)));
    expect(topics.indexOf('trade')).toBeLessThan(topics.indexOf('multilateral'));
    await expect(popup.button('entities').count()).resolves.toBe(0);
    await expect(popup.button('overview').count()).resolves.toBe(0);
    await popup.close();
  });

  test('sentences per section reach the reopened card (the page is unchanged, the setting is not)', async () => {
    const options = await OptionsPage.open(s);
    await options.setPerSection(1);
    await options.close();

    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');
    const topics = await popup.topics();
    expect(topics.length).toBeGreaterThan(1);
    const counts = Object.fromEntries(await Promise.all(topics.map(async (t) => [t, await popup.lines(t).count()] as const)));
    expect(counts).toEqual(Object.fromEntries(topics.map((t) => [t, 1])));
    await popup.close();
  });

  test('sentences per section: a tab opened after the change gets one line per section', async () => {
    const fresh = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    const popup = await PopupPage.open(s, fresh.tabId);
    expect(await popup.state()).toBe('ok');
    const topics = await popup.topics();
    for (const topic of topics) await expect(popup.lines(topic).count(), topic).resolves.toBe(1);
    await popup.close();
    await fresh.close();
  });

  test('reset (confirmed) restores the defaults, on the options page and on the card', async () => {
    const options = await OptionsPage.open(s);
    await options.reset();
    const stored = await options.saved((x) => x.primaryLanguage === 'article' && (x.hiddenTopics ?? []).length === 0, 'the defaults');
    expect(stored).toMatchObject({ primaryLanguage: 'article', uiLanguage: 'browser', hiddenTopics: [], perSection: 3 });
    await expect(options.topicToggle('energy').isChecked()).resolves.toBe(true);
    await expect(options.page.getByTestId('primary-language').inputValue()).resolves.toBe('article');
    await options.close();

    const popup = await PopupPage.open(s, article.tabId);
    const topics = await popup.topics();
    expect(topics).toContain('energy');
    expect(topics.indexOf('trade')).toBeGreaterThan(topics.indexOf('multilateral'));
    expect(await popup.heading('defence')).toMatch(/रक्षा\s*·\s*Defence/);
    // Three sentences per section: the best one at a glance, two more behind the heading.
    await expect(popup.lines('defence').count()).resolves.toBe(1);
    await expect(popup.section('defence').getByTestId('section-more').innerText()).resolves.toBe('+2 more');
    await expect(popup.button('entities').count()).resolves.toBe(1);
    await expect(popup.button('overview').count()).resolves.toBe(1);
    await popup.close();
  });
});
