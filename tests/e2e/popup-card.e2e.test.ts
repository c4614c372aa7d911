/** The popup card for served articles: sections, bilingual headings, entities, line buttons, privacy. */
import { expect, test } from 'vitest';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { getCached } from './support/extension';
import { normalize, PopupPage } from './support/popup-page';

describeE2E('popup card', () => {
  const s = useSession();

  test('Hindi article: topic sections with Hindi-first bilingual headings, entities in both scripts, numbered line buttons', async () => {
    const article = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    const popup = await PopupPage.open(s, article.tabId);

    expect(await popup.state()).toBe('ok');
    expect(await popup.topics()).toEqual(expect.arrayContaining(['defence', 'trade', 'energy']));
    // The article is Hindi and the default primary language is the article's: Hindi leads.
    expect(await popup.heading('defence')).toMatch(/रक्षा\s*·\s*Defence/);
    expect(await popup.heading('trade')).toMatch(/व्यापार\s*·\s*Trade/);
    expect(await popup.heading('energy')).toMatch(/ऊर्जा\s*·\s*Energy/);

    await expect(popup.page.getByTestId('overview').count()).resolves.toBe(1);
    const entities = await popup.entities();
    expect(entities.some((e) => e.includes('सर्गेई लावरोव') && e.includes('Sergey Lavrov')), `entities: ${entities.join(' | ')}`).toBe(true);

    // Every line is a button carrying the index of a sentence of the article, quoted exactly.
    const cached = await getCached(s, article.tabId);
    if (!cached?.ok) throw new Error(`no card cached for the tab: ${JSON.stringify(cached)}`);
    const sentences = new Map(cached.summary.sentences.map((x) => [String(x.index), x.text]));
    const lines = await popup.lineData('defence');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.tag).toBe('button');
      expect(line.index).toMatch(/^\d+$/);
      const sentence = sentences.get(line.index ?? '');
      expect(sentence, `line ${line.index}`).toBeDefined();
      expect(line.text).toContain((sentence ?? '').replace(/\s+/g, ' ').trim());
    }
    expect(lines.map((l) => l.text).join(' ')).toContain('एस-400 वायु रक्षा प्रणाली');

    for (const id of ['overview', 'share-bar', 'entities', 'language-badge', 'time-saved', 'copy-markdown', 'copy-text', 'swap-languages', 'open-options']) {
      await expect(popup.button(id).count(), id).resolves.toBe(1);
    }
    expect(normalize(await popup.button('language-badge').innerText())).toMatch(/हिन्दी|हिंदी|Hindi/);
    await popup.close();
    await article.close();
  });

  test('English article: a defence section, English first by default', async () => {
    const article = await ArticlePage.open(s, 'en-wire-report');
    const popup = await PopupPage.open(s, article.tabId);

    expect(await popup.state()).toBe('ok');
    expect(await popup.topics()).toContain('defence');
    expect(await popup.heading('defence')).toMatch(/Defence\s*·\s*रक्षा/);
    const entities = await popup.entities();
    expect(entities.some((e) => e.includes('Keir Starmer') && e.includes('कीर स्टार्मर')), `entities: ${entities.join(' | ')}`).toBe(true);
    expect(await popup.lines().count()).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });

  test('card actions: swap the language order, copy the card as Markdown', async () => {
    const article = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.heading('defence')).toMatch(/रक्षा\s*·\s*Defence/);
    await popup.button('swap-languages').click();
    expect(await popup.heading('defence')).toMatch(/Defence\s*·\s*रक्षा/);
    await popup.button('swap-languages').click();
    expect(await popup.heading('defence')).toMatch(/रक्षा\s*·\s*Defence/);

    await popup.page.bringToFront();
    await popup.button('copy-markdown').click();
    await expect.poll(async () => normalize(await popup.button('copy-status').innerText())).toBe('Copied');
    // Chromium grants no permissions to extension origins, so read the clipboard from the article's page.
    await s.context.grantPermissions(['clipboard-read'], { origin: s.server.origin });
    await article.page.bringToFront();
    const markdown = await article.page.evaluate(() => navigator.clipboard.readText());
    const cached = await getCached(s, article.tabId);
    if (!cached?.ok) throw new Error('no card cached for the tab');
    expect(markdown.startsWith(`# ${cached.summary.title}\n`)).toBe(true);
    expect(markdown).toContain('## Defence · रक्षा');
    const first = cached.summary.sections.find((x) => x.topic === 'defence')?.sentences[0];
    expect(markdown).toContain(`- ${first?.text} [${first?.index}]`);
    await popup.close();
    await article.close();
  });

  test('nothing left the device: every request went to 127.0.0.1 or the extension', () => {
    // The fixture pages' own scripts and images point at their real sites (the session aborts those);
    // anything else, from the extension's pages, its worker or its scripts in the page, is a leak.
    expect(s.network.requests.length).toBeGreaterThan(0);
    expect(s.network.requests.some((r) => r.initiator === 'service-worker' || r.url.startsWith('chrome-extension://'))).toBe(true);
    expect(s.network.leaks(s.server.served)).toEqual([]);
  });
});
