/**
 * Every saved card's stamp (address, when it was saved, the article's date, the pack it is kept
 * in) in one record, with the next pack's number: what saving, merging an import, deleting and
 * retention read. One record, not one per card: IndexedDB's cost per record made 10,000 small
 * stamps a large part of an import's write (README, "The dossier"). A stored record is untrusted:
 * one that does not validate is made again from the packs. Pure.
 */

/** One card's stamp. */
export interface Stamp {
  url: string;
  savedAt: number;
  date: number;
  /** The key of the pack holding the card and its entry (engine/dossier/packs.ts). */
  pack: number;
}

/** The stored form: four lists of the same length (cheap for IndexedDB to clone) and the next pack's key. */
export interface StampsRecord {
  v: 2;
  url: string[];
  savedAt: number[];
  date: number[];
  pack: number[];
  next: number;
}

/** The stamps by address, and the key the next new pack takes, as a writer updates them. */
export interface Stamps {
  byUrl: Map<string, Stamp>;
  next: number;
}

/** The stored form of stamps. */
export function packStamps(stamps: Iterable<Stamp>, next: number): StampsRecord {
  const record: StampsRecord = { v: 2, url: [], savedAt: [], date: [], pack: [], next };
  for (const s of stamps) {
    record.url.push(s.url);
    record.savedAt.push(s.savedAt);
    record.date.push(s.date);
    record.pack.push(s.pack);
  }
  return record;
}

const isKey = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** A stored stamps record read back, or null when it is missing or does not validate (then it is rebuilt). */
export function parseStamps(value: unknown): Stamps | null {
  const r = value as Partial<StampsRecord> | null;
  if (!r || typeof r !== 'object' || r.v !== 2 || !isKey(r.next)) return null;
  const { url, savedAt, date, pack } = r;
  if (!Array.isArray(url) || !Array.isArray(savedAt) || !Array.isArray(date) || !Array.isArray(pack)) return null;
  const n = url.length;
  if (savedAt.length !== n || date.length !== n || pack.length !== n) return null;
  const byUrl = new Map<string, Stamp>();
  for (let i = 0; i < n; i++) {
    const [u, s, d, p] = [url[i], savedAt[i], date[i], pack[i]];
    if (typeof u !== 'string' || !Number.isFinite(s) || !Number.isFinite(d) || !isKey(p) || p >= r.next) return null;
    byUrl.set(u, { url: u, savedAt: s as number, date: d as number, pack: p });
  }
  return { byUrl, next: r.next };
}
