/**
 * The dossier's store in real Chromium's IndexedDB: a database written by the first build
 * (version 1: cards and entries only) is upgraded in place — entries indexed by date and thread,
 * stamped and counted into the summary — and the summary then follows an import and a delete;
 * the reader's "keep 30 days" chosen in Options deletes older cards when the dossier opens.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { entryOf } from '../../engine/dossier/entry';
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
            tx.objectStore('meta').get('summary').onsuccess = (e) => {
              meta.summary = (e.target as IDBRequest<unknown>).result;
            };
          }
          tx.oncomplete = () => {
            resolve({ version: db.version, stores, meta });
            db.close();
          };
        };
      }),
  );

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
    expect(db.version).toBe(2);
    const entries = cards.slice(0, 2).map((c) => entryOf(c));
    expect(db.stores.entries).toEqual(expect.arrayContaining(entries));
    expect(db.stores.stamps).toHaveLength(2);
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
    expect(after.stores.stamps).toHaveLength(3);
    // The thread list of a reload comes from the summary first: the same counts.
    await page.reload();
    await waitReady(page);
    expect(await page.getByTestId('thread').allInnerTexts()).toEqual(['India–Russia · भारत–रूस (2)', 'India–United States · भारत–अमेरिका (1)']);
    await page.getByTestId('delete-all').click();
    await page.getByTestId('delete-all-confirm').click();
    await page.getByTestId('dossier-empty').waitFor();
    expect((await dump(page)).meta.summary).toEqual(summaryOf([]));
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
});
