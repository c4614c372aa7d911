/**
 * How IndexedDB in Chromium takes 10,000 saved cards in the forms a store could keep them, a record
 * per card (deep objects, one JSON string each, the JSON as UTF-8 bytes) or 40 packs of 250 (deep
 * objects, or each card's JSON text: what the store keeps); and 10,000 stamps one record each
 * against one record of them all. Times a `put` of all in one transaction and a `getAll` with its
 * result read (IndexedDB rebuilds the values only then), in the page (the e2e build's options page:
 * the dossier's origin), alternating the forms' order between rounds. Why the store keeps packs of
 * text and one stamps record: README, "Saved cards and the dossier".
 *
 *   npm run bench:idb-forms [-- --rounds N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { entryOf } from '../engine/dossier/entry';
import { CHROMIUM, extensionArgs } from './lib/chromium';
import { generateCards } from './lib/history-corpus';

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
// 300 distinct cards, cycled to 10,000 in the page (a 70 MB argument is too much for the driver).
const sample = generateCards(300).map((card) => ({ card, date: entryOf(card).date }));
const profile = mkdtempSync(join(tmpdir(), 'kootniti-bench-idb-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: extensionArgs(resolve('.output/chrome-mv3-e2e')),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  // tsx names functions with a helper the page does not have.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const figures = await page.evaluate(
    async ({ sample, rounds }) => {
      const N = 10_000;
      const deep = Array.from({ length: N }, (_, i) => ({ ...sample[i % sample.length]!.card, url: `https://bench.example/${i}` }));
      const forms: Record<string, unknown[]> = {
        deep,
        string: deep.map((c) => ({ url: c.url, json: JSON.stringify(c) })),
        bytes: deep.map((c) => ({ url: c.url, json: new TextEncoder().encode(JSON.stringify(c)) })),
        stamps: deep.map((c, i) => ({ url: c.url, savedAt: c.savedAt, date: sample[i % sample.length]!.date })),
        'packs of objects': Array.from({ length: N / 250 }, (_, i) => ({ url: `pack-${i}`, cards: deep.slice(i * 250, i * 250 + 250) })),
        'packs of text': Array.from({ length: N / 250 }, (_, i) => {
          const cards = deep.slice(i * 250, i * 250 + 250);
          return { url: `pack-${i}`, urls: cards.map((c) => c.url), texts: cards.map((c) => JSON.stringify(c)) };
        }),
      };
      const stores = [...Object.keys(forms), 'one'];
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('bench-forms', 1);
        open.onupgradeneeded = () => {
          for (const name of stores) open.result.createObjectStore(name, name === 'one' ? undefined : { keyPath: 'url' });
        };
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const run = (name: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => unknown) =>
        new Promise<number>((ok, fail) => {
          const t = performance.now();
          const tx = db.transaction(name, mode);
          // The values are rebuilt when the result is first read: part of what a reader pays.
          const read = work(tx.objectStore(name)) as IDBRequest | undefined;
          tx.oncomplete = () => {
            void read?.result;
            ok(Math.round(performance.now() - t));
          };
          tx.onerror = () => fail(tx.error);
        });
      const out: Record<string, number[]> = {};
      const add = (key: string, ms: number) => (out[key] ??= []).push(ms);
      for (let r = 0; r < rounds; r++) {
        const names = r % 2 ? [...stores].reverse() : stores;
        for (const name of names) await run(name, 'readwrite', (s) => s.clear());
        for (const name of names) {
          if (name === 'one') add('put one record of every stamp', await run(name, 'readwrite', (s) => s.put(forms.stamps, 'stamps')));
          else add(`put ${name}`, await run(name, 'readwrite', (s) => void forms[name]!.forEach((v) => s.put(v))));
        }
        for (const name of names) if (name !== 'one' && name !== 'stamps') add(`getAll ${name}, result read`, await run(name, 'readonly', (s) => s.getAll()));
        // What a reader of the text packs pays on top: JSON.parse of every card.
        const t = performance.now();
        for (const pack of forms['packs of text'] as { texts: string[] }[]) for (const text of pack.texts) JSON.parse(text);
        add('JSON.parse of every card of the text packs', Math.round(performance.now() - t));
      }
      return out;
    },
    { sample, rounds: ROUNDS },
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [step, ms] of Object.entries(figures)) console.log(`${step}: median ${median(ms)} ms (${ms.join(', ')})`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
