/**
 * The saved cards, in IndexedDB (why not storage.local: README, "Saved cards and the dossier").
 * Object stores keyed by page address: `cards`, the full records (engine/dossier/record.ts);
 * `entries`, what the dossier page draws (engine/dossier/entry.ts), indexed by date and by thread
 * and date; and `meta`: the summary record (engine/dossier/summary.ts) and the stamps, every
 * card's `{ url, savedAt, date }` in one record (engine/dossier/stamps.ts: what merging an import
 * and retention need). All are written in one transaction per save, import or delete, the summary
 * updated by the entries added and taken away. Reads: read.ts.
 */
import { type DossierEntry, entryOf, threadKeysOf } from '../../engine/dossier/entry';
import type { SavedCard } from '../../engine/dossier/record';
import { isStamp, packStamps, parseStamps, type Stamp } from '../../engine/dossier/stamps';
import { countEntry, type DossierSummary, emptySummary, parseSummary } from '../../engine/dossier/summary';
import { committed, done, openDatabase } from './idb';

/** The database's name and version (bump the version to rebuild entries after ENTRY_VERSION changes). */
export const DB_NAME = 'kootniti-dossier';
export const DB_VERSION = 3;
export const CARDS = 'cards';
export const ENTRIES = 'entries';
export const META = 'meta';
/** The summary's key in `meta`. */
export const SUMMARY = 'summary';
/** The stamps' key in `meta` (and, up to version 2, their own object store's name). */
export const STAMPS = 'stamps';
/** Index names on `entries`: by [date, savedAt], and (multi-entry) by [thread id, date, savedAt]. */
export const BY_DATE = 'date';
export const BY_THREAD = 'thread';

export type { Stamp } from '../../engine/dossier/stamps';

let opening: Promise<IDBDatabase> | undefined;

/** Enough of an entry to count it out of the summary (a stored value is untrusted). */
export function countable(x: unknown): x is Pick<DossierEntry, 'entities' | 'topics' | 'siteName' | 'host' | 'date'> {
  const e = x as Partial<DossierEntry> | null;
  return !!e && typeof e === 'object' && Array.isArray(e.entities) && Array.isArray(e.topics) && typeof e.host === 'string' && typeof e.date === 'number';
}

/** Version 1 had cards and entries only: index the entries (their new thread keys), stamp them and count them. */
function upgradeFrom1(tx: IDBTransaction): void {
  const summary = emptySummary();
  const stamps: Stamp[] = [];
  const cursor = tx.objectStore(ENTRIES).openCursor();
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (!c) {
      tx.objectStore(META).put(summary, SUMMARY);
      tx.objectStore(META).put(packStamps(stamps), STAMPS);
      return;
    }
    const e = c.value as Partial<DossierEntry>;
    const { url, savedAt } = e;
    if (countable(e) && typeof url === 'string' && typeof savedAt === 'number') {
      // A malformed one keeps v 1: the first full read rebuilds it from its card (read.ts).
      c.update({ ...e, v: 2, threadKeys: threadKeysOf(e.entities, e.date, savedAt) });
      stamps.push({ url, savedAt, date: e.date });
      countEntry(summary, e, 1);
    }
    c.continue();
  };
}

/**
 * Version 2 kept a stamp per card in a `stamps` object store: they become one record in `meta`
 * and the store goes. The cards and entries are not touched.
 */
function upgradeFrom2(db: IDBDatabase, tx: IDBTransaction): void {
  const all = tx.objectStore(STAMPS).getAll();
  all.onsuccess = () => {
    // One broken stamp and the record is left out: the first read makes it again from the entries (read.ts).
    if (all.result.every(isStamp)) tx.objectStore(META).put(packStamps(all.result), STAMPS);
    db.deleteObjectStore(STAMPS);
  };
}

/** The database, opened once per context (created on first use). */
export function database(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  opening ??= openDatabase(factory, DB_NAME, DB_VERSION, (db, tx, oldVersion) => {
    if (oldVersion < 1) {
      db.createObjectStore(CARDS, { keyPath: 'url' });
      db.createObjectStore(ENTRIES, { keyPath: 'url' });
    }
    if (oldVersion < 2) {
      const entries = tx.objectStore(ENTRIES);
      entries.createIndex(BY_DATE, ['date', 'savedAt']);
      entries.createIndex(BY_THREAD, 'threadKeys', { multiEntry: true });
      db.createObjectStore(META);
      if (oldVersion === 1) upgradeFrom1(tx);
      else {
        tx.objectStore(META).put(emptySummary(), SUMMARY);
        tx.objectStore(META).put(packStamps([]), STAMPS);
      }
    } else if (oldVersion === 2) upgradeFrom2(db, tx);
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

/** Saves one card (replacing the page's earlier card) with its entry, atomically. */
export async function saveCard(card: SavedCard): Promise<void> {
  await putCards([card]);
}

/**
 * Reads the summary in `tx` and lets `change` update it; once every request `change` started has
 * answered (`settled`), writes it back. A summary that was missing or broken, or that `change`
 * could not keep (`spoil`: an old entry it cannot count out), is deleted: read.ts rebuilds it.
 */
function withSummary(tx: IDBTransaction, change: (summary: DossierSummary | null, settled: () => void, spoil: () => void) => number): void {
  const meta = tx.objectStore(META);
  const request = meta.get(SUMMARY);
  request.onsuccess = () => {
    let summary = parseSummary(request.result);
    let pending = 0;
    const finish = () => {
      if (summary) meta.put(summary, SUMMARY);
      else meta.delete(SUMMARY);
    };
    const spoil = () => {
      summary = null;
    };
    pending = change(
      summary,
      () => {
        if (--pending === 0) finish();
      },
      spoil,
    );
    if (pending === 0) finish();
  };
}

/** Counts a replaced entry out of the summary, when one was stored; false when it cannot. */
function countOut(summary: DossierSummary, old: unknown): boolean {
  if (old === undefined) return true;
  if (!countable(old)) return false;
  countEntry(summary, old, -1);
  return true;
}

/** Cards written per slice by putCards (a slice's first answer asks for the next). */
const SLICE = 250;

/** Writes cards, their entries and stamps in one transaction (all or none); `onProgress` hears how many were written. */
export async function putCards(cards: readonly SavedCard[], onProgress?: (written: number) => void): Promise<void> {
  let from = 0;
  await writeCards(() => (from < cards.length ? cards.slice(from, (from += SLICE)) : null), onProgress);
}

/**
 * Writes cards, their entries and stamps in one transaction, slice by slice: `next()` gives the
 * next slice (it may check the cards first), null when there are no more. It is asked for as soon
 * as IndexedDB answers the first write of the slice before, so the page's work on a slice (checking
 * an import, making entries, cloning) overlaps IndexedDB's on the one before (README, "The
 * dossier"). All of them or, if `next` throws or anything fails (a full disk), none: the
 * transaction is aborted and the error rethrown. Only a card replacing a stored one (its address
 * among the stamps, one record read at the start) reads the old entry, to count it out of the summary.
 */
export async function writeCards(next: () => readonly SavedCard[] | null, onProgress?: (written: number) => void): Promise<void> {
  const db = await database();
  const tx = db.transaction([CARDS, ENTRIES, META], 'readwrite');
  const [cardStore, entryStore, meta] = [CARDS, ENTRIES, META].map((name) => tx.objectStore(name)) as [IDBObjectStore, IDBObjectStore, IDBObjectStore];
  const summaryRequest = meta.get(SUMMARY);
  const stampsRequest = meta.get(STAMPS);
  let failure: { error: unknown } | undefined;
  // Requests answer in order: the summary is read by the time the stamps are.
  stampsRequest.onsuccess = () => {
    const stamps = parseStamps(stampsRequest.result);
    // Without the stamps, which cards replace stored ones is unknown: both are rebuilt from the entries (read.ts).
    let summary = stamps && parseSummary(summaryRequest.result);
    const memo = new Map<string, string>();
    let pending = 0;
    let written = 0;
    let ended = false;
    const finish = () => {
      if (!ended || pending > 0) return;
      if (summary) meta.put(summary, SUMMARY);
      else meta.delete(SUMMARY);
      if (stamps) meta.put(packStamps(stamps.values()), STAMPS);
      else meta.delete(STAMPS);
    };
    const slice = () => {
      let cards: readonly SavedCard[] | null;
      try {
        do cards = next();
        while (cards?.length === 0);
      } catch (error) {
        failure = { error };
        tx.abort();
        return;
      }
      if (!cards) {
        ended = true;
        return finish();
      }
      const last = cards.length - 1;
      cards.forEach((card, i) => {
        const entry = entryOf(card, memo);
        if (summary && stamps?.has(card.url)) {
          pending++;
          const old = entryStore.get(card.url);
          old.onsuccess = () => {
            if (summary && countOut(summary, old.result)) countEntry(summary, entry, 1);
            else summary = null;
            pending--;
            finish();
          };
        } else if (summary) countEntry(summary, entry, 1);
        stamps?.set(card.url, { url: card.url, savedAt: card.savedAt, date: entry.date });
        cardStore.put(card);
        const put = entryStore.put(entry);
        const size = cards.length;
        // Requests succeed in order: the first answer asks for the next slice, the last tells the progress.
        if (i === 0 && i === last)
          put.onsuccess = () => {
            onProgress?.((written += size));
            slice();
          };
        else if (i === 0) put.onsuccess = slice;
        else if (i === last && onProgress) put.onsuccess = () => onProgress((written += size));
      });
    };
    slice();
  };
  try {
    await committed(tx);
  } catch (error) {
    throw failure ? failure.error : error;
  }
}

/** How many cards are saved. */
export async function countCards(): Promise<number> {
  const db = await database();
  return done(db.transaction(CARDS, 'readonly').objectStore(CARDS).count());
}

/** Deletes saved cards: those at `urls`, or every one. */
export async function deleteCards(urls?: readonly string[]): Promise<void> {
  const db = await database();
  const tx = db.transaction([CARDS, ENTRIES, META], 'readwrite');
  const [cards, entries, meta] = [CARDS, ENTRIES, META].map((name) => tx.objectStore(name)) as [IDBObjectStore, IDBObjectStore, IDBObjectStore];
  if (!urls) {
    cards.clear();
    entries.clear();
    meta.put(emptySummary(), SUMMARY);
    meta.put(packStamps([]), STAMPS);
  } else {
    const stampsRequest = meta.get(STAMPS);
    stampsRequest.onsuccess = () => {
      const stamps = parseStamps(stampsRequest.result);
      if (stamps) {
        for (const url of urls) stamps.delete(url);
        meta.put(packStamps(stamps.values()), STAMPS);
      } else meta.delete(STAMPS);
    };
    withSummary(tx, (summary, settled, spoil) => {
      for (const url of urls) {
        if (summary) {
          const old = entries.get(url);
          old.onsuccess = () => {
            if (!countOut(summary, old.result)) spoil();
            settled();
          };
        }
        cards.delete(url);
        entries.delete(url);
      }
      return summary ? urls.length : 0;
    });
  }
  await committed(tx);
}
