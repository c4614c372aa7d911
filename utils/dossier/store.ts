/**
 * Writing saved cards (why IndexedDB, and why packs: README, "Saved cards and the dossier"; the
 * layout: db.ts). Every save, import and delete is one transaction that reads the stamps (where
 * each card is) and the summary, changes the packs it must, and writes both records back, the
 * summary updated by counting each added entry in and each replaced or deleted one out.
 */
import type { DossierEntry } from '../../engine/dossier/entry';
import { type CardSlice, cardSlice } from '../../engine/dossier/import-slices';
import {
  ALL_THREADS,
  addNewest,
  type Newest,
  newestOf,
  parseNewest,
  parseStale,
  removeNewest,
  threadIdsOf,
  threadNewestKey,
} from '../../engine/dossier/newest';
import { type CardPack, type EntryPack, PACK_SIZE, type Pack, readPack, withoutUrls } from '../../engine/dossier/packs';
import type { SavedCard } from '../../engine/dossier/record';
import { packStamps, parseStamps, type Stamps } from '../../engine/dossier/stamps';
import { countEntry, type DossierSummary, emptySummary, parseSummary, summaryOf } from '../../engine/dossier/summary';
import { CARD_PACKS, database, ENTRY_PACKS, HOLD_KEY, META, NEWEST_KEY, type PackStore, queued, STALE_KEY, STAMPS, SUMMARY, threadNewestRange } from './db';
import { remakeEntries, scanEntries, stampsOfScan } from './scan';

/** A write in progress: its transaction's stores, the stamps and summary it keeps up to date. */
interface Writing {
  cards: PackStore<'cardPacks'>;
  entries: PackStore<'entryPacks'>;
  stamps: Stamps;
  /** Null when it cannot be kept (missing, or an entry that goes cannot be counted out): read.ts makes it again. */
  summary: DossierSummary | null;
  newest: Newest;
  /** The threads' newest-entries records read so far (a write reads only those of the threads it touches). */
  threads: Map<string, Newest>;
  /** Threads whose record is incomplete or not known right (ALL_THREADS: every one). */
  stale: Set<string>;
  meta: PackStore<'meta'>;
  memo: Map<string, string>;
}

/** Enough of an entry to count it out of the summary (a stored value is untrusted). */
function countable(x: unknown): x is Pick<DossierEntry, 'entities' | 'topics' | 'siteName' | 'host'> {
  const e = x as Partial<DossierEntry> | null;
  return !!e && typeof e === 'object' && Array.isArray(e.entities) && Array.isArray(e.topics) && typeof e.host === 'string';
}

/**
 * Runs `body` in one readwrite transaction with the stamps and summary read, then writes them back.
 * All or nothing: when `body` throws, or anything fails (a full disk), the transaction is aborted
 * and the error rethrown.
 */
async function write(body: (w: Writing) => Promise<void>): Promise<void> {
  const db = await database();
  const tx = db.transaction([CARD_PACKS, ENTRY_PACKS, META], 'readwrite');
  const meta = tx.objectStore(META);
  let failure: { error: unknown } | undefined;
  const work = async () => {
    const [summaryValue, stampsValue, newestValue, staleValue] = await Promise.all([SUMMARY, STAMPS, NEWEST_KEY, STALE_KEY].map((key) => meta.get(key)));
    const stale = parseStale(staleValue);
    let stamps = parseStamps(stampsValue);
    let summary = parseSummary(summaryValue);
    // A broken one is kept as incomplete: the dossier's next full read makes it again.
    let newest = parseNewest(newestValue) ?? { v: 1, entries: [], complete: false };
    if (!stamps) {
      // A writer must know where every card is: a broken stamps record is made again from the packs, here.
      const scan = await scanEntries(tx);
      await remakeEntries(tx, scan, scan.stale);
      stamps = stampsOfScan(scan);
      const all = scan.packs.flatMap((p) => p.entries);
      summary = summaryOf(all);
      newest = newestOf(all);
      // The threads' records may not match the packs either: the next full read makes them all again.
      stale.add(ALL_THREADS);
    }
    const w: Writing = {
      cards: tx.objectStore(CARD_PACKS),
      entries: tx.objectStore(ENTRY_PACKS),
      stamps,
      summary,
      newest,
      threads: new Map(),
      stale,
      meta,
      memo: new Map(),
    };
    await body(w);
    queued(w.summary ? meta.put(w.summary, SUMMARY) : meta.delete(SUMMARY));
    queued(meta.put(packStamps(w.stamps.byUrl.values(), w.stamps.next), STAMPS));
    queued(meta.put(w.newest, NEWEST_KEY));
    for (const [id, record] of w.threads) {
      queued(record.complete && !record.entries.length ? meta.delete(threadNewestKey(id)) : meta.put(record, threadNewestKey(id)));
    }
    queued(meta.put([...w.stale], STALE_KEY));
  };
  work().catch((error: unknown) => {
    failure ??= { error };
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: committed() says how.
    }
  });
  try {
    await tx.done;
  } catch (error) {
    throw failure ? failure.error : error;
  }
  if (failure) throw failure.error;
}

/** Takes the cards at `urls` out of their packs (a pack left empty goes), their stamps, counts and place among the newest. */
async function remove(w: Writing, urls: readonly string[]): Promise<void> {
  const byPack = new Map<number, Set<string>>();
  for (const url of urls) {
    const stamp = w.stamps.byUrl.get(url);
    if (!stamp) continue;
    w.stamps.byUrl.delete(url);
    let set = byPack.get(stamp.pack);
    if (!set) byPack.set(stamp.pack, (set = new Set()));
    set.add(url);
  }
  if (!byPack.size) return;
  removeNewest(w.newest, new Set(urls), w.stamps.byUrl.size);
  for (const [key, set] of byPack) {
    const [cards, entries] = await Promise.all([w.cards.get(key), w.entries.get(key)]);
    const { kept, gone } = withoutUrls(readPack(cards, entries), set);
    for (const old of gone) {
      if (w.summary && countable(old)) countEntry(w.summary, old, -1);
      else w.summary = null;
    }
    await outOfThreads(w, gone, set);
    if (kept.urls.length) queued(putPack(w, key, kept));
    else {
      queued(w.cards.delete(key));
      queued(w.entries.delete(key));
    }
  }
}

/** Reads the newest-entries records of these threads that this write has not read yet. */
async function loadThreads(w: Writing, ids: Iterable<string>): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !w.threads.has(id));
  const values = await Promise.all(missing.map((id) => w.meta.get(threadNewestKey(id))));
  // One missing for a thread with no card counted (a new thread) is empty and complete; one missing
  // for a thread that has cards, or that does not read, is stale.
  missing.forEach((id, i) => {
    const fresh = values[i] === undefined && w.summary && !w.summary.threads[id]?.count;
    const record = fresh ? newestOf([]) : parseNewest(values[i]);
    if (!record) w.stale.add(id);
    w.threads.set(id, record ?? { v: 1, entries: [], complete: false });
  });
}

/** Takes the entries at `urls` (of cards that left the store) out of their threads' records. */
async function outOfThreads(w: Writing, gone: readonly unknown[], urls: ReadonlySet<string>): Promise<void> {
  const ids = gone.flatMap((e) => {
    const keys = (e as Partial<DossierEntry> | null)?.threadKeys;
    return Array.isArray(keys) ? keys.flatMap((k) => (Array.isArray(k) && typeof k[0] === 'string' ? [k[0]] : [])) : [];
  });
  await loadThreads(w, ids);
  for (const id of new Set(ids)) {
    const record = w.threads.get(id) as Newest;
    // What the thread keeps: the summary's count, once the cards that went are counted out (none known: unknown).
    removeNewest(record, urls, w.summary ? (w.summary.threads[id]?.count ?? 0) : Number.POSITIVE_INFINITY);
    if (!record.complete) w.stale.add(id);
  }
}

/** Stores a pack; the card pack's request (the slower of the two) is returned. */
function putPack(w: Writing, key: number, pack: Pack): Promise<unknown> {
  const request = w.cards.put({ v: 1, urls: pack.urls, texts: pack.texts } satisfies CardPack, key);
  queued(w.entries.put({ v: 1, entries: pack.entries } as EntryPack, key));
  return request;
}

/** Cards (already out of any other pack) going into pack `key`, stamped and counted in: their pack's part. */
async function stampIn(w: Writing, slice: CardSlice, key: number): Promise<Pack> {
  const { entries, texts } = slice;
  await loadThreads(w, entries.flatMap(threadIdsOf));
  for (const entry of entries) {
    if (w.summary) countEntry(w.summary, entry, 1);
    addNewest(w.newest, entry);
    for (const id of threadIdsOf(entry)) addNewest(w.threads.get(id) as Newest, entry);
    w.stamps.byUrl.set(entry.url, { url: entry.url, savedAt: entry.savedAt, date: entry.date, pack: key });
  }
  return { urls: entries.map((e) => e.url), texts, entries };
}

/** The last card of each address (a file may hold a page twice: the later one wins, as with two saves). */
function lastByUrl(slice: CardSlice): CardSlice {
  const last = new Map(slice.entries.map((e, i) => [e.url, i]));
  if (last.size === slice.entries.length) return slice;
  const keep = [...last.values()].sort((a, b) => a - b);
  return { texts: keep.map((i) => slice.texts[i] as string), entries: keep.map((i) => slice.entries[i] as DossierEntry) };
}

/** Saves one card (replacing the page's earlier card) into the newest pack while it has room, atomically. */
export async function saveCard(card: SavedCard): Promise<void> {
  await write(async (w) => {
    await remove(w, [card.url]);
    const tail = w.stamps.next - 1;
    const pack = tail >= 0 ? readPack(...(await Promise.all([w.cards.get(tail), w.entries.get(tail)]))) : null;
    if (pack && pack.urls.length < PACK_SIZE) {
      const added = await stampIn(w, cardSlice([card], w.memo), tail);
      queued(putPack(w, tail, { urls: [...pack.urls, ...added.urls], texts: [...pack.texts, ...added.texts], entries: [...pack.entries, ...added.entries] }));
    } else {
      const key = w.stamps.next++;
      queued(putPack(w, key, await stampIn(w, cardSlice([card], w.memo), key)));
    }
  });
}

/**
 * Awaits `value` inside the transaction. IndexedDB commits a transaction once nothing is asked of
 * it, and takes requests only from its own callbacks: so while waiting, a small read is kept
 * pending, and the wait ends when one of those reads answers.
 */
async function holding<T>(store: PackStore<'meta'>, value: T | Promise<T>): Promise<T> {
  if (!(value instanceof Promise)) return value;
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  value.then(
    (v) => (outcome = { ok: true, value: v }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  while (!outcome) await store.count(HOLD_KEY);
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

/**
 * Writes cards in one transaction, a new pack per slice: `next()` gives the next slice ready to
 * store (an import's worker made it, or the page: engine/dossier/import-slices.ts), and may wait
 * for it; null when there are no more. It is asked for as soon as IndexedDB has the slice before,
 * so making a slice overlaps IndexedDB's writing the one before (README, "The dossier"). All of
 * them or, if `next` throws or anything fails, none. A card replacing a stored one (its address
 * among the stamps) is first taken out of its pack.
 */
export async function writeCards(next: () => CardSlice | null | Promise<CardSlice | null>, onProgress?: (written: number) => void): Promise<void> {
  await write(async (w) => {
    let written = 0;
    const nextSlice = () => holding(w.meta, next());
    for (let given = await nextSlice(); given; given = await nextSlice()) {
      if (!given.entries.length) continue;
      const slice = lastByUrl(given);
      await remove(
        w,
        slice.entries.flatMap((e) => (w.stamps.byUrl.has(e.url) ? [e.url] : [])),
      );
      const key = w.stamps.next++;
      await putPack(w, key, await stampIn(w, slice, key));
      onProgress?.((written += given.entries.length));
    }
  });
}

/** Deletes saved cards: those at `urls`, or every one. */
export async function deleteCards(urls?: readonly string[]): Promise<void> {
  if (urls) return write((w) => remove(w, urls));
  const db = await database();
  const tx = db.transaction([CARD_PACKS, ENTRY_PACKS, META], 'readwrite');
  const meta = tx.objectStore(META);
  for (const request of [
    tx.objectStore(CARD_PACKS).clear(),
    tx.objectStore(ENTRY_PACKS).clear(),
    meta.put(emptySummary(), SUMMARY),
    meta.put(packStamps([], 0), STAMPS),
    meta.put(newestOf([]), NEWEST_KEY),
    meta.delete(threadNewestRange()),
    meta.put([], STALE_KEY),
  ])
    queued(request);
  await tx.done;
}
