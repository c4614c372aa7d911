/**
 * What the dossier page holds in memory for a saved card: its metadata, its topics, its names, its
 * card lines and the words it can be found by, but not every sentence of the article. Derived from
 * the card (never stored on its own authority: a stored entry that does not validate is made again
 * from its card). Pure.
 */
import * as v from 'valibot';
import type { SavedCard } from './record';
import { LIMITS } from './record';
import { TOPIC_IDS } from '../topics/taxonomy';
import type { Entity, TopicId } from '../types';
import { threadsOf } from './threads';
import { cardWords } from './words';

/** The entry format's version: entries are derived, so a new version rebuilds them from the cards. */
export const ENTRY_VERSION = 2;

/** A card line in the entry: its topic ('overview' for the overview), sentence number and text. */
export interface EntryLine {
  topic: TopicId | 'overview';
  index: number;
  text: string;
}

/** The dossier's view of one saved card. */
export interface DossierEntry {
  v: typeof ENTRY_VERSION;
  url: string;
  savedAt: number;
  /** The article's date (published, else saved), ms since the epoch: what the dossier sorts and filters by. */
  date: number;
  title: string;
  siteName: string | null;
  /** The page's host name (the source when the site gave no name). */
  host: string;
  language: 'hi' | 'en';
  /** Its section topics, largest share first. */
  topics: TopicId[];
  entities: Entity[];
  lines: EntryLine[];
  /** Every word it can be found by, normalised, space-separated (words.ts: both scripts, names and terms included). */
  words: string;
  /** One key per thread, [thread id, date, savedAt]: the store's index of a thread's entries by date. */
  threadKeys: [string, number, number][];
}

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const TOPIC = v.picklist(TOPIC_IDS);
const num = v.pipe(v.number(), v.integer(), v.minValue(0));

/** An entry as stored; every read goes through it. */
export const DossierEntrySchema = v.object({
  v: v.literal(ENTRY_VERSION),
  url: str(LIMITS.url),
  savedAt: num,
  date: v.pipe(v.number(), v.integer()),
  title: str(LIMITS.field),
  siteName: v.nullable(str(LIMITS.field)),
  host: str(LIMITS.field),
  language: v.picklist(['hi', 'en']),
  topics: v.array(TOPIC),
  entities: v.array(v.object({ kind: v.picklist(['person', 'country', 'place', 'organisation']), hi: str(LIMITS.field), en: str(LIMITS.field), count: num })),
  lines: v.array(v.object({ topic: v.union([TOPIC, v.literal('overview')]), index: num, text: str(LIMITS.text) })),
  words: str(1_000_000),
  threadKeys: v.array(v.tuple([v.string(), v.number(), v.number()])),
});

/** A stored entry, or null when it is not a valid one (then it is rebuilt from its card). */
export function parseEntry(value: unknown): DossierEntry | null {
  const result = v.safeParse(DossierEntrySchema, value);
  return result.success ? (result.output as DossierEntry) : null;
}

/** The article's date: its published time when that parses, else when it was saved. */
export function articleDate(publishedTime: string | null, savedAt: number): number {
  const t = publishedTime ? Date.parse(publishedTime) : Number.NaN;
  return Number.isFinite(t) ? t : savedAt;
}

/** The dossier entry of a saved card; `memo` shares word normalisations across many cards (an import). */
export function entryOf(card: SavedCard, memo?: Map<string, string>): DossierEntry {
  const s = card.summary;
  const host = new URL(card.url).hostname;
  const lines: EntryLine[] = [
    ...s.overview.map((l) => ({ topic: 'overview' as const, index: l.index, text: l.text })),
    ...s.sections.flatMap((sec) => sec.sentences.map((l) => ({ topic: sec.topic, index: l.index, text: l.text }))),
  ];
  const date = articleDate(s.publishedTime, card.savedAt);
  const entities = s.entities.map((e) => ({ kind: e.kind, hi: e.hi, en: e.en, count: e.count }));
  return {
    v: ENTRY_VERSION,
    url: card.url,
    savedAt: card.savedAt,
    date,
    title: s.title,
    siteName: s.siteName,
    host,
    language: s.language,
    topics: s.sections.map((sec) => sec.topic),
    entities,
    lines,
    words: cardWords(card, host, memo),
    threadKeys: threadKeysOf(entities, date, card.savedAt),
  };
}

/** The source's name as the dossier shows it: the site's name, else its host. */
export function sourceOf(entry: Pick<DossierEntry, 'siteName' | 'host'>): string {
  return entry.siteName?.trim() || entry.host;
}

/** The entry's index keys by thread: [thread id, date, savedAt] for each of its threads. */
export function threadKeysOf(entities: readonly Entity[], date: number, savedAt: number): [string, number, number][] {
  return threadsOf({ entities }).map((t) => [t.id, date, savedAt]);
}
