/**
 * Every saved card's stamp (address, when it was saved, the article's date) in one record: what
 * merging an import and retention read. One record, not one per card: IndexedDB's cost per request
 * made 10,000 small stamps a large part of an import's write (README, "The dossier"). A stored
 * record is untrusted: one that does not validate is made again from the entries. Pure.
 */

/** One card's stamp. */
export interface Stamp {
  url: string;
  savedAt: number;
  date: number;
}

/** The stored form: three lists of the same length (cheap for IndexedDB to clone). */
export interface StampsRecord {
  v: 1;
  url: string[];
  savedAt: number[];
  date: number[];
}

/** The stamps by address, as a writer updates them. */
export type Stamps = Map<string, Stamp>;

/** The stored form of `stamps`. */
export function packStamps(stamps: Iterable<Stamp>): StampsRecord {
  const record: StampsRecord = { v: 1, url: [], savedAt: [], date: [] };
  for (const s of stamps) {
    record.url.push(s.url);
    record.savedAt.push(s.savedAt);
    record.date.push(s.date);
  }
  return record;
}

/** A stored stamps record read back, or null when it is missing or does not validate (then it is rebuilt). */
export function parseStamps(value: unknown): Stamps | null {
  const r = value as Partial<StampsRecord> | null;
  if (!r || typeof r !== 'object' || r.v !== 1 || !Array.isArray(r.url) || !Array.isArray(r.savedAt) || !Array.isArray(r.date)) return null;
  const n = r.url.length;
  if (r.savedAt.length !== n || r.date.length !== n) return null;
  const stamps: Stamps = new Map();
  for (let i = 0; i < n; i++) {
    const [url, savedAt, date] = [r.url[i], r.savedAt[i], r.date[i]];
    if (typeof url !== 'string' || !Number.isFinite(savedAt) || !Number.isFinite(date)) return null;
    stamps.set(url, { url, savedAt: savedAt as number, date: date as number });
  }
  return stamps;
}

/** Whether `x` is a stamp (the version 2 store's records are checked one by one when they are converted). */
export function isStamp(x: unknown): x is Stamp {
  const s = x as Partial<Stamp> | null;
  return !!s && typeof s === 'object' && typeof s.url === 'string' && Number.isFinite(s.savedAt) && Number.isFinite(s.date);
}
