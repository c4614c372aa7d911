/**
 * The one settings schema (valibot): the settings' type is derived from it, and so are the
 * defaults. Pure: the storage item is in utils/storage.ts, its glue in utils/settings/store.ts.
 * Stored values are untrusted: `validateSettings` never throws and repairs field by field,
 * keeping every valid field and putting the default in place of each broken one.
 */
import * as v from 'valibot';
import { TOPIC_IDS } from '../../engine/topics/taxonomy';
import { lenientArray, lenientObject, lenientRecord } from '../lenient';

/** Current settings version; bump it and add a migration (with a fixture) for every change. */
export const SETTINGS_VERSION = 4;

/** Caps on user keywords: per topic, and per keyword's length. */
export const MAX_KEYWORDS_PER_TOPIC = 50;
export const MAX_KEYWORD_LENGTH = 60;

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/** Most days and cards a retention limit may name (0 is no limit). */
export const MAX_KEEP_DAYS = 3650;
export const MAX_KEEP_CARDS = 100_000;

/** A whole number from 0 to `max` (rounded and clamped); anything else falls back to 0, no limit. */
const limit = (max: number) =>
  v.fallback(
    v.pipe(
      v.number(),
      v.check((n) => Number.isFinite(n) && n >= 0),
      v.transform((n) => Math.min(max, Math.round(n))),
    ),
    0,
  );

/** A topic id the engine knows. */
export const TopicIdSchema = v.picklist(TOPIC_IDS);

/** One of the user's keywords: trimmed, 1 to MAX_KEYWORD_LENGTH characters. */
const KeywordSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_KEYWORD_LENGTH));

/** The user's settings as stored: each field with its default, which stands in when the stored one is broken. */
export const SettingsSchema = lenientObject({
  /** Which language leads on the card: the article's own, or always Hindi / English. */
  primaryLanguage: v.fallback(v.picklist(['article', 'hi', 'en']), 'article'),
  /** The UI language: the browser's, or forced. */
  uiLanguage: v.fallback(v.picklist(['browser', 'hi', 'en']), 'browser'),
  /** What the toolbar icon (and its shortcut) opens: the popup, or the side panel that stays open. */
  toolbarOpens: v.fallback(v.picklist(['popup', 'panel']), 'popup'),
  /** Every topic id, in the order sections appear: the user's order, unknown and repeated ids dropped, topics added since appended. */
  topicOrder: v.fallback(
    v.pipe(
      lenientArray(TopicIdSchema),
      v.transform((order) => unique([...order, ...TOPIC_IDS])),
    ),
    () => [...TOPIC_IDS],
  ),
  /** Topics whose sections are not shown. */
  hiddenTopics: v.fallback(v.pipe(lenientArray(TopicIdSchema), v.transform(unique)), () => []),
  /** Sentences per section, 1–5. */
  perSection: v.fallback(
    v.pipe(
      v.number(),
      v.check((n) => Number.isFinite(n)),
      v.transform((n) => Math.min(5, Math.max(1, Math.round(n)))),
    ),
    3,
  ),
  showOverview: v.fallback(v.boolean(), true),
  showEntities: v.fallback(v.boolean(), true),
  showKeyTerms: v.fallback(v.boolean(), true),
  /** Save every card made from a page to the dossier, without pressing Save. */
  autoSave: v.fallback(v.boolean(), false),
  /** Saved cards older than this many days are deleted (0: kept for ever). */
  keepDays: limit(MAX_KEEP_DAYS),
  /** Only this many saved cards are kept, the newest (0: no limit). */
  keepCards: limit(MAX_KEEP_CARDS),
  /** The user's own keywords per topic, which extend the lexicons: at most MAX_KEYWORDS_PER_TOPIC each, no empty lists. */
  extraKeywords: v.fallback(
    lenientRecord(
      TopicIdSchema,
      v.pipe(
        lenientArray(KeywordSchema),
        v.transform((words) => unique(words).slice(0, MAX_KEYWORDS_PER_TOPIC)),
        v.minLength(1),
      ),
    ),
    () => ({}),
  ),
});

/** The user's settings. */
export type Settings = v.InferOutput<typeof SettingsSchema>;
/** Which language leads on the card: the article's own, or always Hindi / English. */
export type PrimaryLanguage = Settings['primaryLanguage'];
/** The UI language: the browser's, or forced. */
export type UiLanguage = Settings['uiLanguage'];
/** What the toolbar icon (and its shortcut) opens: the popup, or the side panel that stays open. */
export type ToolbarOpens = Settings['toolbarOpens'];

/** Turns any stored value into valid settings: known fields kept when valid, defaults otherwise. */
export function validateSettings(value: unknown): Settings {
  return v.parse(SettingsSchema, value);
}

/**
 * The fields of a stored value that validation had to repair: present but broken, or with items
 * dropped or changed. A missing field, and topics an update added to the end of the order, are
 * completions, not repairs; a stored value that is not an object at all had every field repaired.
 */
export function repairedFields(stored: unknown, valid: Settings): (keyof Settings)[] {
  const keys = Object.keys(valid) as (keyof Settings)[];
  if (stored === undefined || stored === null) return [];
  if (!isRecord(stored)) return keys;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return keys.filter((key) => {
    if (!(key in stored)) return false;
    const before = stored[key];
    if (key === 'topicOrder' && Array.isArray(before)) return !same(before, valid.topicOrder.slice(0, before.length));
    return !same(before, valid[key]);
  });
}

/** The settings a new user has: what the schema makes of nothing. */
export const DEFAULT_SETTINGS: Settings = validateSettings({});

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Migrations by the version they produce: `MIGRATIONS[n]` turns a version n-1 value into version n.
 * Each has a fixture in tests/fixtures/settings/v<n>.json, run by the looping test. A value that
 * is not an object is passed on as it is (validation then falls back to the defaults).
 */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // v2: what the toolbar icon opens; everyone had the popup before.
  2: (old) => (isRecord(old) ? { ...old, toolbarOpens: 'popup' } : old),
  // v3: auto-save to the dossier; off for everyone who had settings before it existed.
  3: (old) => (isRecord(old) ? { ...old, autoSave: false } : old),
  // v4: retention of saved cards; no limit for everyone who had settings before it existed.
  4: (old) => (isRecord(old) ? { ...old, keepDays: 0, keepCards: 0 } : old),
};
