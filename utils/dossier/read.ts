/**
 * Reading the saved cards (store.ts writes them; the layout: db.ts): the dossier's first page
 * (newest first, or a thread's newest) with the summary, every entry (after the first paint), cards
 * for an export, the stamps. Every value read is validated: entries that do not validate are made
 * again from their cards, and a card that does not validate is skipped and counted, never shown half-read.
 */
import { type DossierEntry, parseEntry } from '../../engine/dossier/entry';
import { ALL_THREADS, NEWEST, newestByThread, newestOf, parseNewest, parseStale, threadNewestKey } from '../../engine/dossier/newest';
import { cardOfText, cardsIn, entriesIn, urlOf } from '../../engine/dossier/packs';
import type { SavedCard } from '../../engine/dossier/record';
import { readSavedCard } from '../../engine/dossier/record-fast';
import { packStamps, parseStamps, type Stamp, type Stamps } from '../../engine/dossier/stamps';
import { type DossierSummary, parseSummary, summaryOf } from '../../engine/dossier/summary';
import { newestFirst } from '../../engine/dossier/threads';
import { CARD_PACKS, database, ENTRY_PACKS, META, NEWEST_KEY, putThreadNewest, queued, STALE_KEY, STAMPS, SUMMARY } from './db';
import { remakeEntries, type Scan, scanEntries, stampsOfScan } from './scan';

/** Packs read per getAll by an export (a thousand cards between two redraws of its progress). */
const BATCH = 4;

/** What the dossier draws first: the newest entries (of a thread, when given) and the summary. */
export interface FirstPage {
  entries: DossierEntry[];
  summary: DossierSummary;
}

/** Sortable without a full check: the entry's date and time saved are numbers (and it is in `thread`). */
function datedIn(thread: string | null) {
  return (x: unknown): x is { date: number; savedAt: number } => {
    const e = x as Partial<DossierEntry> | null;
    if (!e || typeof e.date !== 'number' || typeof e.savedAt !== 'number') return false;
    return !thread || (Array.isArray(e.threadKeys) && e.threadKeys.some((k) => Array.isArray(k) && k[0] === thread));
  };
}

/**
 * The newest `count` entries, of `thread` when given: its newest-entries record (one small read)
 * when it is complete and not stale; else one getAll of the entry packs, sorted by date and time
 * saved. Only the entries shown are fully checked.
 */
export async function firstPage(thread: string | null, count: number): Promise<FirstPage> {
  const db = await database();
  const tx = db.transaction([ENTRY_PACKS, META], 'readonly');
  const meta = tx.objectStore(META);
  const summaryRequest = meta.get(SUMMARY);
  const [newestValue, staleValue] = await Promise.all([meta.get(thread ? threadNewestKey(thread) : NEWEST_KEY), thread ? meta.get(STALE_KEY) : []]);
  const stale = parseStale(staleValue);
  const newest = count <= NEWEST && !(thread && (stale.has(thread) || stale.has(ALL_THREADS))) ? parseNewest(newestValue) : null;
  let dated: unknown[];
  if (newest?.complete) dated = newest.entries;
  else {
    const packs = await tx.objectStore(ENTRY_PACKS).getAll();
    const found = packs.flatMap((p) => (entriesIn(p) ?? []).filter(datedIn(thread)));
    dated = found.sort((a, b) => newestFirst(a as DossierEntry, b as DossierEntry));
  }
  // One that does not validate is left out here; the full read (listEntries) makes it again.
  const entries = dated
    .slice(0, count)
    .map(parseEntry)
    .filter((e): e is DossierEntry => e !== null);
  const summary = parseSummary(await summaryRequest) ?? (await rebuildSummary());
  return { entries, summary };
}

/** Counts every entry again and stores the summary (when it was missing or broken). */
export async function rebuildSummary(entries?: readonly DossierEntry[]): Promise<DossierSummary> {
  const summary = summaryOf(entries ?? (await listEntries(false)).entries);
  const db = await database();
  const tx = db.transaction(META, 'readwrite');
  queued(tx.objectStore(META).put(summary, SUMMARY));
  await tx.done;
  return summary;
}

/** The summary (rebuilt when missing or broken). */
export async function readSummary(): Promise<DossierSummary> {
  const db = await database();
  const stored = parseSummary(await db.get(META, SUMMARY));
  return stored ?? rebuildSummary();
}

/**
 * Every pack's checked entries; packs whose entries do not validate are made again from their cards
 * (and stored), and so is the newest-entries record when it is incomplete or broken.
 */
async function scanAll(recount: boolean): Promise<Scan> {
  const db = await database();
  const tx = db.transaction([CARD_PACKS, ENTRY_PACKS, META], 'readonly');
  const records = Promise.all([tx.objectStore(META).get(NEWEST_KEY), tx.objectStore(META).get(STALE_KEY)]);
  const scan = await scanEntries(tx);
  const [newest, staleValue] = await records;
  const stale = parseStale(staleValue);
  if (!scan.stale.length && parseNewest(newest)?.complete && !stale.size) return scan;
  // Read again in the writing transaction: a card saved meanwhile is in what it writes.
  const repair = db.transaction([CARD_PACKS, ENTRY_PACKS, META], 'readwrite');
  const fresh = await scanEntries(repair);
  await remakeEntries(repair, fresh, fresh.stale);
  const entries = fresh.packs.flatMap((p) => p.entries);
  const meta = repair.objectStore(META);
  queued(meta.put(newestOf(entries), NEWEST_KEY));
  const staleNow = parseStale(await meta.get(STALE_KEY));
  if (staleNow.has(ALL_THREADS)) putThreadNewest(meta, entries);
  else {
    // Only the stale threads' records are made again (a thread with no entry left loses its record).
    const made = newestByThread(entries);
    for (const id of staleNow) {
      const record = made.get(id);
      queued(record ? meta.put(record, threadNewestKey(id)) : meta.delete(threadNewestKey(id)));
    }
    queued(meta.put([], STALE_KEY));
  }
  await repair.done;
  // The summary counted what was readable then: count again.
  if (recount && scan.stale.length) await rebuildSummary(entries);
  return fresh;
}

/** Every entry, validated; those that fail are made again from their cards, and cards that fail are counted in `skipped`. */
export async function listEntries(recount = true): Promise<{ entries: DossierEntry[]; skipped: number }> {
  const scan = await scanAll(recount);
  return { entries: scan.packs.flatMap((p) => p.entries), skipped: scan.invalid };
}

/**
 * Reads the stored cards (all, or those at `urls`), validated (fast path: record-fast.ts) and
 * migrated, handing each to `take` with its JSON text (the stored text when the card is current);
 * returns how many did not validate. A few packs at a time, the next few asked for while one lot is
 * checked, so progress shows and IndexedDB's reading overlaps the page's checking.
 */
async function readCards(
  urls: readonly string[] | undefined,
  onProgress: (read: number) => void,
  take: (card: SavedCard, text: string) => void,
): Promise<number> {
  const db = await database();
  let read = 0;
  let skipped = 0;
  const wanted = urls ? new Set(urls) : null;
  // Only the packs holding a wanted card are read.
  const keys = wanted
    ? [...new Set([...(await stamps()).byUrl.values()].filter((s) => wanted.has(s.url)).map((s) => s.pack))].sort((a, b) => a - b)
    : await db.getAllKeys(CARD_PACKS);
  const fetch = (from: number) => {
    const store = db.transaction(CARD_PACKS, 'readonly').objectStore(CARD_PACKS);
    return Promise.all(keys.slice(from, from + BATCH).map((key) => store.get(key)));
  };
  let next = keys.length ? fetch(0) : null;
  for (let from = 0; next; from += BATCH) {
    const packs = await next;
    next = from + BATCH < keys.length ? fetch(from + BATCH) : null;
    for (const pack of packs) {
      const stored = cardsIn(pack);
      stored.texts.forEach((text, i) => {
        const url = stored.urls[i];
        if (wanted && !(url && wanted.has(url))) return;
        read++;
        const value = cardOfText(text);
        const checked = readSavedCard(value);
        if (!checked.ok) return void skipped++;
        // A card the check migrated is written as it is now.
        take(checked.card, checked.card === value && urlOf(value) === url ? text : JSON.stringify(checked.card));
      });
    }
    onProgress(read);
  }
  return skipped;
}

/** The stored cards (all, or those at `urls`), validated and migrated; invalid ones are counted in `skipped`. */
export async function getCards(urls?: readonly string[], onProgress: (read: number) => void = () => {}): Promise<{ cards: SavedCard[]; skipped: number }> {
  const cards: SavedCard[] = [];
  const skipped = await readCards(urls, onProgress, (card) => cards.push(card));
  return { cards, skipped };
}

/**
 * The JSON texts of the stored cards (all, or those at `urls`) that validate, as an export writes
 * them: each card is checked and let go, so 10,000 of them are never all held as objects.
 */
export async function getCardTexts(urls?: readonly string[], onProgress: (read: number) => void = () => {}): Promise<{ texts: string[]; skipped: number }> {
  const texts: string[] = [];
  const skipped = await readCards(urls, onProgress, (_, text) => texts.push(text));
  return { texts, skipped };
}

/** The stamps as stored, or made again from the packs (and stored) when missing or broken. */
async function stamps(): Promise<Stamps> {
  const db = await database();
  const stored = parseStamps(await db.get(META, STAMPS));
  if (stored) return stored;
  const made = stampsOfScan(await scanAll(false));
  const tx = db.transaction(META, 'readwrite');
  queued(tx.objectStore(META).put(packStamps(made.byUrl.values(), made.next), STAMPS));
  await tx.done;
  return made;
}

/** Every card's stamp (address, when saved, article date, pack). */
export async function listStamps(): Promise<Stamp[]> {
  return [...(await stamps()).byUrl.values()];
}

/** When each stored page was saved, by address (for merging an import). */
export async function savedAtByUrl(): Promise<Map<string, number>> {
  return new Map((await listStamps()).map((s) => [s.url, s.savedAt]));
}

/** Whether a card is saved for the page at `url` (the stamps record). */
export async function isSaved(url: string): Promise<boolean> {
  return (await stamps()).byUrl.has(url);
}
