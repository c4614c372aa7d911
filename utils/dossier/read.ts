/**
 * Reading the saved cards (store.ts writes them): the dossier's first page (newest first, or a
 * thread's newest) with the summary, every entry (after the first paint), cards for an export, the
 * stamps. Every value read is validated: an entry that does not validate is made again from its
 * card, and a card that does not validate is skipped and counted, never shown half-read.
 */
import { type DossierEntry, entryOf, parseEntry } from '../../engine/dossier/entry';
import { parseSavedCard, type SavedCard } from '../../engine/dossier/record';
import { readSavedCard } from '../../engine/dossier/record-fast';
import { type DossierSummary, parseSummary, summaryOf } from '../../engine/dossier/summary';
import { committed, done } from './idb';
import { packStamps, parseStamps, type Stamp } from '../../engine/dossier/stamps';
import { BY_DATE, BY_THREAD, CARDS, database, ENTRIES, META, STAMPS, SUMMARY } from './store';

/** Up to this many cards are read one by one; more are read with one getAll. */
const ONE_BY_ONE = 500;
/** Cards read per getAll when reading many. */
const BATCH = 1000;

/** What the dossier draws first: the newest entries (of a thread, when given) and the summary. */
export interface FirstPage {
  entries: DossierEntry[];
  summary: DossierSummary;
}

/** The newest `count` entries, of `thread` when given, read with a cursor on an index: no full scan. */
export async function firstPage(thread: string | null, count: number): Promise<FirstPage> {
  const db = await database();
  const tx = db.transaction([ENTRIES, META], 'readonly');
  const summaryRequest = done(tx.objectStore(META).get(SUMMARY));
  const index = tx.objectStore(ENTRIES).index(thread ? BY_THREAD : BY_DATE);
  const range = thread ? IDBKeyRange.bound([thread, -Infinity, -Infinity], [thread, Infinity, Infinity]) : null;
  // One that does not validate is left out here; the full read (listEntries) rebuilds it.
  const entries = (await newest(index, range, count)).map(parseEntry).filter((e): e is DossierEntry => e !== null);
  const summary = parseSummary(await summaryRequest) ?? (await rebuildSummary());
  return { entries, summary };
}

/** getAll's options (Chromium 141+): newest first in one request. */
type GetAll = (options: { query: IDBKeyRange | null; count: number; direction: IDBCursorDirection }) => IDBRequest<unknown[]>;

/** The last `count` values of an index (in `range`), newest first: one getAll where the browser can, else a cursor. */
function newest(index: IDBIndex, range: IDBKeyRange | null, count: number): Promise<unknown[]> {
  try {
    return done((index.getAll as unknown as GetAll).call(index, { query: range, count, direction: 'prev' }));
  } catch {
    // Older browsers read the options as a key and throw a DataError at once.
  }
  return new Promise((resolve, reject) => {
    const out: unknown[] = [];
    const cursor = index.openCursor(range, 'prev');
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c || out.length >= count) return resolve(out);
      out.push(c.value);
      c.continue();
    };
  });
}

/** Counts every entry again and stores the summary (when it was missing or broken). */
export async function rebuildSummary(entries?: readonly DossierEntry[]): Promise<DossierSummary> {
  const summary = summaryOf(entries ?? (await listEntries(false)).entries);
  const db = await database();
  const tx = db.transaction(META, 'readwrite');
  tx.objectStore(META).put(summary, SUMMARY);
  await committed(tx);
  return summary;
}

/** The summary (rebuilt when missing or broken). */
export async function readSummary(): Promise<DossierSummary> {
  const db = await database();
  const stored = parseSummary(await done(db.transaction(META, 'readonly').objectStore(META).get(SUMMARY)));
  return stored ?? rebuildSummary();
}

/** Every entry, validated; an entry that fails is made again from its card (and stored), a card that fails is counted in `skipped`. */
export async function listEntries(recount = true): Promise<{ entries: DossierEntry[]; skipped: number }> {
  const db = await database();
  const tx = db.transaction(ENTRIES, 'readonly');
  const [values, keys] = await Promise.all([done(tx.objectStore(ENTRIES).getAll()), done(tx.objectStore(ENTRIES).getAllKeys())]);
  const entries: DossierEntry[] = [];
  const broken: IDBValidKey[] = [];
  values.forEach((value, i) => {
    const entry = parseEntry(value);
    if (entry) entries.push(entry);
    else broken.push(keys[i] as IDBValidKey);
  });
  let skipped = 0;
  if (broken.length) {
    const repair = db.transaction([CARDS, ENTRIES], 'readwrite');
    for (const key of broken) {
      const parsed = parseSavedCard(await done(repair.objectStore(CARDS).get(key)));
      if (!parsed.ok) {
        skipped++;
        continue;
      }
      const entry = entryOf(parsed.card);
      repair.objectStore(ENTRIES).put(entry);
      entries.push(entry);
    }
    await committed(repair);
    // The summary counted what was readable then: count again.
    if (recount) await rebuildSummary(entries);
  }
  return { entries, skipped };
}

/**
 * The stored cards (all, or those at `urls`), validated (fast path: record-fast.ts) and migrated;
 * invalid ones are counted in `skipped`. Many are read in batches of getAll, so progress shows.
 */
export async function getCards(urls?: readonly string[], onProgress?: (read: number) => void): Promise<{ cards: SavedCard[]; skipped: number }> {
  const db = await database();
  const cards: SavedCard[] = [];
  let skipped = 0;
  const take = (value: unknown) => {
    const parsed = readSavedCard(value);
    if (parsed.ok) cards.push(parsed.card);
    else skipped++;
  };
  if (urls && urls.length <= ONE_BY_ONE) {
    const store = db.transaction(CARDS, 'readonly').objectStore(CARDS);
    for (const value of await Promise.all(urls.map((u) => done(store.get(u))))) if (value !== undefined) take(value);
  } else {
    // Many cards: a getAll per thousand is several times faster than a get (or a cursor step) per card.
    const wanted = urls ? new Set(urls) : null;
    let after: IDBValidKey | undefined;
    for (;;) {
      const store = db.transaction(CARDS, 'readonly').objectStore(CARDS);
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const values = await done(store.getAll(range, BATCH));
      // The store's key path is `url`: every stored value has its key there.
      const keyOf = (value: unknown) => (value as { url: string }).url;
      for (const value of values) if (!wanted || wanted.has(keyOf(value))) take(value);
      onProgress?.(cards.length + skipped);
      if (values.length < BATCH) break;
      after = keyOf(values.at(-1));
    }
  }
  onProgress?.(cards.length + skipped);
  return { cards, skipped };
}

/** The stamps as stored, or null when they are missing or broken. */
async function storedStamps(): Promise<Map<string, Stamp> | null> {
  const db = await database();
  return parseStamps(await done(db.transaction(META, 'readonly').objectStore(META).get(STAMPS)));
}

/** Stamps every entry again and stores them (when they were missing or broken). */
async function rebuildStamps(): Promise<Map<string, Stamp>> {
  const { entries } = await listEntries(false);
  const stamps = new Map(entries.map((e) => [e.url, { url: e.url, savedAt: e.savedAt, date: e.date }]));
  const db = await database();
  const tx = db.transaction(META, 'readwrite');
  tx.objectStore(META).put(packStamps(stamps.values()), STAMPS);
  await committed(tx);
  return stamps;
}

/** Every card's stamp (address, when saved, article date): one record, rebuilt from the entries when it is broken. */
export async function listStamps(): Promise<Stamp[]> {
  return [...((await storedStamps()) ?? (await rebuildStamps())).values()];
}

/** When each stored page was saved, by address (for merging an import). */
export async function savedAtByUrl(): Promise<Map<string, number>> {
  return new Map((await listStamps()).map((s) => [s.url, s.savedAt]));
}

/** Whether a card is saved for the page at `url` (the stamps record). */
export async function isSaved(url: string): Promise<boolean> {
  return ((await storedStamps()) ?? (await rebuildStamps())).has(url);
}
