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
import { type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, openDB, type StoreNames } from 'idb';

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

/**
 * The stores as the code sees them (through `idb`, a small, widely used wrapper that turns each
 * request into a promise): every value is `unknown` until checked, as anything stored may have
 * been damaged. `cards`, `entries` and `stamps` are the stores of versions 1–3 (read by the upgrade).
 */
export interface DossierSchema extends DBSchema {
  cardPacks: { key: number; value: unknown };
  entryPacks: { key: number; value: unknown };
  meta: { key: string; value: unknown };
  cards: { key: string; value: unknown };
  entries: { key: string; value: unknown };
  stamps: { key: string; value: unknown };
}
/** The stores a dossier transaction opens (the packs and the meta records). */
export type PackStores = ('cardPacks' | 'entryPacks' | 'meta')[];
/** A transaction over the packs and meta records, reading or writing. */
export type PackTx<Mode extends IDBTransactionMode = 'readonly' | 'readwrite'> = IDBPTransaction<DossierSchema, PackStores, Mode>;
/** One of the packs' or meta stores in a writing transaction. */
export type PackStore<Name extends PackStores[number]> = IDBPObjectStore<DossierSchema, PackStores, Name, 'readwrite'>;
/** The meta store in a writing (or upgrading) transaction. */
export type MetaStore = IDBPObjectStore<DossierSchema, ArrayLike<StoreNames<DossierSchema>>, 'meta', 'readwrite' | 'versionchange'>;

/**
 * A write not awaited on its own: its failure aborts the transaction, which the writer's
 * `tx.done` reports, so the request's own rejection is not left unhandled.
 */
export function queued(request: Promise<unknown>): void {
  request.catch(() => {});
}

/** Stores every thread's newest-entries record from a whole store's entries (none stale). */
export function putThreadNewest(meta: MetaStore, entries: readonly DossierEntry[]): void {
  queued(meta.delete(threadNewestRange()));
  for (const [id, record] of newestByThread(entries)) queued(meta.put(record, threadNewestKey(id)));
  queued(meta.put([], STALE_KEY));
}
/** The stores of versions 1–3, a record per card. */
const OLD_STORES = ['cards', 'entries', 'stamps'] as const;

/**
 * Versions 1–3: every stored card, in the order it was saved, into packs with its entry made again
 * (entries are derived from cards), stamped and counted; the old stores go. A card that does not
 * validate is kept in a pack with no entry: never shown, counted as skipped by an export.
 */
async function packOldCards(db: IDBPDatabase<DossierSchema>, tx: IDBPTransaction<DossierSchema, StoreNames<DossierSchema>[], 'versionchange'>): Promise<void> {
  const all = await tx.objectStore('cards').getAll();
  const memo = new Map<string, string>();
  const rows = all.map((card) => ({ card, entry: entryOfStored(card, memo) }));
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
    queued(tx.objectStore(CARD_PACKS).put(pack.cards, key));
    queued(tx.objectStore(ENTRY_PACKS).put(pack.entries, key));
    for (const { entry } of slice) {
      if (!entry) continue;
      entries.push(entry);
      stamps.push({ url: entry.url, savedAt: entry.savedAt, date: entry.date, pack: key });
    }
  }
  const meta = tx.objectStore(META);
  queued(meta.put(summaryOf(entries), SUMMARY));
  queued(meta.put(packStamps(stamps, key), STAMPS));
  queued(meta.put(newestOf(entries), NEWEST_KEY));
  putThreadNewest(meta, entries);
  for (const name of OLD_STORES) if (db.objectStoreNames.contains(name)) db.deleteObjectStore(name);
}

/** Creates version 4's stores, packing the cards of an older version (the version-change transaction). */
function upgrade(db: IDBPDatabase<DossierSchema>, oldVersion: number, tx: IDBPTransaction<DossierSchema, StoreNames<DossierSchema>[], 'versionchange'>): void {
  if (oldVersion >= DB_VERSION) return;
  db.createObjectStore(CARD_PACKS);
  db.createObjectStore(ENTRY_PACKS);
  if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
  if (db.objectStoreNames.contains('cards')) {
    // Anything failing in it aborts the upgrade: the old stores stay as they were.
    packOldCards(db, tx).catch(() => tx.abort());
    return;
  }
  const meta = tx.objectStore(META);
  queued(meta.put(emptySummary(), SUMMARY));
  queued(meta.put(packStamps([], 0), STAMPS));
  queued(meta.put(newestOf([]), NEWEST_KEY));
  queued(meta.put([], STALE_KEY));
}

let opening: Promise<IDBPDatabase<DossierSchema>> | undefined;

/** The database, opened once per context (created on first use, upgraded from an older layout). */
export function database(): Promise<IDBPDatabase<DossierSchema>> {
  if (opening) return opening;
  const attempt = new Promise<IDBPDatabase<DossierSchema>>((resolve, reject) => {
    openDB<DossierSchema>(DB_NAME, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
      blocked: () => reject(new Error(`Opening ${DB_NAME} is blocked by another open page`)),
      // Another context (the background, or a newer build) upgrading the database: let it; the next call opens again.
      blocking: (_current, _wanted, event) => {
        if (opening === attempt) opening = undefined;
        (event.target as IDBDatabase).close();
      },
      terminated: () => {
        if (opening === attempt) opening = undefined;
      },
    }).then(resolve, reject);
  });
  opening = attempt;
  attempt.catch(() => {
    if (opening === attempt) opening = undefined;
  });
  return attempt;
}
