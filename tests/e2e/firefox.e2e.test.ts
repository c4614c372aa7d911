/**
 * The Firefox build in Firefox ESR: the add-on loads, the card for a Hindi and an English article,
 * options reaching the card, the side panel as Firefox's real sidebar (sidebar_action), and Save
 * into the dossier (Firefox's own IndexedDB of the add-on's origin) found from either script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cardOf } from '../support/dossier-cards';
import { FirefoxCard } from './support/firefox-card';
import { EXTENSION_UUID, FIREFOX_EXTENSION_DIR, describeFirefox, until, useFirefox, type ExtensionScope } from './support/firefox';
import { FirefoxOptions } from './support/firefox-options';
import { FirefoxSidebar } from './support/firefox-sidebar';

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
    expect(
      entities.some((e) => e.includes('सर्गेई लावरोव') && e.includes('Sergey Lavrov')),
      `entities: ${entities.join(' | ')}`,
    ).toBe(true);
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

  test("side panel: sidebar_action in the manifest; opened from the card by a click, the real sidebar shows the active tab's card and follows tab switches", async () => {
    // The manifest as built, and as Firefox read it (the path made a full URL): the panel is sidepanel.html, and it does not open by itself at install.
    const built = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { sidebar_action?: unknown };
    expect(built.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    const read = await s.inExtension(() => (globalThis as unknown as ExtensionScope).browser.runtime.getManifest() as { sidebar_action?: unknown }, undefined);
    expect(read.sidebar_action).toMatchObject({ default_panel: s.extensionUrl('sidepanel.html'), open_at_install: false });

    const hindi = await s.openArticle('hi-wordpress-moscow-meeting');
    const sidebar = await FirefoxSidebar.ofTab(s, hindi.tabId);
    expect(await sidebar.isOpen()).toBe(false);
    // Firefox opens a sidebar only in answer to a reader's action: a bare call is refused.
    await expect(sidebar.openWithoutUserAction()).rejects.toThrow(/user input/i);
    expect(await sidebar.isOpen()).toBe(false);

    // The card's "Open in the side panel", clicked: the sidebar opens in the article's window.
    const card = await FirefoxCard.open(s, hindi.tabId);
    expect(await card.state()).toBe('ok');
    await sidebar.openFrom(card.page);
    // The real popup closes itself once the panel is open; the card here is a tab, so close it.
    await card.close();

    // The article's tab active: the sidebar shows its card (made by the popup, so no click needed).
    await hindi.page.bringToFront();
    const shown = await sidebar.waitFor((v) => v.state === 'ok', 'the Hindi card in the sidebar');
    expect(shown.href).toBe(s.extensionUrl('sidepanel.html'));
    expect(shown.topics).toEqual(expect.arrayContaining(['defence', 'trade', 'energy']));
    expect(shown.headings.defence).toMatch(/^रक्षा\s*·\s*Defence$/);
    // The panel's "More" has no "open in the side panel" of its own.
    const items = await sidebar.menuItems();
    expect(items).toContain('open-options');
    expect(items).not.toContain('open-panel');

    // Another tab: no card yet, so the sidebar offers to make one; "Summarise this tab" makes it.
    const english = await s.openArticle('en-wire-report');
    await english.page.bringToFront();
    await sidebar.waitFor((v) => v.state === 'idle' && v.summariseTab, 'the sidebar to offer "Summarise this tab" for the English tab');
    await sidebar.click('[data-testid="summarise-tab"]');
    const made = await sidebar.waitFor((v) => v.state === 'ok', 'the English card in the sidebar', 20_000);
    expect(made.topics).toContain('defence');
    expect(made.headings.defence).toMatch(/^Defence\s*·\s*रक्षा$/);

    // Back to the Hindi tab: its card again, and the sidebar stayed open throughout.
    await hindi.page.bringToFront();
    const back = await sidebar.waitFor((v) => v.state === 'ok' && /^रक्षा/.test(v.headings.defence ?? ''), 'the Hindi card again');
    expect(back.topics).toEqual(expect.arrayContaining(['defence', 'trade', 'energy']));
    expect(await sidebar.isOpen()).toBe(true);
    await english.close();
    await hindi.close();
  });

  test('dossier: Save on an English and a Hindi India–Russia card; the dossier page lists both in one thread and finds them from either script', async () => {
    for (const slug of ['dossier-en-russia-defence', 'dossier-hi-russia-defence']) {
      const article = await s.openArticle(slug);
      const card = await FirefoxCard.open(s, article.tabId);
      expect(await card.state()).toBe('ok');
      await card.page.click('[data-testid="save-card"]');
      await until(
        () =>
          card.page.evaluate(() => (document.querySelector('[data-testid="copy-status"]')?.textContent?.includes('Saved to your dossier') ? true : undefined)),
        `the card of ${slug} to say it was saved`,
      );
      await card.close();
      await article.close();
    }

    const dossier = await s.openExtensionPage('dossier.html');
    const read = () =>
      dossier.evaluate(() => ({
        ready: document.querySelector('[data-testid="dossier"]')?.getAttribute('data-state') === 'ready',
        count: (document.querySelector('[data-testid="dossier-count"]') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ') ?? '',
        thread: (document.querySelector('[data-testid="thread"][data-thread="pair:India|Russia"]') as HTMLElement | null)?.innerText ?? '',
        searchable: !(document.querySelector('[data-testid="dossier-search"]') as HTMLInputElement | null)?.disabled,
      }));
    const ready = await until(async () => {
      const v = await read();
      return v.ready && v.searchable ? v : undefined;
    }, 'the dossier page to read its store');
    expect(ready.count).toBe('2 of 2 saved cards');
    expect(ready.thread).toMatch(/India–Russia · भारत–रूस \(2\)/);

    // The same cards from either script (the glossary and the gazetteer bridge the two); a term
    // only one article has finds one, a place neither names finds none.
    const cases: [string, number][] = [
      ['रक्षा', 2],
      ['defence', 2],
      ['लावरोव', 2],
      ['Lavrov', 2],
      ['दवाएं', 1],
      ['Tokyo', 0],
    ];
    for (const [query, n] of cases) {
      await dossier.evaluate((q) => {
        const input = document.querySelector('[data-testid="dossier-search"]') as HTMLInputElement;
        // As typing does: the value set through the prototype's setter, then an input event.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, query);
      let seen = '';
      await until(
        async () => {
          seen = (await read()).count;
          return seen === `${n} of 2 saved cards` ? true : undefined;
        },
        () => `"${query}" to find ${n} (the count says "${seen}")`,
      );
    }
    await dossier.close();
  });

  test("dossier: an import of 300 cards in two slices, made ready by the import's worker", async () => {
    // The two cards saved above are kept; these are three test cards at 300 new addresses.
    const cards = Array.from({ length: 300 }, (_, i) => {
      const card = cardOf((['ruDefenceEn', 'ruDefenceHi', 'usTradeEn'] as const)[i % 3]!);
      return { ...card, url: `https://import.example/${i}`, savedAt: card.savedAt + i };
    });
    const dossier = await s.openExtensionPage('dossier.html');
    await until(
      () => dossier.evaluate(() => (document.querySelector('[data-testid="dossier"]')?.getAttribute('data-state') === 'ready' ? true : undefined)),
      'the dossier page to read its store',
    );
    await dossier.evaluate(
      (json) => {
        // As choosing a file does: the input's files set, then a change event.
        const input = document.querySelector('[data-testid="import-file"]') as HTMLInputElement;
        const files = new DataTransfer();
        files.items.add(new File([json], 'd.json', { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      JSON.stringify({ format: 'kootniti-dossier', version: 1, cards }),
    );
    const status = await until(
      () =>
        dossier.evaluate(() =>
          document.querySelector('[data-testid="dossier-status"]')?.textContent?.includes('Imported:')
            ? document.querySelector('[data-testid="dossier-status"]')?.textContent
            : undefined,
        ),
      'the import to end',
    );
    expect(status).toContain('Imported: 300 new, 0 updated, 0 already there.');
    const workerCards = await dossier.evaluate(() => (performance.getEntriesByName('kootniti:import-worker-cards')[0] as PerformanceMark | undefined)?.detail);
    expect(workerCards).toBe(300);
    await dossier.close();
  });
});
