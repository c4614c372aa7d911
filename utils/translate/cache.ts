/**
 * A translation cache keyed by tier, language pair and a hash of the normalised sentence, kept in
 * one stored object (the popup backs it with a WXT storage item), capped by entries and characters,
 * evicting the least recently used. Stored data is untrusted: its schema drops malformed entries on load.
 */
import * as v from 'valibot';
import { withDeadline } from '../deadline';
import { lenientArray } from '../lenient';
import { isQuotaError } from '../quota';
import type { LangPair, TranslationSource } from './types';

/** One stored value, read (untrusted) and written whole: the `translationCacheItem` of utils/storage.ts. */
export interface KeyValueArea {
  get(): Promise<unknown>;
  set(value: StoredCache): Promise<void>;
}

/** Options of createTranslationCache. */
export interface TranslationCacheOptions {
  /** The tier this view reads and writes; other tiers use `withSource()`. */
  source: TranslationSource;
  /** Default DEFAULT_MAX_ENTRIES. */
  maxEntries?: number;
  /** Cap on key plus translation characters, default DEFAULT_MAX_CHARS. */
  maxChars?: number;
  /** Debounce of the write-through, default 1 s; `flush()` writes at once. */
  writeDelayMs?: number;
  /** Give up reading the stored object after this long and run in memory only (default 2 s). */
  loadTimeoutMs?: number;
}

/** A view of the cache for one tier; all views of one cache share entries, caps and writes. */
export interface TranslationCache {
  readonly source: TranslationSource;
  /** The cached translation of `text`, or undefined; a hit becomes the most recently used. */
  get(pair: LangPair, text: string): Promise<string | undefined>;
  /** Stores a translation (ignored when either side is blank or it alone exceeds `maxChars`). */
  set(pair: LangPair, text: string, translation: string): Promise<void>;
  /** Writes pending changes now; never rejects (a failed write stays pending for the next flush). */
  flush(): Promise<void>;
  /** Empties the whole cache, every tier. */
  clear(): Promise<void>;
  /** Entry count and characters held, every tier. */
  stats(): Promise<{ entries: number; chars: number }>;
  /** A view for another tier over the same entries (use one cache per storage area). */
  withSource(source: TranslationSource): TranslationCache;
}

/** Version tag of the stored object; anything else is ignored on load. */
export const CACHE_FORMAT_VERSION = 1;
/** Default entry cap. */
export const DEFAULT_MAX_ENTRIES = 2_000;
/** Default character cap (≈1.5 MB of text, well inside `storage.local`'s 10 MB). */
export const DEFAULT_MAX_CHARS = 1_500_000;

const KEY_PATTERN = /^(?:on-device|provider|glossary)\|(?:hi|en)>(?:hi|en)\|[0-9a-z]{1,11}:\d{1,9}$/;

/**
 * The stored object (`local:translationCache`): entries oldest first, each `[key, translation]`.
 * Another version reads as empty; a malformed entry is dropped and the others kept.
 */
export const StoredCacheSchema = v.object({
  v: v.literal(CACHE_FORMAT_VERSION),
  entries: lenientArray(
    v.pipe(
      v.array(v.unknown()),
      v.check((entry) => entry.length === 2, 'Not a [key, translation] pair'),
      v.tuple([
        v.pipe(v.string(), v.regex(KEY_PATTERN)),
        v.pipe(
          v.string(),
          v.check((translation) => translation.trim() !== ''),
        ),
      ]),
    ),
  ),
});
/** The stored object. */
export type StoredCache = v.InferOutput<typeof StoredCacheSchema>;

/** The form a sentence is hashed in: NFC, whitespace runs as one space, trimmed. */
export function normalizeForKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** cyrb53 (bryc, public domain): a fast 53-bit string hash over UTF-16 code units. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The cache key of `text`: tier, pair, hash and length of its normalised form. */
export function translationCacheKey(source: TranslationSource, pair: LangPair, text: string): string {
  const normal = normalizeForKey(text);
  return `${source}|${pair.from}>${pair.to}|${cyrb53(normal).toString(36)}:${normal.length}`;
}

const positiveInt = (value: number | undefined, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;

/** Valid entries of a stored value, oldest first; anything malformed is dropped, nothing throws. */
function parseStored(value: unknown): [string, string][] {
  try {
    const result = v.safeParse(StoredCacheSchema, value);
    return result.success ? result.output.entries : [];
  } catch {
    return []; // e.g. a proxy or getter that throws
  }
}

/** Creates the cache over `area`; it loads lazily on first use. */
export function createTranslationCache(area: KeyValueArea, options: TranslationCacheOptions): TranslationCache {
  const maxEntries = positiveInt(options.maxEntries, DEFAULT_MAX_ENTRIES);
  const maxChars = positiveInt(options.maxChars, DEFAULT_MAX_CHARS);
  const writeDelayMs = Math.max(0, options.writeDelayMs ?? 1_000);
  const loadTimeoutMs = positiveInt(options.loadTimeoutMs, 2_000);

  // Map order is recency: first = least recently used.
  const entries = new Map<string, string>();
  let chars = 0;
  let dirty = false;
  let persist = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let loading: Promise<void> | undefined;

  const weight = (key: string, translation: string) => key.length + translation.length;

  const remove = (key: string) => {
    const old = entries.get(key);
    if (old === undefined) return;
    entries.delete(key);
    chars -= weight(key, old);
  };

  const put = (key: string, translation: string) => {
    remove(key);
    entries.set(key, translation);
    chars += weight(key, translation);
    for (const [oldest, value] of entries) {
      if (entries.size <= maxEntries && chars <= maxChars) break;
      entries.delete(oldest);
      chars -= weight(oldest, value);
    }
  };

  const shrinkToHalf = () => {
    let drop = Math.ceil(entries.size / 2);
    for (const [oldest, value] of entries) {
      if (drop-- <= 0) break;
      entries.delete(oldest);
      chars -= weight(oldest, value);
    }
  };

  const load = () =>
    (loading ??= withDeadline(() => area.get(), loadTimeoutMs).then(
      (value) => {
        for (const [key, translation] of parseStored(value)) if (weight(key, translation) <= maxChars) put(key, translation);
      },
      () => {
        // Unreadable storage: work in memory only rather than overwrite what may be good data.
        persist = false;
      },
    ));

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty || !persist) return writing;
    dirty = false;
    writing = writing
      .then(() => area.set({ v: CACHE_FORMAT_VERSION, entries: [...entries] }))
      .catch(async (error: unknown) => {
        if (!isQuotaError(error)) {
          dirty = true;
          return;
        }
        // Storage is full: the cache gives way (its older half), so settings can still be saved.
        shrinkToHalf();
        await area.set({ v: CACHE_FORMAT_VERSION, entries: [...entries] }).catch(() => {
          dirty = true;
        });
      });
    return writing;
  };

  const changed = () => {
    dirty = true;
    if (!persist) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), writeDelayMs);
  };

  const view = (source: TranslationSource): TranslationCache => ({
    source,
    async get(pair, text) {
      await load();
      const key = translationCacheKey(source, pair, text);
      const hit = entries.get(key);
      if (hit === undefined) return undefined;
      if (entries.size > 1) {
        entries.delete(key);
        entries.set(key, hit);
        changed(); // the recency order is stored too
      }
      return hit;
    },
    async set(pair, text, translation) {
      if (normalizeForKey(text) === '' || translation.trim() === '') return;
      await load();
      const key = translationCacheKey(source, pair, text);
      if (weight(key, translation) > maxChars) return;
      if (entries.get(key) === translation) return;
      put(key, translation);
      changed();
    },
    flush,
    async clear() {
      await load();
      entries.clear();
      chars = 0;
      changed();
    },
    async stats() {
      await load();
      return { entries: entries.size, chars };
    },
    withSource: view,
  });

  return view(options.source);
}
