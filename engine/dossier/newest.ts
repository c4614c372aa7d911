/**
 * The newest saved entries, kept in one record beside the summary so the dossier's first paint reads
 * a hundred entries, not every pack; and one such record per thread, for the dossier opened on a
 * thread (the card's "Earlier coverage" link). Kept up to date by every write: an entry added goes in its
 * place (in the dossier's order: engine/dossier/threads.ts, newestFirst) and the oldest falls off past NEWEST; a
 * deleted one leaves a gap, and the record is then marked incomplete until the next full read of
 * the entries (the dossier's, right after its first paint) makes it again. Stored values are
 * untrusted: each entry is checked when it is drawn. Pure.
 */
import type { DossierEntry } from './entry';
import { newestFirst } from './threads';

/** How many entries the record keeps (at least the dossier's first page). */
export const NEWEST = 100;

/** The stored record. `complete`: these are the newest min(NEWEST, all) entries of the store. */
export interface Newest {
  v: 1;
  entries: DossierEntry[];
  complete: boolean;
}

/** The record of a whole store's entries. */
export function newestOf(entries: readonly DossierEntry[]): Newest {
  return { v: 1, entries: [...entries].sort(newestFirst).slice(0, NEWEST), complete: true };
}

/** A stored record read back (its entries still unchecked), or null when it is missing or broken. */
export function parseNewest(value: unknown): Newest | null {
  const r = value as Partial<Newest> | null;
  if (!r || typeof r !== 'object' || r.v !== 1 || typeof r.complete !== 'boolean' || !Array.isArray(r.entries) || r.entries.length > NEWEST) return null;
  return r.entries.every((e) => !!e && typeof e === 'object' && typeof e.url === 'string' && Number.isFinite(e.date) && Number.isFinite(e.savedAt))
    ? (r as Newest)
    : null;
}

/** Adds an entry (one already there for its address goes first: a replaced card). */
export function addNewest(record: Newest, entry: DossierEntry): void {
  const list = record.entries;
  const at = list.findIndex((e) => e.url === entry.url);
  if (at >= 0) {
    list.splice(at, 1);
    // Its old place may have hidden the next one: only a full read can say which.
    if (list.length === NEWEST - 1) record.complete = false;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newestFirst(list[mid] as DossierEntry, entry) <= 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo < NEWEST) list.splice(lo, 0, entry);
  if (list.length > NEWEST) list.length = NEWEST;
}

/** Takes out the entries at `urls`; `left` is how many cards the store keeps. */
export function removeNewest(record: Newest, urls: ReadonlySet<string>, left: number): void {
  record.entries = record.entries.filter((e) => !urls.has(e.url));
  if (record.entries.length < Math.min(NEWEST, left)) record.complete = false;
}

/** The threads an entry is in (its thread keys' ids). */
export function threadIdsOf(entry: Pick<DossierEntry, 'threadKeys'>): string[] {
  return entry.threadKeys.map((k) => k[0]);
}

/** The meta key of a thread's newest-entries record (the dossier opened on a thread draws from it). */
export const threadNewestKey = (thread: string) => `newest:${thread}`;

/** Every thread's record, from a whole store's entries. */
export function newestByThread(entries: readonly DossierEntry[]): Map<string, Newest> {
  const byThread = new Map<string, DossierEntry[]>();
  for (const e of entries) {
    for (const id of threadIdsOf(e)) {
      let list = byThread.get(id);
      if (!list) byThread.set(id, (list = []));
      list.push(e);
    }
  }
  return new Map([...byThread].map(([id, list]) => [id, newestOf(list)]));
}

/** Marks every thread's record stale (a damaged stale list, or stamps made again). */
export const ALL_THREADS = '*';

/** A stored list of the threads whose record is stale; a damaged one makes every record stale. */
export function parseStale(value: unknown): Set<string> {
  return Array.isArray(value) && value.every((x) => typeof x === 'string') ? new Set(value) : new Set([ALL_THREADS]);
}
