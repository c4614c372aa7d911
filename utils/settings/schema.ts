/**
 * The one settings schema: its type, defaults, validation and migrations. Pure: the storage glue
 * is utils/settings/store.ts. Stored values are untrusted; `validateSettings` never throws and
 * falls back field by field to the defaults.
 */
import { isTopicId, TOPIC_IDS } from '../../engine/topics/taxonomy';
import type { TopicId } from '../../engine/types';

/** Current settings version; bump it and add a migration (with a fixture) for every change. */
export const SETTINGS_VERSION = 2;

/** Which language leads on the card: the article's own, or always Hindi / English. */
export type PrimaryLanguage = 'article' | 'hi' | 'en';
/** The UI language: the browser's, or forced. */
export type UiLanguage = 'browser' | 'hi' | 'en';
/** What the toolbar icon (and its shortcut) opens: the popup, or the side panel that stays open. */
export type ToolbarOpens = 'popup' | 'panel';

/** The user's settings. */
export interface Settings {
  primaryLanguage: PrimaryLanguage;
  uiLanguage: UiLanguage;
  toolbarOpens: ToolbarOpens;
  /** Every topic id, in the order sections appear. */
  topicOrder: TopicId[];
  /** Topics whose sections are not shown. */
  hiddenTopics: TopicId[];
  /** Sentences per section, 1–5. */
  perSection: number;
  showOverview: boolean;
  showEntities: boolean;
  showKeyTerms: boolean;
  /** The user's own keywords per topic, which extend the lexicons. */
  extraKeywords: Partial<Record<TopicId, string[]>>;
}

/** The settings a new user has. */
export const DEFAULT_SETTINGS: Settings = {
  primaryLanguage: 'article',
  uiLanguage: 'browser',
  toolbarOpens: 'popup',
  topicOrder: [...TOPIC_IDS],
  hiddenTopics: [],
  perSection: 3,
  showOverview: true,
  showEntities: true,
  showKeyTerms: true,
  extraKeywords: {},
};

/** Caps on user keywords: per topic, and per keyword's length. */
export const MAX_KEYWORDS_PER_TOPIC = 50;
export const MAX_KEYWORD_LENGTH = 60;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Turns any stored value into valid settings: known fields kept when valid, defaults otherwise. */
export function validateSettings(value: unknown): Settings {
  const v = isRecord(value) ? value : {};
  const d = DEFAULT_SETTINGS;
  const oneOf = <T extends string>(x: unknown, allowed: readonly T[], fallback: T): T =>
    typeof x === 'string' && (allowed as readonly string[]).includes(x) ? (x as T) : fallback;
  const bool = (x: unknown, fallback: boolean): boolean => (typeof x === 'boolean' ? x : fallback);

  const order = Array.isArray(v.topicOrder) ? v.topicOrder.filter(isTopicId) : [];
  // Keep the user's order, drop unknown or repeated ids, and append topics added since.
  const topicOrder = [...new Set([...order, ...TOPIC_IDS])];
  const hiddenTopics = Array.isArray(v.hiddenTopics) ? [...new Set(v.hiddenTopics.filter(isTopicId))] : [];
  const per = typeof v.perSection === 'number' && Number.isFinite(v.perSection) ? Math.round(v.perSection) : d.perSection;

  const extraKeywords: Partial<Record<TopicId, string[]>> = {};
  if (isRecord(v.extraKeywords)) {
    for (const [topic, list] of Object.entries(v.extraKeywords)) {
      if (!isTopicId(topic) || !Array.isArray(list)) continue;
      const words = [...new Set(list.filter((w): w is string => typeof w === 'string').map((w) => w.trim()).filter((w) => w && w.length <= MAX_KEYWORD_LENGTH))];
      if (words.length) extraKeywords[topic] = words.slice(0, MAX_KEYWORDS_PER_TOPIC);
    }
  }

  return {
    primaryLanguage: oneOf(v.primaryLanguage, ['article', 'hi', 'en'] as const, d.primaryLanguage),
    uiLanguage: oneOf(v.uiLanguage, ['browser', 'hi', 'en'] as const, d.uiLanguage),
    toolbarOpens: oneOf(v.toolbarOpens, ['popup', 'panel'] as const, d.toolbarOpens),
    topicOrder,
    hiddenTopics,
    perSection: Math.min(5, Math.max(1, per)),
    showOverview: bool(v.showOverview, d.showOverview),
    showEntities: bool(v.showEntities, d.showEntities),
    showKeyTerms: bool(v.showKeyTerms, d.showKeyTerms),
    extraKeywords,
  };
}

/**
 * Migrations by the version they produce: `MIGRATIONS[n]` turns a version n-1 value into version n.
 * Each has a fixture in tests/fixtures/settings/v<n>.json, run by the looping test. A value that
 * is not an object is passed on as it is (validation then falls back to the defaults).
 */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // v2: what the toolbar icon opens; everyone had the popup before.
  2: (old) => (isRecord(old) ? { ...old, toolbarOpens: 'popup' } : old),
};
