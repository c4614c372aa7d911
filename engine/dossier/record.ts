/**
 * A saved card as it is stored and exported: a versioned record around the engine's Summary, with
 * one valibot schema that every read goes through (storage and import files are untrusted: a
 * corrupt store, another version, a hostile file). Sizes are capped, so a file cannot make the
 * page hold gigabytes. Pure.
 */
import * as v from 'valibot';
import type { Summary } from '../summary/types';
import { TOPIC_IDS } from '../topics/taxonomy';

/** The record format's version; bump it and add a migration to RECORD_MIGRATIONS for every change. */
export const RECORD_VERSION = 1;

/** Caps on what one record may hold. */
export const LIMITS = { text: 5_000, field: 2_000, url: 4_096, sentences: 5_000, lines: 200, list: 500 } as const;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableField = v.nullable(str(LIMITS.field));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const KIND = v.picklist(['person', 'country', 'place', 'organisation']);
const TOPIC = v.picklist(TOPIC_IDS);
const PAIR = { hi: str(LIMITS.field), en: str(LIMITS.field) };
const SPAN = { start: count, end: count };
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.list) => v.pipe(v.array(item), v.maxLength(max));

const LineSchema = v.object({
  index: count,
  text: str(LIMITS.text),
  terms: v.optional(list(v.object({ ...PAIR, ...SPAN }))),
  cardTerms: v.optional(list(v.object({ ...PAIR, ...SPAN }))),
  names: v.optional(list(v.object({ kind: KIND, ...PAIR, ...SPAN }))),
});

/** The engine's Summary (schemaVersion 1), checked all the way down; unknown keys are dropped. */
export const StoredSummarySchema = v.object({
  schemaVersion: v.literal(1),
  title: str(LIMITS.field),
  language: v.picklist(['hi', 'en']),
  siteName: nullableField,
  byline: nullableField,
  publishedTime: nullableField,
  url: v.nullable(str(LIMITS.url)),
  overview: list(LineSchema, LIMITS.lines),
  sections: list(
    v.object({
      topic: TOPIC,
      label: v.object(PAIR),
      share: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      sentences: list(LineSchema, LIMITS.lines),
      keyTerms: list(v.object(PAIR)),
      minor: v.optional(v.literal(true)),
    }),
    TOPIC_IDS.length,
  ),
  entities: list(v.object({ kind: KIND, ...PAIR, count })),
  sentences: list(v.object({ index: count, text: str(LIMITS.text), topics: list(TOPIC, TOPIC_IDS.length) }), LIMITS.sentences),
});

/** An http(s) address, its fragment dropped: the key cards are merged by. */
const UrlSchema = v.pipe(
  str(LIMITS.url),
  v.check((url) => canonicalUrl(url) !== null, 'Not an http(s) address'),
  v.transform((url) => canonicalUrl(url) as string),
);

/** The reader's translations saved with the card: by sentence index (or "title"), and where they came from. */
const TranslationsSchema = v.object({
  lines: v.pipe(
    v.record(str(16), str(LIMITS.text)),
    v.check((lines) => Object.keys(lines).length <= LIMITS.sentences, 'Too many translations'),
  ),
  source: str(LIMITS.field),
});

/** A saved card, version RECORD_VERSION. */
export const SavedCardSchema = v.object({
  v: v.literal(RECORD_VERSION),
  url: UrlSchema,
  /** When it was saved (ms since the epoch). */
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  summary: StoredSummarySchema,
  translations: v.optional(TranslationsSchema),
});

/** A saved card. */
export type SavedCard = Omit<v.InferOutput<typeof SavedCardSchema>, 'summary'> & { summary: Summary };

/** The saved card's translations. */
export type SavedTranslations = NonNullable<SavedCard['translations']>;

/**
 * Migrations by the version they produce: `RECORD_MIGRATIONS[n]` turns a version n-1 record into
 * version n. Empty while the format is at version 1; each later version adds one, with a fixture.
 */
export const RECORD_MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {};

/** Why a stored or imported value is not a saved card. */
export type RecordError = { ok: false; error: 'not-record' | 'newer-version' | 'invalid'; message: string };

/** The address without its fragment, when it is http(s); null otherwise. */
export function canonicalUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A stored or imported value brought up to `version`: each migration from its own version's next
 * one up, in order (not yet validated). A version newer than this build is refused, never misread.
 */
export function migrateRecord(
  value: unknown,
  migrations = RECORD_MIGRATIONS,
  version = RECORD_VERSION,
): { ok: true; record: Record<string, unknown> } | RecordError {
  if (!isRecord(value)) return { ok: false, error: 'not-record', message: 'Not a saved card (not an object).' };
  const from = value.v;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, error: 'not-record', message: 'Not a saved card (no version).' };
  if (from > version)
    return { ok: false, error: 'newer-version', message: `Saved by a newer version of Kootniti (record version ${from}; this one reads up to ${version}).` };
  let record: Record<string, unknown> = value;
  for (let n = from + 1; n <= version; n++) {
    const migrate = migrations[n];
    if (!migrate) return { ok: false, error: 'invalid', message: `No migration to record version ${n}.` };
    record = { ...migrate(record), v: n };
  }
  return { ok: true, record };
}

/** Any stored or imported value as a current saved card: migrated, then validated. Never throws. */
export function parseSavedCard(value: unknown): { ok: true; card: SavedCard } | RecordError {
  const migrated = migrateRecord(value);
  if (!migrated.ok) return migrated;
  const result = v.safeParse(SavedCardSchema, migrated.record);
  if (result.success) return { ok: true, card: result.output as SavedCard };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: 'invalid', message: `Not a valid saved card${path ? ` (at ${path})` : ''}: ${issue.message}` };
}

/** A new saved card for a summary of the page at `url`. Throws on an address that is not http(s). */
export function makeSavedCard(summary: Summary, url: string, savedAt: number, translations?: SavedTranslations): SavedCard {
  const key = canonicalUrl(url);
  if (!key) throw new Error(`Only http(s) pages can be saved: ${url}`);
  return { v: RECORD_VERSION, url: key, savedAt: Math.round(savedAt), summary, ...(translations ? { translations } : {}) };
}
