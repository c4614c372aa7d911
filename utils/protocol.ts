/**
 * The one message protocol between the popup, options page and background worker: function
 * signatures with tagged-union results. Pure types and guards; the browser glue is messaging.ts.
 */
import type { Summary } from '../engine/summary/types';

/** Why there is no card for a tab. */
export type SummaryFailure =
  | 'restricted' // a page extensions may not read: chrome://, the Web Store, view-source:, PDFs …
  | 'not-article' // nothing article-like; hint: select text and use "Summarise selection"
  | 'too-large'
  | 'unsupported-language'
  | 'empty'
  | 'tab-closed' // the tab closed while it was being read
  | 'navigated' // the tab moved to another page while it was being read
  | 'no-permission' // the browser did not let us read the page (no user gesture for activeTab)
  | 'failed'; // anything else: the message says what

/** What the card shows for a tab. */
export type SummaryState =
  | { ok: true; summary: Summary; url: string; source: 'page' | 'selection'; createdAt: number; engineMs: number }
  | { ok: false; reason: SummaryFailure; message: string; url?: string; /** An unsupported article's language (BCP 47). */ language?: string };

/** Progress of a summary being made, published for the popup's loading state. */
export type Progress = { tabId: number; stage: 'reading' | 'analysing' | 'done'; at: number };

/** Result of asking the page to scroll to and highlight a sentence. */
export type ShowInPageResult = { ok: true; method: 'highlight-api' | 'mark' } | { ok: false; reason: 'not-found' | 'tab-closed' | 'restricted' | 'failed'; message: string };

/** Every message and its answer, as functions. Nothing throws across contexts. */
export interface Protocol {
  /** The card for a tab: from the cache when the page is unchanged, else made now. */
  getSummary(data: { tabId: number; refresh?: boolean }): SummaryState;
  /** Scrolls the tab to a sentence of its card and highlights it. */
  showInPage(data: { tabId: number; text: string }): ShowInPageResult;
}

/** A message on the wire. */
export type Message = { [K in keyof Protocol]: { type: K; data: Parameters<Protocol[K]>[0] } }[keyof Protocol];

/** True when a value has the shape of a SummaryState (an answer or a cached value: untrusted). */
export function isSummaryState(value: unknown): value is SummaryState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; summary?: unknown; reason?: unknown; message?: unknown };
  if (v.ok === false) return typeof v.reason === 'string' && typeof v.message === 'string';
  if (v.ok !== true || typeof v.summary !== 'object' || v.summary === null) return false;
  const s = v.summary as Record<string, unknown>;
  return (
    typeof s.title === 'string' &&
    (s.language === 'hi' || s.language === 'en') &&
    Array.isArray(s.overview) &&
    Array.isArray(s.sections) &&
    Array.isArray(s.entities) &&
    Array.isArray(s.sentences)
  );
}

/** True when a value is a well-formed protocol message (every incoming message is untrusted). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type, data } = value as { type?: unknown; data?: unknown };
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  if (!Number.isInteger(d.tabId) || (d.tabId as number) < 0) return false;
  if (type === 'getSummary') return d.refresh === undefined || typeof d.refresh === 'boolean';
  if (type === 'showInPage') return typeof d.text === 'string' && d.text.length > 0 && d.text.length <= 5000;
  return false;
}
