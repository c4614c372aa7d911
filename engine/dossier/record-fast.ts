/**
 * The hot path of reading saved cards (an import of 10,000, an export): a hand-written check that
 * a value is exactly a current-version card as SavedCardSchema (record.ts) describes it — the same
 * types, caps, integers and picklists, the address already canonical, and no key the schema does
 * not know. About ten times cheaper than valibot, which copies every object it checks. Anything it
 * does not accept (another version, an extra key, any doubt) goes through the full schema, which
 * words the refusal: so it can only say yes when the schema would, with the same card (a property
 * test holds it to that: tests/unit/dossier/record-fast.test.ts). A build stamp would prove nothing
 * in a hostile file, so none is trusted. Pure.
 */
import type { Summary } from '../summary/types';
import { TOPIC_IDS } from '../topics/taxonomy';
import { canonicalUrl, LIMITS, parseSavedCard, RECORD_VERSION, type RecordError, type SavedCard } from './record';

type Obj = Record<string, unknown>;

const TOPICS: ReadonlySet<unknown> = new Set(TOPIC_IDS);
const KINDS: ReadonlySet<unknown> = new Set(['person', 'country', 'place', 'organisation']);
const LANGS: ReadonlySet<unknown> = new Set(['hi', 'en']);
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
const str = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
const nullStr = (x: unknown, max: number) => x === null || str(x, max);
const count = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
/** An array of at most `max` items, with no key but its indexes (the schema's copy would drop one). */
const list = (x: unknown, max: number): x is unknown[] =>
  Array.isArray(x) && x.length <= max && Object.getPrototypeOf(x) === Array.prototype && Object.keys(x).length === x.length;
/** Every item passes (a plain loop: Array#every skips holes, which the schema reads as undefined). */
function every(x: unknown, max: number, item: (y: unknown) => boolean): boolean {
  if (!list(x, max)) return false;
  for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
  return true;
}

/** Only these keys, the required ones present, an optional one never `undefined`. */
function keysAre(o: Obj, required: readonly string[], optional: readonly string[] = []): boolean {
  let n = 0;
  for (const k of required) if (k in o) n++;
  if (n !== required.length) return false;
  for (const k in o) {
    if (required.includes(k)) continue;
    if (!optional.includes(k) || o[k] === undefined) return false;
  }
  return Object.keys(o).length === Object.getOwnPropertyNames(o).length;
}

const pair = (o: Obj) => str(o.hi, LIMITS.field) && str(o.en, LIMITS.field);
const span = (o: Obj) => count(o.start) && count(o.end);
const term = (x: unknown) => isObj(x) && keysAre(x, ['hi', 'en', 'start', 'end']) && pair(x) && span(x);
const name = (x: unknown) => isObj(x) && keysAre(x, ['kind', 'hi', 'en', 'start', 'end']) && KINDS.has(x.kind) && pair(x) && span(x);

function line(x: unknown): boolean {
  if (!isObj(x) || !keysAre(x, ['index', 'text'], ['terms', 'cardTerms', 'names'])) return false;
  if (!count(x.index) || !str(x.text, LIMITS.text)) return false;
  if ('terms' in x && !every(x.terms, LIMITS.list, term)) return false;
  if ('cardTerms' in x && !every(x.cardTerms, LIMITS.list, term)) return false;
  return !('names' in x) || every(x.names, LIMITS.list, name);
}

function section(x: unknown): boolean {
  if (!isObj(x) || !keysAre(x, ['topic', 'label', 'share', 'sentences', 'keyTerms'], ['minor'])) return false;
  if (!TOPICS.has(x.topic) || !isObj(x.label) || !keysAre(x.label, ['hi', 'en']) || !pair(x.label)) return false;
  if (typeof x.share !== 'number' || !(x.share >= 0 && x.share <= 1)) return false;
  if (!every(x.sentences, LIMITS.lines, line)) return false;
  if (!every(x.keyTerms, LIMITS.list, (k) => isObj(k) && keysAre(k, ['hi', 'en']) && pair(k))) return false;
  return !('minor' in x) || x.minor === true;
}

const entity = (x: unknown) => isObj(x) && keysAre(x, ['kind', 'hi', 'en', 'count']) && KINDS.has(x.kind) && pair(x) && count(x.count);
const sentence = (x: unknown) =>
  isObj(x) && keysAre(x, ['index', 'text', 'topics']) && count(x.index) && str(x.text, LIMITS.text) && every(x.topics, TOPIC_IDS.length, (t) => TOPICS.has(t));

const SUMMARY_KEYS = ['schemaVersion', 'title', 'language', 'siteName', 'byline', 'publishedTime', 'url', 'overview', 'sections', 'entities', 'sentences'];

function summary(x: unknown): x is Summary {
  if (!isObj(x) || !keysAre(x, SUMMARY_KEYS) || x.schemaVersion !== 1) return false;
  if (!str(x.title, LIMITS.field) || !LANGS.has(x.language)) return false;
  if (!nullStr(x.siteName, LIMITS.field) || !nullStr(x.byline, LIMITS.field) || !nullStr(x.publishedTime, LIMITS.field) || !nullStr(x.url, LIMITS.url))
    return false;
  return (
    every(x.overview, LIMITS.lines, line) &&
    every(x.sections, TOPIC_IDS.length, section) &&
    every(x.entities, LIMITS.list, entity) &&
    every(x.sentences, LIMITS.sentences, sentence)
  );
}

function translations(x: unknown): boolean {
  if (!isObj(x) || !keysAre(x, ['lines', 'source']) || !str(x.source, LIMITS.field) || !isObj(x.lines)) return false;
  const keys = Object.keys(x.lines);
  if (keys.length > LIMITS.sentences) return false;
  return keys.every((k) => k.length <= 16 && !UNSAFE_KEYS.has(k) && str((x.lines as Obj)[k], LIMITS.text));
}

/** True when `x` is exactly a valid current-version card (then it can be used as it is). */
export function isCurrentCard(x: unknown): x is SavedCard {
  if (!isObj(x) || x.v !== RECORD_VERSION || !keysAre(x, ['v', 'url', 'savedAt', 'summary'], ['translations'])) return false;
  if (!str(x.url, LIMITS.url) || canonicalUrl(x.url as string) !== x.url || !count(x.savedAt)) return false;
  return summary(x.summary) && (!('translations' in x) || translations(x.translations));
}

/** parseSavedCard with the fast path first: the same answer, cheaper for the cards this build wrote. */
export function readSavedCard(value: unknown): { ok: true; card: SavedCard } | RecordError {
  return isCurrentCard(value) ? { ok: true, card: value } : parseSavedCard(value);
}
