/**
 * The dossier's database: its layout and the upgrades to it. At version 4 three object stores:
 * `cardPacks` and `entryPacks`, keyed by a pack's number (engine/dossier/packs.ts: up to 250 cards
 * in one record, their entries in the same order in the other), and `meta` with the summary record
 * (engine/dossier/summary.ts), the stamps record (engine/dossier/stamps.ts: each card's address,
 * times and pack, and the next pack's number), the newest hundred entries (engine/dossier/newest.ts),
 * the same per thread (`newest:<thread>`) and the list of threads whose record is stale. Versions 1–3 kept a record per card (`cards`,
 * `entries`, up to 2 a `stamps` store): their cards are packed by the upgrade. Writes: store.ts;
 * reads: read.ts.
 */
import type { DossierEntry } from '../../engine/dossier/entry';
import { newestByThread, newestOf, threadNewestKey } from '../../engine/dossier/newest';
import { entryOfStored, PACK_SIZE, packOf } from '../../engine/dossier/packs';
import { packStamps, type Stamp } from '../../engine/dossier/stamps';
import { emptySummary, summaryOf } from '../../engine/dossier/summary';
import { openDatabase } from './idb';

export const DB_NAME = 'kootniti-dossier';
export const DB_VERSION = 4;
export const CARD_PACKS = 'cardPacks';
export const ENTRY_PACKS = 'entryPacks';
export const META = 'meta';
/** The summary's key in `meta`. */
export const SUMMARY = 'summary';
/** The stamps' key in `meta`. */
export const STAMPS = 'stamps';
/** The newest entries' key in `meta` (engine/dossier/newest.ts: the dossier's first page). */
export const NEWEST_KEY = 'newest';
/** The key of the list of threads whose newest-entries record is stale (made again by the next full read). */
export const STALE_KEY = 'newestStale';
/** A key never stored in `meta`: counted to keep a transaction open while it waits (store.ts, holding). */
export const HOLD_KEY = 'hold';
/** The range of every thread's newest-entries key (`newest:<thread>`). */
export const threadNewestRange = () => IDBKeyRange.bound('newest:', 'newest:\uffff');

/** Stores every thread's newest-entries record from a whole store's entries (none stale). */
export function putThreadNewest(meta: IDBObjectStore, entries: readonly DossierEntry[]): void {
  meta.delete(threadNewestRange());
  for (const [id, record] of newestByThread(entries)) meta.put(record, threadNewestKey(id));
  meta.put([], STALE_KEY);
}
/** The stores of versions 1–3, a record per card. */
const OLD_STORES = ['cards', 'entries', 'stamps'];

/**
 * Versions 1–3: every stored card, in the order it was saved, into packs with its entry made again
 * (entries are derived from cards), stamped and counted; the old stores go. A card that does not
 * validate is kept in a pack with no entry: never shown, counted as skipped by an export.
 */
function packOldCards(db: IDBDatabase, tx: IDBTransaction): void {
  const all = tx.objectStore('cards').getAll();
  all.onsuccess = () => {
    const memo = new Map<string, string>();
    const rows = all.result.map((card) => ({ card, entry: entryOfStored(card, memo) }));
    // Invalid ones first, then by when they were saved: later saves fill the last pack.
    rows.sort((a, b) => (a.entry?.savedAt ?? -Infinity) - (b.entry?.savedAt ?? -Infinity));
    const stamps: Stamp[] = [];
    const entries: DossierEntry[] = [];
    let key = 0;
    for (let from = 0; from < rows.length; from += PACK_SIZE, key++) {
      const slice = rows.slice(from, from + PACK_SIZE);
      const pack = packOf(
        slice.map((r) => r.card),
        slice.map((r) => r.entry),
      );
      tx.objectStore(CARD_PACKS).put(pack.cards, key);
      tx.objectStore(ENTRY_PACKS).put(pack.entries, key);
      for (const { entry } of slice) {
        if (!entry) continue;
        entries.push(entry);
        stamps.push({ url: entry.url, savedAt: entry.savedAt, date: entry.date, pack: key });
      }
    }
    tx.objectStore(META).put(summaryOf(entries), SUMMARY);
    tx.objectStore(META).put(packStamps(stamps, key), STAMPS);
    tx.objectStore(META).put(newestOf(entries), NEWEST_KEY);
    putThreadNewest(tx.objectStore(META), entries);
    for (const name of OLD_STORES) if (db.objectStoreNames.contains(name)) db.deleteObjectStore(name);
  };
}

let opening: Promise<IDBDatabase> | undefined;

/** The database, opened once per context (created on first use, upgraded from an older layout). */
export function database(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  opening ??= openDatabase(factory, DB_NAME, DB_VERSION, (db, tx, oldVersion) => {
    if (oldVersion >= DB_VERSION) return;
    db.createObjectStore(CARD_PACKS);
    db.createObjectStore(ENTRY_PACKS);
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    if (db.objectStoreNames.contains('cards')) packOldCards(db, tx);
    else {
      tx.objectStore(META).put(emptySummary(), SUMMARY);
      tx.objectStore(META).put(packStamps([], 0), STAMPS);
      tx.objectStore(META).put(newestOf([]), NEWEST_KEY);
      tx.objectStore(META).put([], STALE_KEY);
    }
  }).then(
    (db) => {
      // A newer build upgrading the database closes this connection (idb.ts): the next call opens again.
      db.addEventListener('versionchange', () => {
        opening = undefined;
      });
      return db;
    },
    (error: unknown) => {
      opening = undefined;
      throw error;
    },
  );
  return opening;
}
