/**
 * Reading every pack's entries in a transaction, checked, and making again from their cards the
 * entries of packs that do not check (a damaged record): what listing the entries and rebuilding a
 * broken stamps or summary record do (read.ts, store.ts).
 */
import type { DossierEntry } from '../../engine/dossier/entry';
import { checkEntries, entriesIn, readPack } from '../../engine/dossier/packs';
import type { Stamps } from '../../engine/dossier/stamps';
import { CARD_PACKS, ENTRY_PACKS, type PackTx, queued } from './db';

/** The checked entries of each pack, by key; how many stored cards do not validate; the packs whose entries must be made again. */
export interface Scan {
  packs: { key: number; entries: DossierEntry[] }[];
  invalid: number;
  stale: number[];
  /** The largest pack key stored (-1: none). */
  last: number;
}

/** Every pack's entries in `tx` (one getAll, not one read per card). */
export async function scanEntries(tx: PackTx): Promise<Scan> {
  const cards = tx.objectStore(CARD_PACKS);
  const entries = tx.objectStore(ENTRY_PACKS);
  const [keys, values, entryKeys] = await Promise.all([cards.getAllKeys(), entries.getAll(), entries.getAllKeys()]);
  const byKey = new Map(entryKeys.map((key, i) => [key, values[i]]));
  const scan: Scan = { packs: [], invalid: 0, stale: [], last: -1 };
  for (const key of keys) {
    scan.last = Math.max(scan.last, key);
    const raw = entriesIn(byKey.get(key));
    const checked = raw && checkEntries(raw);
    if (!checked || checked.stale) scan.stale.push(key);
    else {
      scan.packs.push({ key, entries: checked.entries });
      scan.invalid += checked.invalid;
    }
  }
  return scan;
}

/** Makes the entries of the packs `keys` again from their cards and stores them (`tx` is readwrite); adds them to `scan`. */
export async function remakeEntries(tx: PackTx<'readwrite'>, scan: Scan, keys: readonly number[]): Promise<void> {
  for (const key of keys) {
    const { urls, entries } = readPack(await tx.objectStore(CARD_PACKS).get(key), undefined);
    queued(tx.objectStore(ENTRY_PACKS).put({ v: 1, entries }, key));
    const checked = checkEntries(entries);
    scan.packs.push({ key, entries: checked.entries });
    scan.invalid += urls.length - checked.entries.length;
  }
}

/** The stamps of what a scan found: each valid entry's address, times and pack; the next pack after the last stored. */
export function stampsOfScan(scan: Scan): Stamps {
  const byUrl: Stamps['byUrl'] = new Map();
  for (const { key, entries } of scan.packs) for (const e of entries) byUrl.set(e.url, { url: e.url, savedAt: e.savedAt, date: e.date, pack: key });
  return { byUrl, next: scan.last + 1 };
}
