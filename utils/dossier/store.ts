/**
 * The saved cards, in IndexedDB (why not storage.local: README, "Saved cards and the dossier").
 * Object stores keyed by page address: `cards`, the full records (engine/dossier/record.ts);
 * `entries`, what the dossier page draws (engine/dossier/entry.ts), indexed by date and by thread
 * and date; `stamps`, `{ url, savedAt, date }` (what merging an import and retention need); and
 * `meta`, the summary record (engine/dossier/summary.ts). All are written in one transaction per
 * save, import or delete, the summary updated by the entries added and taken away. Reads: read.ts.
 */
import { type DossierEntry, entryOf, threadKeysOf } from '../../engine/dossier/entry';
import type { SavedCard } from '../../engine/dossier/record';
import { countEntry, type DossierSummary, emptySummary, parseSummary } from '../../engine/dossier/summary';
import { committed, done, openDatabase } from './idb';

/** The database's name and version (bump the version to rebuild entries after ENTRY_VERSION changes). */
export const DB_NAME = 'kootniti-dossier';
export const DB_VERSION = 2;
export const CARDS = 'cards';
export const ENTRIES = 'entries';
export const STAMPS = 'stamps';
export const META = 'meta';
/** The summary's key in `meta`. */
export const SUMMARY = 'summary';
/** Index names on `entries`: by [date, savedAt], and (multi-entry) by [thread id, date, savedAt]. */
export const BY_DATE = 'date';
export const BY_THREAD = 'thread';

/** What `stamps` holds per card. */
export interface Stamp {
  url: string;
  savedAt: number;
  date: number;
}

let opening: Promise<IDBDatabase> | undefined;

/** Enough of an entry to count it out of the summary (a stored value is untrusted). */
export function countable(x: unknown): x is Pick<DossierEntry, 'entities' | 'topics' | 'siteName' | 'host' | 'date'> {
  const e = x as Partial<DossierEntry> | null;
  return !!e && typeof e === 'object' && Array.isArray(e.entities) && Array.isArray(e.topics) && typeof e.host === 'string' && typeof e.date === 'number';
}

/** Version 1 had cards and entries only: index the entries (their new thread keys), stamp them and count them. */
function upgradeFrom1(tx: IDBTransaction): void {
  const summary = emptySummary();
  const stamps = tx.objectStore(STAMPS);
  const cursor = tx.objectStore(ENTRIES).openCursor();
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (!c) {
      tx.objectStore(META).put(summary, SUMMARY);
      return;
    }
    const e = c.value as Partial<DossierEntry>;
    const { url, savedAt } = e;
    if (countable(e) && typeof url === 'string' && typeof savedAt === 'number') {
      // A malformed one keeps v 1: the first full read rebuilds it from its card (read.ts).
      c.update({ ...e, v: 2, threadKeys: threadKeysOf(e.entities, e.date, savedAt) });
      stamps.put({ url, savedAt, date: e.date } satisfies Stamp);
      countEntry(summary, e, 1);
    }
    c.continue();
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
      db.createObjectStore(STAMPS, { keyPath: 'url' });
      db.createObjectStore(META);
      if (oldVersion === 1) upgradeFrom1(tx);
      else tx.objectStore(META).put(emptySummary(), SUMMARY);
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

/**
 * Writes cards, their entries and stamps in one transaction: all of them or, if anything fails (a
 * full disk), none; the summary follows. Only a card replacing a stored one (its address among the
 * stamps, read with one getAllKeys) reads the old entry, to count it out. `onProgress` hears how
 * many were written, every 500.
 */
export async function putCards(cards: readonly SavedCard[], onProgress?: (written: number) => void): Promise<void> {
  const db = await database();
  const tx = db.transaction([CARDS, ENTRIES, STAMPS, META], 'readwrite');
  const [cardStore, entryStore, stampStore, meta] = [CARDS, ENTRIES, STAMPS, META].map((name) => tx.objectStore(name)) as [
    IDBObjectStore,
    IDBObjectStore,
    IDBObjectStore,
    IDBObjectStore,
  ];
  const summaryRequest = meta.get(SUMMARY);
  const keysRequest = stampStore.getAllKeys();
  // Requests answer in order: the summary is read by the time the keys are.
  keysRequest.onsuccess = () => {
    let summary = parseSummary(summaryRequest.result);
    const known = new Set(keysRequest.result);
    const memo = new Map<string, string>();
    let pending = 0;
    const finish = () => (summary ? meta.put(summary, SUMMARY) : meta.delete(SUMMARY));
    cards.forEach((card, i) => {
      const entry = entryOf(card, memo);
      if (summary && known.has(card.url)) {
        pending++;
        const old = entryStore.get(card.url);
        old.onsuccess = () => {
          if (summary && countOut(summary, old.result)) countEntry(summary, entry, 1);
          else summary = null;
          if (--pending === 0) finish();
        };
      } else if (summary) countEntry(summary, entry, 1);
      known.add(card.url);
      cardStore.put(card);
      stampStore.put({ url: card.url, savedAt: card.savedAt, date: entry.date } satisfies Stamp);
      const put = entryStore.put(entry);
      // Requests succeed in order: one callback per 500 is enough to tell the progress.
      if (onProgress && ((i + 1) % 500 === 0 || i === cards.length - 1)) put.onsuccess = () => onProgress(i + 1);
    });
    if (pending === 0) finish();
  };
  await committed(tx);
}

/** How many cards are saved. */
export async function countCards(): Promise<number> {
  const db = await database();
  return done(db.transaction(CARDS, 'readonly').objectStore(CARDS).count());
}

/** Deletes saved cards: those at `urls`, or every one. */
export async function deleteCards(urls?: readonly string[]): Promise<void> {
  const db = await database();
  const tx = db.transaction([CARDS, ENTRIES, STAMPS, META], 'readwrite');
  const stores = [CARDS, ENTRIES, STAMPS].map((name) => tx.objectStore(name));
  if (!urls) {
    for (const store of stores) store.clear();
    tx.objectStore(META).put(emptySummary(), SUMMARY);
  } else {
    const entryStore = tx.objectStore(ENTRIES);
    withSummary(tx, (summary, settled, spoil) => {
      for (const url of urls) {
        if (summary) {
          const old = entryStore.get(url);
          old.onsuccess = () => {
            if (!countOut(summary, old.result)) spoil();
            settled();
          };
        }
        for (const store of stores) store.delete(url);
      }
      return summary ? urls.length : 0;
    });
  }
  await committed(tx);
}
