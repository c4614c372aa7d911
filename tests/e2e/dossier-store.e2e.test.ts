/**
 * The dossier's store in real Chromium's IndexedDB: a database written by the first build
 * (version 1: cards and entries only) is upgraded in place to packs (version 4: up to 250 cards in
 * a record, their entries in another), stamped and counted into the summary, and the summary then
 * follows an import and a delete; the reader's "keep 30 days" chosen in Options deletes older cards
 * when the dossier opens; version 2 and 3 databases (a record per card) are packed with nothing
 * lost; Delete on one card takes it out of its pack, the stamps and the summary; and a damaged
 * entry pack and stamps record are made again from the cards.
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
            // Every meta record by its key (summary, stamps, newest, newest:<thread>, newestStale).
            const store = tx.objectStore('meta');
            store.getAllKeys().onsuccess = (k) => {
              const keys = (k.target as IDBRequest<IDBValidKey[]>).result;
              store.getAll().onsuccess = (v) => {
                const values = (v.target as IDBRequest<unknown[]>).result;
                keys.forEach((key, i) => {
                  meta[String(key)] = values[i];
                });
              };
            };
          }
          tx.oncomplete = () => {
            resolve({ version: db.version, stores, meta });
            db.close();
          };
        };
      }),
  );

/** The stored stamps without their pack keys, sorted by address (null when they do not validate). */
const stampsOf = (record: unknown) => {
  const stamps = parseStamps(record);
  return stamps && [...stamps.byUrl.values()].map(({ url, savedAt, date }) => ({ url, savedAt, date })).sort((a, b) => a.url.localeCompare(b.url));
};
/** Every card and entry stored, out of their packs. */
const unpacked = (db: Awaited<ReturnType<typeof dump>>) => ({
  cards: (db.stores.cardPacks ?? []).flatMap((p) => (p as { texts: string[] }).texts.map((t) => JSON.parse(t) as unknown)),
  entries: (db.stores.entryPacks ?? []).flatMap((p) => (p as { entries: unknown[] }).entries),
});
/** What the stamps of these entries say (pack keys aside). */
const stampsOfEntries = (entries: readonly { url: string; savedAt: number; date: number }[]) =>
  stampsOf(
    packStamps(
      entries.map(({ url, savedAt, date }) => ({ url, savedAt, date, pack: 0 })),
      1,
    ),
  );

describeE2E('dossier store', () => {
  const s = useSession();
  const cards = [cardOf('ruDefenceEn'), cardOf('ruDefenceHi'), cardOf('usTradeEn')];

  test('a version 1 database is upgraded to packs: stamped and counted into the summary', async () => {
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
    expect(db.version).toBe(4);
    expect(Object.keys(db.stores).sort()).toEqual(['cardPacks', 'entryPacks', 'meta']);
    const entries = cards.slice(0, 2).map((c) => entryOf(c));
    expect(unpacked(db).entries).toEqual(expect.arrayContaining(entries));
    expect(stampsOf(db.meta.stamps)).toEqual(stampsOfEntries(entries));
    expect(db.meta.summary).toEqual(summaryOf(entries));
    // The newest entries, overall and of the thread, for a first page drawn from one small read.
    for (const key of ['newest', 'newest:pair:India|Russia']) {
      expect(db.meta[key]).toEqual({ v: 1, complete: true, entries: expect.arrayContaining(entries) });
      expect((db.meta[key] as { entries: unknown[] }).entries).toHaveLength(2);
    }
    expect(db.meta.newestStale).toEqual([]);
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
    expect(stampsOf(after.meta.stamps)).toEqual(stampsOfEntries(entries));
    // The replaced card left its pack: each address is stored once.
    expect(unpacked(after).entries).toHaveLength(3);
    expect(unpacked(after).entries).toEqual(expect.arrayContaining(entries));
    // The thread list of a reload comes from the summary first: the same counts.
    await page.reload();
    await waitReady(page);
    expect(await page.getByTestId('thread').allInnerTexts()).toEqual(['India–Russia · भारत–रूस (2)', 'India–United States · भारत–अमेरिका (1)']);
    await page.getByTestId('delete-all').click();
    await page.getByTestId('delete-all-confirm').click();
    await page.getByTestId('dossier-empty').waitFor();
    const cleared = await dump(page);
    expect(cleared.meta.summary).toEqual(summaryOf([]));
    expect(cleared.meta.stamps).toEqual(packStamps([], 0));
    expect(unpacked(cleared)).toEqual({ cards: [], entries: [] });
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
    ['version 2 (a stamp per card in its own store)', 2, false],
    ['version 2 with a broken stamp', 2, true],
    ['version 3 (a record per card, the stamps in one record)', 3, false],
  ])('a %s database is upgraded to packs with nothing lost', async (_, version, broken) => {
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('options.html'));
    const entries = cards.map((c) => entryOf(c));
    const stamps = entries.map((e) => ({ url: e.url, savedAt: e.savedAt, date: e.date }));
    const old = {
      version,
      cards,
      entries,
      stamps: broken ? [...stamps, { url: 'https://broken.example/' }] : stamps,
      // Version 3's stamps record: three lists.
      stampsRecord: { v: 1, url: stamps.map((x) => x.url), savedAt: stamps.map((x) => x.savedAt), date: stamps.map((x) => x.date) },
      summary: summaryOf(entries),
    };
    await page.evaluate(
      (data) =>
        new Promise<void>((resolve, reject) => {
          const gone = indexedDB.deleteDatabase('kootniti-dossier');
          gone.onerror = () => reject(gone.error);
          gone.onsuccess = () => {
            // The old layout, as the build of that version created it.
            const open = indexedDB.open('kootniti-dossier', data.version);
            open.onupgradeneeded = () => {
              const db = open.result;
              db.createObjectStore('cards', { keyPath: 'url' });
              const entryStore = db.createObjectStore('entries', { keyPath: 'url' });
              entryStore.createIndex('date', ['date', 'savedAt']);
              entryStore.createIndex('thread', 'threadKeys', { multiEntry: true });
              if (data.version === 2) db.createObjectStore('stamps', { keyPath: 'url' });
              db.createObjectStore('meta');
            };
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const names = data.version === 2 ? ['cards', 'entries', 'stamps', 'meta'] : ['cards', 'entries', 'meta'];
              const tx = open.result.transaction(names, 'readwrite');
              for (const card of data.cards) tx.objectStore('cards').put(card);
              for (const entry of data.entries) tx.objectStore('entries').put(entry);
              if (data.version === 2) for (const stamp of data.stamps) tx.objectStore('stamps').put(stamp);
              else tx.objectStore('meta').put(data.stampsRecord, 'stamps');
              tx.objectStore('meta').put(data.summary, 'summary');
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
            };
          };
        }),
      old,
    );
    await openDossier(s, { page });
    expect((await page.getByTestId('dossier-count').innerText()).replace(/\s+/g, ' ')).toBe('3 of 3 saved cards');
    const db = await dump(page);
    expect(db.version).toBe(4);
    expect(Object.keys(db.stores).sort()).toEqual(['cardPacks', 'entryPacks', 'meta']);
    // Three cards fit one pack, in the order they were saved, each entry beside its card.
    expect(db.stores.cardPacks).toHaveLength(1);
    expect(unpacked(db).cards).toEqual(expect.arrayContaining(cards));
    expect(unpacked(db).cards).toHaveLength(3);
    expect(unpacked(db).entries).toEqual((unpacked(db).cards as typeof cards).map((c) => entryOf(c)));
    expect(db.meta.summary).toEqual(old.summary);
    expect(stampsOf(db.meta.stamps)).toEqual(stampsOfEntries(entries));
    // The upgraded store still merges by the stamps: the same cards again change nothing.
    const file = { format: 'kootniti-dossier', version: 1, cards };
    await page.getByTestId('import-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('[data-testid="dossier-status"]', { hasText: 'Imported: 0 new, 0 updated, 3 already there.' }).waitFor();
    const after = await dump(page);
    expect(stampsOf(after.meta.stamps)).toEqual(stampsOfEntries(entries));
    expect(after.meta.summary).toEqual(old.summary);
    await page.close();
  });
  test('Delete on one card, by keyboard: asked in place, then the card, its entry and stamp go and the summary counts it out', async () => {
    // The upgrade tests above left the three cards stored.
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
    expect((unpacked(db).cards as { url: string }[]).map((c) => c.url).sort()).toEqual(left.map((e) => e.url).sort());
    expect(unpacked(db).entries).toEqual(expect.arrayContaining(left));
    expect(unpacked(db).entries).toHaveLength(2);
    expect(db.meta.summary).toEqual(summaryOf(left));
    expect(stampsOf(db.meta.stamps)).toEqual(stampsOfEntries(left));
    // Out of the newest entries of its thread too: India–Russia keeps one card, and says so.
    expect(db.meta['newest:pair:India|Russia']).toEqual({ v: 1, complete: true, entries: [entryOf(cards[0]!)] });
    // A reload draws the first page from the summary: the same counts.
    await page.reload();
    await waitReady(page);
    expect(await page.getByTestId('thread').allInnerTexts()).toEqual(['India–Russia · भारत–रूस (1)', 'India–United States · भारत–अमेरिका (1)']);
    await page.close();
  });
  test('a damaged entry pack and stamps record are made again from the cards, and the next delete keeps them right', async () => {
    // The Delete test above left two cards, in pack 0.
    const page = await openDossier(s);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kootniti-dossier');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['entryPacks', 'meta'], 'readwrite');
            tx.objectStore('entryPacks').put({ v: 1, entries: 'damaged' }, 0);
            tx.objectStore('meta').put({ v: 2, url: 'damaged' }, 'stamps');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await page.reload();
    await waitReady(page);
    expect((await page.getByTestId('dossier-count').innerText()).replace(/\s+/g, ' ')).toBe('2 of 2 saved cards');
    const left = [cards[0]!, cards[2]!].map((c) => entryOf(c));
    const repaired = await dump(page);
    expect(unpacked(repaired).entries).toEqual(expect.arrayContaining(left));
    expect(stampsOf(repaired.meta.stamps)).toEqual(stampsOfEntries(left));
    const gone = cards[0]!;
    const entry = page.getByTestId('dossier-entry').filter({ has: page.locator('h3', { hasText: gone.summary.title }) });
    await entry.getByTestId('delete-card').click();
    await page.getByTestId('delete-card-confirm').click();
    await page.locator('[data-testid="dossier-status"]', { hasText: `Deleted “${gone.summary.title}”.` }).waitFor();
    const db = await dump(page);
    expect(unpacked(db).entries).toEqual([entryOf(cards[2]!)]);
    expect(stampsOf(db.meta.stamps)).toEqual(stampsOfEntries([entryOf(cards[2]!)]));
    expect(db.meta.summary).toEqual(summaryOf([entryOf(cards[2]!)]));
    await page.close();
  });

  test("an import of 600 cards: three packs, every card made ready by the import's worker, its entry the same as the store makes", async () => {
    // The test above left one card. These are the three cards at 600 new addresses, 250 checked at a time.
    const page = await openDossier(s);
    const many = Array.from({ length: 600 }, (_, i) => {
      const card = cards[i % 3]!;
      return { ...card, url: `https://import.example/${i}/${card.summary.language}`, savedAt: card.savedAt + i };
    });
    const file = { format: 'kootniti-dossier', version: 1, cards: many };
    await page.getByTestId('import-file').setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('[data-testid="dossier-status"]', { hasText: 'Imported: 600 new, 0 updated, 0 already there.' }).waitFor();
    // The worker runs under the pages' security policy, and the page waited for its slices.
    expect(await page.evaluate(() => (performance.getEntriesByName('kootniti:import-worker-cards')[0] as PerformanceMark | undefined)?.detail)).toBe(600);
    const db = await dump(page);
    expect(db.stores.cardPacks).toHaveLength(4);
    const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    const all = [cards[2]!, ...many].map((c) => entryOf(c)).sort(byUrl);
    expect((unpacked(db).entries as { url: string }[]).sort(byUrl)).toEqual(all);
    expect(db.meta.summary).toEqual(summaryOf(all));
    await page.close();
  });
});
