/**
 * The one message protocol between the popup, options page and background worker, and what the
 * background publishes in storage.session for them (a tab's cached card, progress). Schemas
 * (valibot) for everything that crosses a context, with the types derived from them: every
 * message, answer and stored value is untrusted where it arrives. Pure; the browser glue is
 * messaging.ts, the storage items are in storage.ts.
 */
import * as v from 'valibot';
import type { Summary } from '../engine/summary/types';
import { TOPIC_IDS } from '../engine/topics/taxonomy';

/** A tab id: a whole number ≥ 0. */
const TabIdSchema = v.pipe(
  v.number(),
  v.check((id) => Number.isInteger(id) && id >= 0, 'Not a tab id'),
);

/** Why there is no card for a tab. */
export const SummaryFailureSchema = v.picklist([
  'restricted', // a page extensions may not read: chrome://, the Web Store, view-source:, PDFs …
  'not-article', // nothing article-like; hint: select text and use "Summarise selection"
  'too-large',
  'unsupported-language',
  'empty',
  'tab-closed', // the tab closed while it was being read
  'navigated', // the tab moved to another page while it was being read
  'no-permission', // the browser did not let us read the page (no user gesture for activeTab)
  'failed', // anything else: the message says what
]);
/** Why there is no card for a tab. */
export type SummaryFailure = v.InferOutput<typeof SummaryFailureSchema>;

/**
 * A Summary as the card reads it, checked all the way down: a cached or sent card that a corrupt
 * store or another context mangled is refused here (and made again), never half-drawn. Only
 * checked: the value is never taken from this schema, so nothing is stripped, and its type is the
 * engine's (engine/summary/types.ts).
 */
const KIND = v.picklist(['person', 'country', 'place', 'organisation']);
const PAIR = { hi: v.string(), en: v.string() };
const SPAN = { start: v.number(), end: v.number() };
const LineSchema = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.string(),
  terms: v.optional(v.array(v.object({ ...PAIR, ...SPAN }))),
  cardTerms: v.optional(v.array(v.object({ ...PAIR, ...SPAN }))),
  names: v.optional(v.array(v.object({ kind: KIND, ...PAIR, ...SPAN }))),
});
const SummaryShapeSchema = v.object({
  title: v.string(),
  language: v.picklist(['hi', 'en']),
  overview: v.array(LineSchema),
  sections: v.array(
    v.object({
      topic: v.string(),
      label: v.object(PAIR),
      share: v.number(),
      sentences: v.array(LineSchema),
      keyTerms: v.array(v.object(PAIR)),
    }),
  ),
  entities: v.array(v.object({ kind: KIND, ...PAIR, count: v.number() })),
  sentences: v.array(v.object({ index: v.number(), text: v.string(), topics: v.array(v.string()) })),
});
const SummarySchema = v.custom<Summary>((value) => v.is(SummaryShapeSchema, value), 'Not a summary');

/** What the card shows for a tab: an answer to getSummary, and the state inside a cached card. */
export const SummaryStateSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    summary: SummarySchema,
    url: v.string(),
    source: v.picklist(['page', 'selection']),
    createdAt: v.number(),
    engineMs: v.number(),
  }),
  v.object({
    ok: v.literal(false),
    reason: SummaryFailureSchema,
    message: v.string(),
    url: v.optional(v.string()),
    /** An unsupported article's language (BCP 47). */
    language: v.optional(v.string()),
  }),
]);
/** What the card shows for a tab. */
export type SummaryState = v.InferOutput<typeof SummaryStateSchema>;

/** A tab's cached card (`session:summary:<tabId>`), and the page and engine settings it was made for. */
export const CacheEntrySchema = v.object({
  url: v.string(),
  /** The engine settings the card was made with; a change makes a new card. */
  engineKey: v.string(),
  state: SummaryStateSchema,
});
/** A cached card and the page it belongs to. */
export type CacheEntry = v.InferOutput<typeof CacheEntrySchema>;

/** Progress of a summary being made (`session:progress`), published for the popup's loading state. */
export const ProgressSchema = v.object({
  tabId: TabIdSchema,
  stage: v.picklist(['reading', 'analysing', 'done']),
  at: v.number(),
});
/** Progress of a summary being made. */
export type Progress = v.InferOutput<typeof ProgressSchema>;

/** Result of asking the page to scroll to and highlight a sentence (the page script's answer is untrusted too). */
export const ShowInPageResultSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), method: v.picklist(['highlight-api', 'mark']) }),
  v.object({ ok: v.literal(false), reason: v.picklist(['not-found', 'tab-closed', 'restricted', 'failed']), message: v.string() }),
]);
/** Result of asking the page to scroll to and highlight a sentence. */
export type ShowInPageResult = v.InferOutput<typeof ShowInPageResultSchema>;

/** The reader's translations sent with "Save": by sentence index (or "title"), and where they came from. */
const SaveTranslationsSchema = v.object({
  lines: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(16)), v.pipe(v.string(), v.maxLength(5000))),
    v.check((lines) => Object.keys(lines).length <= 5000, 'Too many translations'),
  ),
  source: v.pipe(v.string(), v.maxLength(200)),
});

/** The answer to "save this tab's card": when it was saved, or why it was not. */
export const SaveCardResultSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), savedAt: v.number(), url: v.string() }),
  v.object({ ok: v.literal(false), reason: v.picklist(['no-card', 'not-saveable', 'failed']), message: v.string() }),
]);
/** The answer to "save this tab's card". */
export type SaveCardResult = v.InferOutput<typeof SaveCardResultSchema>;

/** The answer to "earlier coverage of this tab's card": the thread, topic and count, or nothing to show. */
export const CoverageResultSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    thread: v.string(),
    label: v.object({ en: v.string(), hi: v.string() }),
    topic: v.picklist(TOPIC_IDS),
    topicLabel: v.object({ en: v.string(), hi: v.string() }),
    count: v.number(),
  }),
  v.object({ ok: v.literal(false) }),
]);
/** The answer to "earlier coverage of this tab's card". */
export type CoverageResult = v.InferOutput<typeof CoverageResultSchema>;

/** Every message on the wire, by its type. */
export const MessageSchema = v.variant('type', [
  /** The card for a tab: from the cache when the page is unchanged, else made now. */
  v.object({ type: v.literal('getSummary'), data: v.object({ tabId: TabIdSchema, refresh: v.optional(v.boolean()) }) }),
  /** Scrolls the tab to a sentence of its card and highlights it. */
  v.object({ type: v.literal('showInPage'), data: v.object({ tabId: TabIdSchema, text: v.pipe(v.string(), v.minLength(1), v.maxLength(5000)) }) }),
  /** Saves the tab's card (the one the background cached) to the dossier, with the reader's translations. */
  v.object({ type: v.literal('saveCard'), data: v.object({ tabId: TabIdSchema, translations: v.optional(SaveTranslationsSchema) }) }),
  /** How many saved articles share the tab's card's thread and main topic (from the dossier's counts). */
  v.object({ type: v.literal('getCoverage'), data: v.object({ tabId: TabIdSchema }) }),
]);
/** A message on the wire. */
export type Message = v.InferOutput<typeof MessageSchema>;

/** The data a message of type `K` carries. */
type DataOf<K extends Message['type']> = Extract<Message, { type: K }>['data'];

/** Every message and its answer, as functions. Nothing throws across contexts. */
export interface Protocol {
  /** The card for a tab: from the cache when the page is unchanged, else made now. */
  getSummary(data: DataOf<'getSummary'>): SummaryState;
  /** Scrolls the tab to a sentence of its card and highlights it. */
  showInPage(data: DataOf<'showInPage'>): ShowInPageResult;
  /** Saves the tab's card to the dossier. */
  saveCard(data: DataOf<'saveCard'>): SaveCardResult;
  /** Earlier coverage of the tab's card in the dossier. */
  getCoverage(data: DataOf<'getCoverage'>): CoverageResult;
}

/** A well-formed protocol message (every incoming message is untrusted), or null. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(MessageSchema, value);
  return result.success ? result.output : null;
}

/** True when a value is a well-formed protocol message. */
export function isMessage(value: unknown): value is Message {
  return parseMessage(value) !== null;
}

/** True when a value has the shape of a SummaryState (an answer or a cached value: untrusted). */
export function isSummaryState(value: unknown): value is SummaryState {
  return v.is(SummaryStateSchema, value);
}

/** A cached card, or null when the stored value is not one (stored data is untrusted). */
export function parseCacheEntry(value: unknown): CacheEntry | null {
  const result = v.safeParse(CacheEntrySchema, value);
  return result.success ? result.output : null;
}

/** Progress as published, or null when the stored value is not that. */
export function parseProgress(value: unknown): Progress | null {
  const result = v.safeParse(ProgressSchema, value);
  return result.success ? result.output : null;
}

/** The page script's answer to "show in page", or null when it is not one. */
export function parseShowInPageResult(value: unknown): ShowInPageResult | null {
  const result = v.safeParse(ShowInPageResultSchema, value);
  return result.success ? result.output : null;
}
