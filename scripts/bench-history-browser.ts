/**
 * The dossier with 10,000 saved cards in real Chromium (the e2e build): imports the generated
 * cards through the page's own Import (parse, validate, merge, one IndexedDB transaction), then
 * times opening the dossier (navigation start to the cards first drawn, the page's own clock), the
 * first and later searches, and the JSON export. For the storage choice it also tries to keep the
 * same cards in `storage.local` (one key per card, as a storage.local design would), without
 * `unlimitedStorage`.
 *
 *   npm run bench:history:browser [-- --cards N] [-- --json] [-- --extension DIR]
 *
 * `--extension DIR` runs another build (a copy of an older .output/chrome-mv3-e2e: a same-run baseline).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { dossierJson } from '../engine/dossier/transfer';
import { generateCards } from './lib/history-corpus';
import { CHROMIUM, extensionArgs } from './lib/chromium';

const json = process.argv.includes('--json');
const countArg = process.argv.indexOf('--cards');
const COUNT = countArg > 0 ? Number(process.argv[countArg + 1]) : 10_000;
const OPENS = 5;
const extensionArg = process.argv.indexOf('--extension');
const EXTENSION = resolve(process.cwd(), extensionArg > 0 ? (process.argv[extensionArg + 1] as string) : '.output/chrome-mv3-e2e');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number) => Math.round(x);

const cards = generateCards(COUNT);
const file = Buffer.from(dossierJson(cards, Date.now()));
const profile = mkdtempSync(join(tmpdir(), 'kootniti-bench-history-'));
const filePath = join(profile, '..', `${profile.split('/').pop()}.json`);
writeFileSync(filePath, file);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: [...extensionArgs(EXTENSION)],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  const ready = async () => {
    await page.goto(`chrome-extension://${id}/dossier.html`);
    await page.locator('[data-testid="dossier"][data-state="ready"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('kootniti:dossier-ready').length > 0);
    // Builds from before the first page (a baseline) draw everything at once: complete = ready.
    return page.evaluate(() => {
      const first = performance.getEntriesByName('kootniti:dossier-ready')[0]!.startTime;
      return { first, complete: performance.getEntriesByName('kootniti:dossier-complete')[0]?.startTime ?? first };
    });
  };
  await ready();

  // The page's own measures of each step of an import or export (builds that have them).
  const pageSteps = () =>
    page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter((m) => /^kootniti:(import|export)-/.test(m.name))
          .map((m) => [m.name.slice('kootniti:'.length), Math.round(m.duration)]),
      ),
    );
  let t0 = performance.now();
  await page.getByTestId('import-file').setInputFiles(filePath);
  await page.locator('[data-testid="dossier-status"]', { hasText: 'Imported:' }).waitFor({ timeout: 300_000 });
  const importMs = performance.now() - t0;
  const importSteps = await pageSteps();
  // How many cards the import's worker made ready to store (builds that have one).
  const workerCards = await page.evaluate(
    () => (performance.getEntriesByName('kootniti:import-worker-cards')[0] as PerformanceMark | undefined)?.detail ?? null,
  );
  // After setInputFiles the tab's frames came about once a second (requestAnimationFrame at 0.7–1 s):
  // brought to the front, they come at 60 a second again, and "drawn" means drawn.
  await page.bringToFront();

  // What opening (the entries) and an export (the cards) cost before any of our code: IndexedDB
  // handing over every record (structured clone). Packed (version 4), or a record per card (a baseline build).
  const getAllOf = (stores: [string, string]) =>
    page.evaluate(
      (names) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('kootniti-dossier');
          open.onsuccess = () => {
            const store = open.result.objectStoreNames.contains(names[0]) ? names[0] : names[1];
            const t = performance.now();
            const req = open.result.transaction(store, 'readonly').objectStore(store).getAll();
            req.onsuccess = () => {
              resolve(performance.now() - t);
              open.result.close();
            };
            req.onerror = () => reject(req.error);
          };
          open.onerror = () => reject(open.error);
        }),
      stores,
    );
  const getAllMs: number[] = [];
  const cardsGetAllMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    getAllMs.push(await getAllOf(['entryPacks', 'entries']));
    cardsGetAllMs.push(await getAllOf(['cardPacks', 'cards']));
  }
  const opens: number[] = [];
  const completes: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const { first, complete } = await ready();
    opens.push(first);
    completes.push(complete);
  }

  // The page's own clock: from the input event to the results drawn (the App's 'kootniti:filter' measure).
  const search = async (query: string) => {
    const before = await page.evaluate(() => performance.getEntriesByName('kootniti:filter').length);
    await page.getByTestId('dossier-search').fill(query);
    await page.waitForFunction((n) => performance.getEntriesByName('kootniti:filter').length > n, before);
    return page.evaluate(() => performance.getEntriesByName('kootniti:filter').at(-1)!.duration);
  };
  const firstSearchMs = await search('रक्षा');
  const searches: number[] = [];
  for (const q of ['defence', 'रूस', 'Russia', 'कच्चा तेल', 'satellite', 'आतंकवाद', 'Japan trade']) {
    await search('');
    searches.push(await search(q));
  }
  await search('');

  // Clicked in the page (Playwright's own click waits up to 2 s for the button to be "stable" here), timed by the page's clock.
  const pageNow = () => page.evaluate(() => performance.now());
  t0 = await pageNow();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.evaluate(() => (document.querySelector('[data-testid="export-json"]') as HTMLElement).click()),
  ]);
  const exportStartedMs = (await pageNow()) - t0;
  await download.path();
  const exportJsonMs = (await pageNow()) - t0;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const steps = { ...importSteps, ...(await pageSteps()) };

  // storage.local, one key per card, no unlimitedStorage: does it hold them, and how fast?
  // The same number of cards of the same size: the generated cards cycled (a 50 MB argument is too much for the driver).
  const local = await page.evaluate(
    async ({ sample, count }) => {
      const { chrome } = globalThis as unknown as { chrome: typeof Browser };
      const cards = Array.from({ length: count }, (_, i) => ({ ...sample[i % sample.length], url: `https://bench.example/${i}` }));
      const t = performance.now();
      try {
        for (let i = 0; i < cards.length; i += 500) {
          await chrome.storage.local.set(Object.fromEntries(cards.slice(i, i + 500).map((c, k) => [`bench:${i + k}`, c])));
        }
        const written = performance.now() - t;
        const r = performance.now();
        const all = await chrome.storage.local.get(null);
        return { ok: true, writeMs: written, readAllMs: performance.now() - r, keys: Object.keys(all).length };
      } catch (e) {
        const bytes = await chrome.storage.local.getBytesInUse(null);
        return { ok: false, error: String(e), afterMs: performance.now() - t, bytes };
      } finally {
        await chrome.storage.local.clear();
      }
    },
    { sample: cards.slice(0, 200), count: COUNT },
  );

  const figures = {
    cards: COUNT,
    fileMB: Math.round(file.length / 1024 / 102.4) / 10,
    importMs: round(importMs),
    workerCards,
    entriesGetAllMs: round(median(getAllMs)),
    cardsGetAllMs: round(median(cardsGetAllMs)),
    openMedianMs: round(median(opens)),
    opensMs: opens.map(round),
    allEntriesMedianMs: round(median(completes)),
    firstSearchMs: round(firstSearchMs),
    searchMedianMs: round(median(searches)),
    exportJsonMs: round(exportJsonMs),
    exportStartedMs: round(exportStartedMs),
    steps,
    indexedDbUsageMB: Math.round(usage / 1024 / 102.4) / 10,
    storageLocal: local,
  };
  if (json) console.log(JSON.stringify(figures));
  else {
    console.log(`${COUNT} saved cards in Chromium (${figures.fileMB} MB of JSON)\n`);
    console.log(`import through the page (parse, validate, merge, IndexedDB): ${figures.importMs} ms`);
    if (workerCards !== null) console.log(`cards the import's worker made ready to store: ${workerCards}`);
    console.log(`IndexedDB getAll of the entries alone (the floor of an open): median ${figures.entriesGetAllMs} ms`);
    console.log(`IndexedDB getAll of the cards alone (the floor of an export): median ${figures.cardsGetAllMs} ms`);
    console.log(`dossier open (navigation to cards drawn): median ${figures.openMedianMs} ms of ${OPENS} (${figures.opensMs.join(', ')})`);
    console.log(`every entry read (search and filters ready): median ${figures.allEntriesMedianMs} ms`);
    console.log(
      `first search (builds the index): ${figures.firstSearchMs} ms; later searches: median ${figures.searchMedianMs} ms (input to results drawn, the page's clock)`,
    );
    console.log(`export JSON to a download: ${figures.exportJsonMs} ms (the download began at ${figures.exportStartedMs} ms)`);
    console.log(`steps (the page's measures, ms): ${JSON.stringify(steps)}`);
    console.log(`storage used (navigator.storage.estimate): ${figures.indexedDbUsageMB} MB`);
    console.log(`storage.local, one key per card, no unlimitedStorage: ${JSON.stringify(local)}`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(filePath, { force: true });
}
