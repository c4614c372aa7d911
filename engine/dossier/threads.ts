/**
 * Threads: the country pair or group a saved card is about (India–Russia, India–US, BRICS…),
 * from the countries and organisations the engine named on the card (its gazetteer gives each in
 * both scripts). A card can sit in two threads (India–Russia and BRICS). Pure.
 */
import type { Bilingual, Entity } from '../types';
import type { DossierEntry } from './entry';

/** Organisations that are groupings of countries (by the gazetteer's English name): a thread of their own. */
export const COUNTRY_GROUPS: ReadonlySet<string> = new Set([
  'AUKUS',
  'African Union',
  'Arab League',
  'Asia-Pacific Economic Cooperation',
  'Association of Southeast Asian Nations',
  'BBIN',
  'BRICS',
  'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation',
  'Collective Security Treaty Organization',
  'Commonwealth of Independent States',
  'East Asia Summit',
  'Eurasian Economic Union',
  'European Union',
  'G20',
  'G4',
  'G7',
  'G77',
  'Gulf Cooperation Council',
  'I2U2',
  'IBSA Dialogue Forum',
  'Indian Ocean Rim Association',
  'Mekong-Ganga Cooperation',
  'Mercosur',
  'Non-Aligned Movement',
  'North Atlantic Treaty Organization',
  'Pacific Islands Forum',
  'Quad',
  'Shanghai Cooperation Organisation',
  'South Asian Association for Regional Cooperation',
]);

/** The reader's own country leads a pair ("India–Russia", not "Russia–India"). */
export const HOME_COUNTRY = 'India';

/** A thread: its stable id ("pair:India|Russia", "group:BRICS", "country:India", "other") and its label in both scripts. */
export interface Thread {
  id: string;
  label: Bilingual;
  kind: 'pair' | 'group' | 'country' | 'other';
}

/** A thread with its entries, newest first. */
export interface ThreadGroup extends Thread {
  entries: DossierEntry[];
}

const OTHER: Thread = { id: 'other', label: { en: 'Other', hi: 'अन्य' }, kind: 'other' };

/** The card's countries, most mentioned first (ties: as the engine listed them). */
function countries(entities: readonly Entity[]): Entity[] {
  return entities
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.kind === 'country')
    .sort((a, b) => b.e.count - a.e.count || a.i - b.i)
    .map(({ e }) => e);
}

/** The pair's two countries in reading order: the home country first, else alphabetical. */
function ordered(a: Entity, b: Entity): [Entity, Entity] {
  if (b.en === HOME_COUNTRY) return [b, a];
  if (a.en === HOME_COUNTRY) return [a, b];
  return a.en.localeCompare(b.en) <= 0 ? [a, b] : [b, a];
}

/**
 * The card's pair: its only two countries, or its two most-named when the second is named at least
 * twice and more often than the third (a summit naming five members once each has no pair).
 */
function pairOf(list: readonly Entity[]): [Entity, Entity] | null {
  const [first, second, third] = list;
  if (!first || !second) return null;
  if (list.length === 2 || (second.count >= 2 && (!third || second.count > third.count))) return [first, second];
  return null;
}

/** The threads of one card: its pair of countries and each country group it names; else its most-named country, else "other". */
export function threadsOf(entry: { readonly entities: readonly Entity[] }): Thread[] {
  const out: Thread[] = [];
  const list = countries(entry.entities);
  const pair = pairOf(list);
  const first = list[0];
  if (pair) {
    const [first, second] = pair;
    const [a, b] = ordered(first, second);
    out.push({ id: `pair:${a.en}|${b.en}`, label: { en: `${a.en}–${b.en}`, hi: `${a.hi}–${b.hi}` }, kind: 'pair' });
  }
  for (const e of entry.entities) {
    if (e.kind === 'organisation' && COUNTRY_GROUPS.has(e.en)) out.push({ id: `group:${e.en}`, label: { en: e.en, hi: e.hi }, kind: 'group' });
  }
  if (out.length) return out;
  if (first) return [{ id: `country:${first.en}`, label: { en: first.en, hi: first.hi }, kind: 'country' }];
  return [OTHER];
}

const KIND_RANK: Record<Thread['kind'], number> = { pair: 0, group: 1, country: 2, other: 3 };

/** The order of `localeCompare` (the default locale), made once rather than on every comparison. */
const LABEL_ORDER = new Intl.Collator();

/**
 * Each entry's threads, found once: the dossier groups the same entries again on every keystroke of
 * a search. Entries are not changed once made (a changed card is a new entry), so the object is the key.
 */
const threadsOfEntry = new WeakMap<DossierEntry, readonly Thread[]>();
function cachedThreads(entry: DossierEntry): readonly Thread[] {
  let list = threadsOfEntry.get(entry);
  if (!list) threadsOfEntry.set(entry, (list = threadsOf(entry)));
  return list;
}

/** Entries grouped by thread: the largest threads first (pairs before groups at equal size), each newest first. */
export function groupByThread(entries: readonly DossierEntry[]): ThreadGroup[] {
  const groups = new Map<string, ThreadGroup>();
  for (const entry of entries) {
    for (const t of cachedThreads(entry)) {
      let g = groups.get(t.id);
      if (!g) groups.set(t.id, (g = { ...t, entries: [] }));
      g.entries.push(entry);
    }
  }
  const list = [...groups.values()];
  // The dossier hands its entries over newest first already: checking costs less than sorting again.
  for (const g of list) if (!inOrder(g.entries)) g.entries.sort(newestFirst);
  return list.sort((a, b) => b.entries.length - a.entries.length || KIND_RANK[a.kind] - KIND_RANK[b.kind] || LABEL_ORDER.compare(a.label.en, b.label.en));
}

/** True when the entries are newest first already. */
function inOrder(entries: readonly DossierEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (newestFirst(entries[i - 1] as DossierEntry, entries[i] as DossierEntry) > 0) return false;
  return true;
}

/** Sorts entries by article date, newest first (then by when they were saved, then by address). */
export function newestFirst(a: DossierEntry, b: DossierEntry): number {
  return b.date - a.date || b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
