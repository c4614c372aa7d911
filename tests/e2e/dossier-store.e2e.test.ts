/**
 * The dossier's store in real Chromium's IndexedDB: a database written by the first build
 * (version 1: cards and entries only) is upgraded in place — entries indexed by date and thread,
 * stamped and counted into the summary — and the summary then follows an import and a delete;
 * the reader's "keep 30 days" chosen in Options deletes older cards when the dossier opens; a
 * version 2 database (a stamp per card in its own store) becomes version 3 with nothing lost; and
 * Delete on one card takes it out of every store and the summary.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { entryOf } from '../../engine/dossier/entry';
import { packStamps, parseStamps } from '../../engine/dossier/stamps';
import { summaryOf } from '../../engine/dossier/summary';
import { cardOf } from '../support/dossier-cards';
import { describeE2E, useSession } from './support/browser';
import { openDossier, waitReady } from './support/dossier';
import { storageLocal, waitFor } from './support/extension';

/** Everything in the dossier's database, by store (keys of `meta` included). */
const dump = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ version: number; stores: Record<string, unknown[]>; meta: Record<string, unknown> }>((resolve, reject) => {
        const open = indexedDB.open('kootniti-dossier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const stores: Record<string, unknown[]> = {};
          const meta: Record<string, unknown> = {};
          for (const name of names) {
            tx.objectStore(name).getAll().onsuccess = (e) => {
              stores[name] = (e.target as IDBRequest<unknown[]>).result;
            };
          }
          if (names.includes('meta')) {
            for (const key of ['summary', 'stamps']) {
              tx.objectStore('meta').get(key).onsuccess = (e) => {
                meta[key] = (e.target as IDBRequest<unknown>).result;
              };
            }
          }
          tx.oncomplete = () => {
            resolve({ version: db.version, stores, meta });
            db.close();
          };
        };
      }),
  );

/** The stored stamps, sorted by address (null when they do not validate). */
const stampsOf = (record: unknown) => {
  const stamps = parseStamps(record);
  return stamps && [...stamps.values()].sort((a, b) => a.url.localeCompare(b.url));
};

describeE2E('dossier store', () => {
  const s = useSession();
  const cards = [cardOf('ruDefenceEn'), cardOf('ruDefenceHi'), cardOf('usTradeEn')];

  test('a version 1 database is upgraded: entries indexed and stamped, the summary counted', async () => {
    // The first build's records: entries without thread keys, at entry version 1.
    const v1 = cards.slice(0, 2).map((card) => {
      const { threadKeys: _, ...entry } = entryOf(card);
      return { card, entry: { ...entry, v: 1 } };
    });
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('options.html'));
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kootniti-dossier', 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('cards', { keyPath: 'url' });
            open.result.createObjectStore('entries', { keyPath: 'url' });
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['cards', 'entries'], 'readwrite');
            for (const { card, entry } of records) {
              tx.objectStore('cards').put(card);
              tx.objectStore('entries').put(entry);
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      v1,
    );
    await openDossier(s, { page, path: 'dossier.html?thread=pair:India|Russia' });
    expect((await page.getByTestId('dossier-count').innerText()).replace(/\s+/g, ' ')).toBe('India–Russia · भारत–रूस: 2 of 2 saved cards');
    const db = await dump(page);
    expect(db.version).toBe(3);
    const entries = cards.slice(0, 2).map((c) => entryOf(c));
    expect(db.stores.entries).toEqual(expect.arrayContaining(entries));
    expect(stampsOf(db.meta.stamps)).toEqual(stampsOf(packStamps(entries)));
    expect(db.meta.summary).toEqual(summaryOf(entries));
    await page.close();
  });

  test('the summary follows an import (one card replaced, one new) and delete all', async () => {
    const page = await openDossier(s);
    // The English card saved again later (its savedAt newer: it replaces the stored one), and a new one.
    const file = { format: 'kootniti-dossier', version: 1, cards: [{ ...cards[0]!, savedAt: cards[0]!.savedAt + 1000 }, cards[2]] };
    await page.getByTestId('import-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('[data-testid="dossier-status"]', { hasText: 'Imported: 1 new, 1 updated, 0 already there.' }).waitFor();
    const after = await dump(page);
    const entries = [entryOf({ ...cards[0]!, savedAt: cards[0]!.savedAt + 1000 }), entryOf(cards[1]!), entryOf(cards[2]!)];
    expect(after.meta.summary).toEqual(summaryOf(entries));
    expect(stampsOf(after.meta.stamps)).toEqual(stampsOf(packStamps(entries)));
    // The thread list of a reload comes from the summary first: the same counts.
    await page.reload();
    await waitReady(page);
    expect(await page.getByTestId('thread').allInnerTexts()).toEqual(['India–Russia · भारत–रूस (2)', 'India–United States · भारत–अमेरिका (1)']);
    await page.getByTestId('delete-all').click();
    await page.getByTestId('delete-all-confirm').click();
    await page.getByTestId('dossier-empty').waitFor();
    const cleared = await dump(page);
    expect(cleared.meta.summary).toEqual(summaryOf([]));
    expect(cleared.meta.stamps).toEqual(packStamps([]));
    await page.close();
  });

  test('"keep 30 days" chosen in Options: the dossier opens without the older cards', async () => {
    const page = await openDossier(s);
    const day = 24 * 60 * 60 * 1000;
    const file = { format: 'kootniti-dossier', version: 1, cards: cards.map((c, i) => ({ ...c, savedAt: Date.now() - [1, 40, 400][i]! * day })) };
    await page.getByTestId('import-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('[data-testid="dossier-status"]', { hasText: 'Imported: 3 new' }).waitFor();
    await page.goto(s.extensionUrl('options.html'));
    await page.getByTestId('keep-days').selectOption('30');
    await waitFor(async () => ((await storageLocal(s)).settings as { keepDays?: number } | undefined)?.keepDays === 30 || undefined, 'keepDays stored');
    await openDossier(s, { page });
    expect((await page.getByTestId('dossier-count').innerText()).replace(/\s+/g, ' ')).toBe('1 of 1 saved cards');
    expect(await page.getByTestId('dossier-entry').locator('h3').innerText()).toBe(cards[0]!.summary.title);
    expect((await dump(page)).meta.summary).toEqual(summaryOf([entryOf({ ...cards[0]!, savedAt: 0 })]));
    await page.close();
  });
  test.each([
    ['intact', false],
    ['with a broken stamp', true],
  ])('a version 2 database (a stamp per card in its own store), %s, is upgraded: the stamps become one record, nothing else changes', async (_, broken) => {
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('options.html'));
    const entries = cards.map((c) => entryOf(c));
    const stamps = entries.map((e) => ({ url: e.url, savedAt: e.savedAt, date: e.date }));
    const v2 = { cards, entries, stamps: broken ? [...stamps, { url: 'https://broken.example/' }] : stamps, summary: summaryOf(entries) };
    await page.evaluate(
      (data) =>
        new Promise<void>((resolve, reject) => {
          const gone = indexedDB.deleteDatabase('kootniti-dossier');
          gone.onerror = () => reject(gone.error);
          gone.onsuccess = () => {
            // The version 2 layout, as the previous build created it.
            const open = indexedDB.open('kootniti-dossier', 2);
            open.onupgradeneeded = () => {
              const db = open.result;
              db.createObjectStore('cards', { keyPath: 'url' });
              const entryStore = db.createObjectStore('entries', { keyPath: 'url' });
              entryStore.createIndex('date', ['date', 'savedAt']);
              entryStore.createIndex('thread', 'threadKeys', { multiEntry: true });
              db.createObjectStore('stamps', { keyPath: 'url' });
              db.createObjectStore('meta');
            };
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['cards', 'entries', 'stamps', 'meta'], 'readwrite');
              for (const card of data.cards) tx.objectStore('cards').put(card);
              for (const entry of data.entries) tx.objectStore('entries').put(entry);
              for (const stamp of data.stamps) tx.objectStore('stamps').put(stamp);
              tx.objectStore('meta').put(data.summary, 'summary');
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
            };
          };
        }),
      v2,
    );
    await openDossier(s, { page });
    expect((await page.getByTestId('dossier-count').innerText()).replace(/\s+/g, ' ')).toBe('3 of 3 saved cards');
    const db = await dump(page);
    expect(db.version).toBe(3);
    expect(Object.keys(db.stores).sort()).toEqual(['cards', 'entries', 'meta']);
    expect(db.stores.cards).toEqual(expect.arrayContaining(cards));
    expect(db.stores.cards).toHaveLength(3);
    expect(db.stores.entries).toEqual(expect.arrayContaining(entries));
    expect(db.stores.entries).toHaveLength(3);
    expect(db.meta.summary).toEqual(v2.summary);
    // (Broken: left out by the upgrade, then made again by the open's first read of the stamps, retention's.)
    expect(stampsOf(db.meta.stamps)).toEqual(stampsOf(packStamps(stamps)));
    // The upgraded store still merges by the stamps: the same cards again change nothing.
    const file = { format: 'kootniti-dossier', version: 1, cards };
    await page.getByTestId('import-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('[data-testid="dossier-status"]', { hasText: 'Imported: 0 new, 0 updated, 3 already there.' }).waitFor();
    const after = await dump(page);
    expect(stampsOf(after.meta.stamps)).toEqual(stampsOf(packStamps(stamps)));
    expect(after.meta.summary).toEqual(v2.summary);
    await page.close();
  });
  test('Delete on one card, by keyboard: asked in place, then the card, its entry and stamp go and the summary counts it out', async () => {
    // The version 2 test above left the three cards stored.
    const page = await openDossier(s);
    const gone = cards[1]!;
    const entry = page.getByTestId('dossier-entry').filter({ has: page.locator('h3', { hasText: gone.summary.title }) });
    await entry.getByTestId('delete-card').focus();
    await page.keyboard.press('Enter');
    // Focus is on "Yes, delete": Enter answers.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('delete-card-confirm');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="dossier-status"]', { hasText: `Deleted “${gone.summary.title}”.` }).waitFor();
    expect((await page.getByTestId('dossier-count').innerText()).replace(/\s+/g, ' ')).toBe('2 of 2 saved cards');
    const db = await dump(page);
    const left = [cards[0]!, cards[2]!].map((c) => entryOf(c));
    expect((db.stores.cards as { url: string }[]).map((c) => c.url).sort()).toEqual(left.map((e) => e.url).sort());
    expect(db.stores.entries).toEqual(expect.arrayContaining(left));
    expect(db.stores.entries).toHaveLength(2);
    expect(db.meta.summary).toEqual(summaryOf(left));
    expect(stampsOf(db.meta.stamps)).toEqual(stampsOf(packStamps(left)));
    // A reload draws the first page from the summary: the same counts.
    await page.reload();
    await waitReady(page);
    expect(await page.getByTestId('thread').allInnerTexts()).toEqual(['India–Russia · भारत–रूस (1)', 'India–United States · भारत–अमेरिका (1)']);
    await page.close();
  });
});
