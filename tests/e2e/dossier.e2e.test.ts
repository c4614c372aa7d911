/**
 * The dossier in real Chromium: Save on the cards of two fixture pages about India–Russia (one
 * English, one Hindi), the card then shows its earlier coverage, the dossier groups them in one thread, finds both from either script,
 * exports Markdown whose text-fragment links point at the pages' own sentences, refuses a hostile
 * import without touching what is stored, and deletes all and imports the JSON export back. The
 * store is the real IndexedDB of the extension's origin.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { ArticlePage } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { storageLocal, waitFor } from './support/extension';
import { openDossier, saveFromPopup, waitReady } from './support/dossier';
import { PopupPage } from './support/popup-page';

const PAGES = ['dossier-en-russia-defence', 'dossier-hi-russia-defence'] as const;

describeE2E('dossier', () => {
  const s = useSession();
  const articles: ArticlePage[] = [];
  let dossier: Page;

  const openTheDossier = async () => {
    dossier = await openDossier(s, { page: dossier, timeout: 15_000 });
  };
  const count = async () => (await dossier.getByTestId('dossier-count').innerText()).replace(/\s+/g, ' ');
  const searchFor = async (query: string) => {
    await dossier.getByTestId('dossier-search').fill(query);
    return count();
  };
  const download = async (testId: string): Promise<string> => {
    const [file] = await Promise.all([dossier.waitForEvent('download'), dossier.getByTestId(testId).click()]);
    return readFile((await file.path()) as string, 'utf8');
  };

  test('Save on each card stores it (the row says so)', async () => {
    for (const slug of PAGES) {
      const article = await ArticlePage.open(s, slug);
      articles.push(article);
      const popup = await PopupPage.open(s, article.tabId);
      expect(await popup.state()).toBe('ok');
      await saveFromPopup(popup, 'Enter'); // keyboard-operable
    }
  });

  test('the card says "Earlier coverage" of its thread, and the link opens the dossier on it', async () => {
    const popup = await PopupPage.open(s, articles[0]!.tabId);
    const line = popup.page.getByTestId('coverage');
    // Its main topic on this page is defence (the largest section); its own page is saved too, so
    // the one other India–Russia article with a defence section is counted.
    await line.waitFor();
    expect(await line.innerText()).toBe('Earlier coverage: 1 saved article on India–Russia defence');
    const href = (await line.getAttribute('href')) as string;
    expect(href).toBe('/dossier.html?thread=pair%3AIndia%7CRussia');
    await popup.page.close();
    const page = await openDossier(s, { path: href });
    expect((await page.getByTestId('dossier-count').innerText()).replace(/\s+/g, ' ')).toBe('India–Russia · भारत–रूस: 2 of 2 saved cards');
    await page.close();
  });

  test('the dossier groups both articles under India–Russia', async () => {
    await openTheDossier();
    expect(await count()).toBe('2 of 2 saved cards');
    const thread = dossier.locator('[data-testid="thread"][data-thread="pair:India|Russia"]');
    expect(await thread.innerText()).toMatch(/India–Russia · भारत–रूस \(2\)/);
    await thread.click();
    await dossier.getByTestId('what-changed').waitFor();
    await dossier.setViewportSize({ width: 1100, height: 900 });
    await dossier.screenshot({ path: 'test-results/screenshots/dossier-thread.png', fullPage: true });
    // The newest article (Hindi, 14 Nov) beside the previous (English, 6 Oct), on defence.
    const defence = dossier.locator('[data-testid="what-changed"] [data-topic="defence"]');
    expect(await defence.locator('.side').count()).toBe(2);
    expect(await defence.locator('.side').first().getAttribute('lang')).toBe('hi');
    await dossier.getByTestId('thread-all').click();
  });

  test.each([
    ['रक्षा', 2],
    ['defence', 2],
    ['लावरोव', 2],
    ['Lavrov', 2],
    ['pharmaceuticals', 1],
    ['दवाएं', 1],
    ['Tokyo', 0],
  ])('search "%s" finds %i', async (query, n) => {
    expect(await searchFor(query)).toBe(`${n} of 2 saved cards`);
    expect(await dossier.getByTestId('dossier-entry').count()).toBe(n);
  });

  test("the Markdown export links every line to its sentence on the article's page", async () => {
    await searchFor('');
    const md = await download('export-markdown');
    expect(md).toMatch(/^# Kootniti dossier/);
    expect(md).toContain('## India–Russia · भारत–रूस');
    const links = [...md.matchAll(/\]\(<([^>]+#:~:text=[^>]+)>\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThanOrEqual(6);
    const texts = new Map(await Promise.all(articles.map(async (a) => [a.url, (await a.text()).normalize()] as const)));
    for (const link of links) {
      const [base, directive] = link.split('#:~:text=') as [string, string];
      // Percent-encoded as the spec asks: no raw '-', ',' (but the one between start and end) or '&'.
      expect(directive, link).toMatch(/^[A-Za-z0-9%._]+(,[A-Za-z0-9%._]+)?$/);
      const [start, end] = directive.split(',').map(decodeURIComponent) as [string, string | undefined];
      const page = texts.get(base);
      expect(page, `${base} is one of the saved pages`).toBeDefined();
      const at = page!.indexOf(start);
      expect(at, `"${start}" is on ${base}`).toBeGreaterThanOrEqual(0);
      if (end) expect(page!.indexOf(end, at), `"${end}" follows "${start}"`).toBeGreaterThan(at);
    }
  });

  test('a hostile import is refused with a reason, and nothing changes', async () => {
    const hostile = JSON.stringify({ format: 'kootniti-dossier', version: 1, cards: [{ v: 1, url: 'javascript:alert(1)', savedAt: 1, summary: {} }] });
    await dossier.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    const status = dossier.getByTestId('dossier-status');
    await dossier.locator('[data-testid="dossier-status"].error').waitFor();
    expect(await status.innerText()).toMatch(/A card in the file is not valid \(Card 1: .*url.*\)\. Nothing was changed\./);
    expect(await count()).toBe('2 of 2 saved cards');
  });

  test('export JSON, delete all, import it back: the same two cards', async () => {
    const json = await download('export-json');
    expect(JSON.parse(json)).toMatchObject({ format: 'kootniti-dossier', version: 1, count: 2 });
    await dossier.getByTestId('delete-all').click();
    await dossier.getByTestId('delete-all-confirm').click();
    await dossier.getByTestId('dossier-empty').waitFor();
    await dossier.getByTestId('import-file').setInputFiles({ name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await dossier.locator('[data-testid="dossier-status"]', { hasText: 'Imported: 2 new, 0 updated, 0 already there.' }).waitFor();
    expect(await count()).toBe('2 of 2 saved cards');
    // Importing the same file again adds nothing.
    await dossier.getByTestId('import-file').setInputFiles({ name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await dossier.locator('[data-testid="dossier-status"]', { hasText: '0 new, 0 updated, 2 already there' }).waitFor();
    await openTheDossier(); // a reload reads the store afresh
    expect(await count()).toBe('2 of 2 saved cards');
    expect(await dossier.getByTestId('storage-used').innerText()).toMatch(/Storage used: [\d.]+ (KB|MB)/);
  });
});

describeE2E('dossier: stored data is untrusted', () => {
  const s = useSession();

  test('a corrupt entry is made again from its card; a corrupt card is skipped and counted', async () => {
    const article = await ArticlePage.open(s, PAGES[0]);
    const popup = await PopupPage.open(s, article.tabId);
    await saveFromPopup(popup);
    const page = await openDossier(s);
    // Mangle the stored entry, and add a card with a bad record beside it (another build, a bug, a disk error).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kootniti-dossier');
          open.onsuccess = () => {
            // The one saved card is in pack 0: its entry mangled, and a bad card with a broken entry added to the pack.
            const tx = open.result.transaction(['cardPacks', 'entryPacks'], 'readwrite');
            const [cards, entries] = [tx.objectStore('cardPacks'), tx.objectStore('entryPacks')];
            cards.get(0).onsuccess = (e) => {
              const pack = (e.target as IDBRequest<{ urls: string[]; texts: string[] }>).result;
              const bad = JSON.stringify({ v: 1, url: 'https://bad.example/x', savedAt: 'yesterday', summary: null });
              cards.put({ ...pack, urls: [...pack.urls, 'https://bad.example/x'], texts: [...pack.texts, bad] }, 0);
            };
            entries.get(0).onsuccess = (e) => {
              const pack = (e.target as IDBRequest<{ entries: Record<string, unknown>[] }>).result;
              const [entry] = pack.entries;
              entries.put(
                {
                  ...pack,
                  entries: [
                    { ...entry, title: 42, lines: 'not lines' },
                    { v: 1, url: 'https://bad.example/x', broken: true },
                  ],
                },
                0,
              );
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await waitReady(page);
    expect(await page.getByTestId('dossier-entry').count()).toBe(1);
    expect(await page.getByTestId('dossier-entry').locator('h3').innerText()).toMatch(/India and Russia agree/);
    expect(await page.locator('.error').innerText()).toBe('Saved cards that could not be read, and are not shown: 1.');
    await page.close();
  });
});

describeE2E('dossier: auto-save', () => {
  const s = useSession();

  test('with auto-save ticked in Options, a card made from a page is saved without pressing Save', async () => {
    const options = await s.context.newPage();
    await options.goto(s.extensionUrl('options.html'));
    await options.getByTestId('auto-save').check();
    await waitFor(async () => ((await storageLocal(s)).settings as { autoSave?: boolean } | undefined)?.autoSave || undefined, 'autoSave stored');
    // The options page links to the dossier.
    expect(await options.getByTestId('open-dossier').getAttribute('href')).toBe('/dossier.html');
    await options.close();

    const article = await ArticlePage.open(s, PAGES[1]);
    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');
    await popup.page.close();
    const page = await s.context.newPage();
    // Auto-save runs beside the card, not before it: poll the dossier until the card is there.
    await waitFor(async () => {
      await openDossier(s, { page });
      return (await page.getByTestId('dossier-entry').count()) === 1 || undefined;
    }, 'the auto-saved card in the dossier');
    expect(await page.getByTestId('dossier-entry').locator('h3').innerText()).toMatch(/भारत और रूस/);
    await page.close();
  });
});
