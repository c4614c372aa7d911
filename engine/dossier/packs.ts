/**
 * Saved cards are kept in packs: up to PACK_SIZE cards in one IndexedDB record, and their dossier
 * entries, in the same order, in one record of another store under the same key. IndexedDB's cost
 * is mostly per record: 10,000 cards as 40 packs are written about 3× and read about 9× faster
 * than as 10,000 records (README, "The dossier"). What is stored is untrusted: these read a pack
 * defensively and say which of its entries must be made again from their cards. Pure.
 */
import { type DossierEntry, entryOf, parseEntry } from './entry';
import { readSavedCard } from './record-fast';

/** Cards per pack: an import's slice, and where a saved card's pack is full. */
export const PACK_SIZE = 250;

/**
 * A pack of cards as stored: each card as its JSON text, with its address beside it. Text, not the
 * card's objects: Chromium's IndexedDB hands back 10,000 cards as text and JSON.parse reads them in
 * about half the time it takes to rebuild them as objects, and an export writes the text as it is
 * (README, "The dossier").
 */
export interface CardPack {
  v: 1;
  urls: (string | null)[];
  texts: string[];
}

/** The entries of a card pack, in its order; null for a card that does not validate (it is never shown). */
export interface EntryPack {
  v: 1;
  entries: (DossierEntry | null)[];
}

/** A pack's cards (addresses and texts) and entries, read back (all the same length). */
export interface Pack {
  urls: (string | null)[];
  texts: string[];
  entries: unknown[];
}

/** The address a stored card is kept under (null when it has none). */
export function urlOf(card: unknown): string | null {
  const url = (card as { url?: unknown } | null)?.url;
  return typeof url === 'string' ? url : null;
}

/** A card as stored text ('null' for a value JSON cannot write: it never validates). */
export function textOf(card: unknown): string {
  try {
    return JSON.stringify(card) ?? 'null';
  } catch {
    return 'null';
  }
}

/** A stored card's text read back (null when it is not JSON: it never validates). */
export function cardOfText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The entry of a stored card, or null when the card does not validate. */
export function entryOfStored(card: unknown, memo?: Map<string, string>): DossierEntry | null {
  const read = readSavedCard(card);
  return read.ok ? entryOf(read.card, memo) : null;
}

/** The stored records of cards (as values: new cards, or those of an old store) and their entries. */
export function packOf(cards: readonly unknown[], entries: readonly (DossierEntry | null)[]): { cards: CardPack; entries: EntryPack } {
  return { cards: { v: 1, urls: cards.map(urlOf), texts: cards.map(textOf) }, entries: { v: 1, entries: [...entries] } };
}

/** A card pack's addresses and texts as stored (none when the record is missing or broken). */
export function cardsIn(value: unknown): { urls: (string | null)[]; texts: string[] } {
  const r = value as Partial<CardPack> | null;
  const { urls, texts } = r ?? {};
  if (!Array.isArray(urls) || !Array.isArray(texts) || urls.length !== texts.length) return { urls: [], texts: [] };
  if (!texts.every((t) => typeof t === 'string') || !urls.every((u) => u === null || typeof u === 'string')) return { urls: [], texts: [] };
  return { urls, texts };
}

/** An entry pack's entries, or null when the record is missing or broken (then they are made again from the cards). */
export function entriesIn(value: unknown): unknown[] | null {
  const entries = (value as Partial<EntryPack> | null)?.entries;
  return Array.isArray(entries) ? entries : null;
}

/** A pack read back: entries that do not line up with the cards are made again from them. */
export function readPack(cardsValue: unknown, entriesValue: unknown): Pack {
  const { urls, texts } = cardsIn(cardsValue);
  const entries = entriesIn(entriesValue);
  if (entries && entries.length === texts.length) return { urls, texts, entries };
  return { urls, texts, entries: texts.map((t) => entryOfStored(cardOfText(t))) };
}

/** Splits a pack into what is kept and the entries of the cards at `urls` (which go). */
export function withoutUrls(pack: Pack, urls: ReadonlySet<string>): { kept: Pack; gone: unknown[] } {
  const kept: Pack = { urls: [], texts: [], entries: [] };
  const gone: unknown[] = [];
  pack.urls.forEach((url, i) => {
    if (url !== null && urls.has(url)) gone.push(pack.entries[i]);
    else {
      kept.urls.push(url);
      kept.texts.push(pack.texts[i] as string);
      kept.entries.push(pack.entries[i]);
    }
  });
  return { kept, gone };
}

/**
 * A pack's entries, checked: `entries` the valid ones, `invalid` how many cards do not validate
 * (their entry is null), `stale` whether an entry fails its check and must be made again from its card.
 */
export function checkEntries(values: readonly unknown[]): { entries: DossierEntry[]; invalid: number; stale: boolean } {
  const entries: DossierEntry[] = [];
  let invalid = 0;
  let stale = false;
  for (const value of values) {
    if (value === null) invalid++;
    else {
      const entry = parseEntry(value);
      if (entry) entries.push(entry);
      else stale = true;
    }
  }
  return { entries, invalid, stale };
}
