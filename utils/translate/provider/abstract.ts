/**
 * The optional abstractive summary: the user's model writes 3–5 key points in English and Hindi
 * from the article's sentences, each citing the sentences it rests on. The answer is checked hard:
 * a point without a valid citation, in the wrong script, too long, or with a number found in no
 * sentence is dropped.
 */
import { TranslationError } from '../errors';
import type { SentenceRef } from '../../../engine/summary/types';
import type { Lang } from '../../../engine/types';
import { chatCompletion, type ChatMessage, type FetchLike } from './chat';
import { inTargetScript, numbersOf } from './checks';
import type { ProviderConfig } from './config';
import { oneLine, stripThinking } from './numbered';

/** One key point, in both languages, with the indices of the sentences it is based on. */
export interface AbstractivePoint {
  en: string;
  hi: string;
  cites: number[];
}

/** The model's summary: at least one checked point. */
export interface AbstractiveSummary {
  points: AbstractivePoint[];
}

/** What abstractiveSummary takes. */
export interface AbstractiveSummaryOptions {
  config: ProviderConfig;
  /** The sentences to summarise from, with their indices in the article. */
  sentences: readonly SentenceRef[];
  articleLang: Lang;
  signal?: AbortSignal;
  fetch?: FetchLike;
  /** Deadline of the request, in ms (see CHAT_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** Most points kept. */
export const MAX_POINTS = 5;
/** Longest point kept, per language, in characters. */
export const MAX_POINT_LENGTH = 400;
/** Most sentence characters put in the prompt (sentences past it are left out). */
export const MAX_PROMPT_CHARS = 6000;

/** The system prompt. The test chat server recognises `"points"` in it. */
export const ABSTRACT_SYSTEM_PROMPT = [
  "You summarise news articles about India's foreign affairs for readers of both English and Hindi.",
  'Using only the numbered sentences you are given, write 3 to 5 key points.',
  'Each point is one short sentence in English, and the same point in Hindi written in Devanagari script.',
  'Do not add facts, names or numbers that are not in the sentences; keep numbers as written.',
  'Answer with JSON only, no other text, in this shape:',
  '{"points":[{"en":"...","hi":"...","cites":[0,2]}]}',
  'where "cites" lists the [index] numbers of the sentences each point is based on.',
].join('\n');

/** The sentences that go into the prompt: valid indices, in order, up to MAX_PROMPT_CHARS. */
export function promptSentences(sentences: readonly SentenceRef[]): SentenceRef[] {
  const out: SentenceRef[] = [];
  let chars = 0;
  for (const s of sentences) {
    const text = oneLine(s.text);
    if (!Number.isInteger(s.index) || s.index < 0 || !text) continue;
    if (out.length && chars + text.length > MAX_PROMPT_CHARS) break;
    out.push({ index: s.index, text });
    chars += text.length;
  }
  return out;
}

/** The messages asking for the summary. */
export function abstractMessages(sentences: readonly SentenceRef[], articleLang: Lang): ChatMessage[] {
  const lines = sentences.map((s) => `[${s.index}] ${s.text}`).join('\n');
  return [
    { role: 'system', content: ABSTRACT_SYSTEM_PROMPT },
    { role: 'user', content: `The article is in ${articleLang === 'hi' ? 'Hindi' : 'English'}. Sentences:\n${lines}` },
  ];
}

/** The JSON value in a model's answer: bare, inside a ```json fence, or amid other text; undefined if none. */
export function extractJson(answer: string): unknown {
  const text = stripThinking(answer);
  const candidates = [text];
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fence?.[1]) candidates.push(fence[1]);
  const open = text.search(/[{[]/);
  const close = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  if (open !== -1 && close > open) candidates.push(text.slice(open, close + 1));
  for (const c of candidates) {
    try {
      return JSON.parse(c.trim());
    } catch {
      // Try the next reading.
    }
  }
  return undefined;
}

function citesOf(value: unknown, known: ReadonlySet<number>): number[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<number>();
  for (const v of value) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\[?\d+\]?\s*$/.test(v) ? Number(v.replace(/[[\]\s]/g, '')) : NaN;
    if (Number.isInteger(n) && known.has(n)) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** The checked points of a model's answer (possibly none). */
export function parseAbstractiveAnswer(answer: string, sentences: readonly SentenceRef[]): AbstractivePoint[] {
  const json = extractJson(answer);
  const list = Array.isArray(json) ? json : (json as { points?: unknown } | undefined)?.points;
  if (!Array.isArray(list)) return [];
  const known = new Set(sentences.map((s) => s.index));
  const allowedNumbers = numbersOf(sentences.map((s) => s.text).join(' \n '));
  const points: AbstractivePoint[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const p = item as Record<string, unknown>;
    const en = typeof p.en === 'string' ? oneLine(p.en) : '';
    const hi = typeof p.hi === 'string' ? oneLine(p.hi) : '';
    const cites = citesOf(p.cites, known);
    if (!en || !hi || en.length > MAX_POINT_LENGTH || hi.length > MAX_POINT_LENGTH || !cites.length) continue;
    if (!inTargetScript(en, 'en') || !inTargetScript(hi, 'hi')) continue;
    if ([...numbersOf(en), ...numbersOf(hi)].some((n) => !allowedNumbers.has(n))) continue;
    if (seen.has(en.toLowerCase())) continue;
    seen.add(en.toLowerCase());
    points.push({ en, hi, cites });
    if (points.length === MAX_POINTS) break;
  }
  return points;
}

/**
 * Asks the user's model for a bilingual summary of `sentences`. Rejects with a TranslationError:
 * 'bad-response' when no point survives the checks, or the request's own error.
 */
export async function abstractiveSummary(options: AbstractiveSummaryOptions): Promise<AbstractiveSummary> {
  const sentences = promptSentences(options.sentences);
  if (!sentences.length) throw new TranslationError('failed', 'No sentences to summarise');
  const answer = await chatCompletion({
    config: options.config,
    messages: abstractMessages(sentences, options.articleLang),
    stream: false,
    signal: options.signal,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });
  const points = parseAbstractiveAnswer(answer, sentences);
  if (!points.length) throw new TranslationError('bad-response', 'The model gave no usable summary point');
  return { points };
}
