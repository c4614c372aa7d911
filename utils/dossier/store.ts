/**
 * The saved cards, in IndexedDB (why not storage.local: README, "Saved cards and the dossier").
 * Two object stores keyed by page address: `cards`, the full records (engine/dossier/record.ts),
 * and `entries`, what the dossier page loads at once (engine/dossier/entry.ts), derived from the
 * card and written in the same transaction. Every value read is validated: a card from an older
 * record version is migrated, an entry that does not validate is made again from its card, and a
 * card that does not validate is skipped and counted, never shown half-read.
 */
import { type DossierEntry, entryOf, parseEntry } from '../../engine/dossier/entry';
import { parseSavedCard, type SavedCard } from '../../engine/dossier/record';
import { committed, done, openDatabase } from './idb';

/** The database's name and version (bump the version to rebuild entries after ENTRY_VERSION changes). */
export const DB_NAME = 'kootniti-dossier';
export const DB_VERSION = 1;
const CARDS = 'cards';
const ENTRIES = 'entries';
/** Up to this many cards are read one by one; more are read with one getAll. */
const ONE_BY_ONE = 500;

let opening: Promise<IDBDatabase> | undefined;

/** The database, opened once per context (created on first use). */
export function database(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  opening ??= openDatabase(factory, DB_NAME, DB_VERSION, (db, _tx, oldVersion) => {
    if (oldVersion < 1) {
      db.createObjectStore(CARDS, { keyPath: 'url' });
      db.createObjectStore(ENTRIES, { keyPath: 'url' });
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
 * Writes cards and their entries in one transaction: all of them or, if anything fails (a full
 * disk), none. `onProgress` hears how many were written.
 */
export async function putCards(cards: readonly SavedCard[], onProgress?: (written: number) => void): Promise<void> {
  const db = await database();
  const tx = db.transaction([CARDS, ENTRIES], 'readwrite');
  const cardStore = tx.objectStore(CARDS);
  const entryStore = tx.objectStore(ENTRIES);
  let written = 0;
  const memo = new Map<string, string>();
  for (const card of cards) {
    cardStore.put(card);
    entryStore.put(entryOf(card, memo)).onsuccess = () => {
      written++;
      if (onProgress && (written % 500 === 0 || written === cards.length)) onProgress(written);
    };
  }
  await committed(tx);
}

/** Every entry, validated; an entry that fails is made again from its card (and stored), a card that fails is counted in `skipped`. */
export async function listEntries(): Promise<{ entries: DossierEntry[]; skipped: number }> {
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
  }
  return { entries, skipped };
}

/** The stored cards (all, or those at `urls`), validated and migrated; invalid ones are counted in `skipped`. */
export async function getCards(urls?: readonly string[], onProgress?: (read: number) => void): Promise<{ cards: SavedCard[]; skipped: number }> {
  const db = await database();
  const store = db.transaction(CARDS, 'readonly').objectStore(CARDS);
  const cards: SavedCard[] = [];
  let skipped = 0;
  const take = (value: unknown) => {
    const parsed = parseSavedCard(value);
    if (parsed.ok) cards.push(parsed.card);
    else skipped++;
    if (onProgress && (cards.length + skipped) % 500 === 0) onProgress(cards.length + skipped);
  };
  if (urls && urls.length <= ONE_BY_ONE) {
    for (const value of await Promise.all(urls.map((u) => done(store.get(u))))) if (value !== undefined) take(value);
  } else {
    // Many cards: one getAll is several times faster than a get (or a cursor step) per card.
    const wanted = urls ? new Set(urls) : null;
    for (const value of await done(store.getAll())) {
      if (!wanted || (typeof value === 'object' && value !== null && wanted.has((value as { url?: unknown }).url as string))) take(value);
    }
  }
  onProgress?.(cards.length + skipped);
  return { cards, skipped };
}

/** When each stored page was saved, by address (for merging an import). */
export async function savedAtByUrl(): Promise<Map<string, number>> {
  const { entries } = await listEntries();
  return new Map(entries.map((e) => [e.url, e.savedAt]));
}

/** How many cards are saved. */
export async function countCards(): Promise<number> {
  const db = await database();
  return done(db.transaction(CARDS, 'readonly').objectStore(CARDS).count());
}

/** Deletes saved cards: those at `urls`, or every one. */
export async function deleteCards(urls?: readonly string[]): Promise<void> {
  const db = await database();
  const tx = db.transaction([CARDS, ENTRIES], 'readwrite');
  for (const name of [CARDS, ENTRIES]) {
    const store = tx.objectStore(name);
    if (urls) for (const url of urls) store.delete(url);
    else store.clear();
  }
  await committed(tx);
}
