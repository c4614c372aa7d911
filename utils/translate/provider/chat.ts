/**
 * One chat-completions request to the user's OpenAI-compatible server, streamed or not, with
 * deadlines, a size cap, and every failure turned into a TranslationError. The API key goes only
 * into the Authorization header: never into a message, a log or an error.
 */
import { raceSignal, startDeadline } from '../../deadline';
import { abortedError, toTranslationError, TranslationError } from '../errors';
import { chatCompletionsUrl, describeEndpoint, type ProviderConfig } from './config';
import { httpError, MAX_DETAIL, redact, serverErrorMessage } from './http-errors';
import { createSseParser } from './sse';

/** One message of the conversation. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The fetch the provider modules call: globalThis.fetch by default, a fake in tests. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** What chatCompletion takes. */
export interface ChatCompletionOptions {
  config: ProviderConfig;
  messages: readonly ChatMessage[];
  /** Ask for server-sent events; a server answering plain JSON anyway is understood too. */
  stream: boolean;
  signal?: AbortSignal;
  /** Deadline for the whole answer, in ms (default CHAT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Longest silence allowed once the server has answered, in ms (default CHAT_IDLE_TIMEOUT_MS). */
  idleTimeoutMs?: number;
  /** Called with each piece of the answer's text as it arrives. */
  onDelta?: (delta: string) => void;
  fetch?: FetchLike;
  /** Largest answer accepted, in bytes (default MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number;
}

/** Default deadline for a whole answer: local models on a CPU are slow. */
export const CHAT_TIMEOUT_MS = 120_000;
/** Default longest silence between two pieces of an answer. */
export const CHAT_IDLE_TIMEOUT_MS = 30_000;
/** Default cap on an answer's size. */
export const MAX_RESPONSE_BYTES = 256 * 1024;
/** How much of an error body is read. */
const MAX_ERROR_BODY = 16 * 1024;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new TranslationError('bad-response', 'The server sent JSON that does not parse');
  }
}

/** The answer's text from a non-streamed completion. */
function messageContent(json: unknown, apiKey: string): string {
  const choices = (json as { choices?: unknown } | null)?.choices;
  const first = Array.isArray(choices) ? (choices[0] as { message?: { content?: unknown } } | undefined) : undefined;
  const content = first?.message?.content;
  if (typeof content !== 'string') {
    const error = typeof json === 'object' && json !== null && 'error' in json ? serverErrorMessage(JSON.stringify(json)) : '';
    if (error) throw new TranslationError('failed', `The model reported an error: ${redact(error, apiKey).slice(0, MAX_DETAIL)}`);
    throw new TranslationError('bad-response', 'The answer has no choices[0].message.content');
  }
  return content;
}

/**
 * Sends one chat-completions request and resolves with the answer's text. Rejects with a
 * TranslationError: 'unauthorized' (401, 403 with a key), 'not-allowed' (403 without a key),
 * 'rate-limited' (429), 'quota' (context length), 'failed' (other non-2xx), 'network', 'bad-response'
 * (unparsable or oversized answer), 'timeout' (total or idle deadline), 'aborted'.
 */
export async function chatCompletion(options: ChatCompletionOptions): Promise<string> {
  const { config, messages, stream, signal, onDelta } = options;
  const timeoutMs = options.timeoutMs ?? CHAT_TIMEOUT_MS;
  const idleTimeoutMs = options.idleTimeoutMs ?? CHAT_IDLE_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const host = describeEndpoint(config.endpoint);

  if (signal?.aborted) throw abortedError(signal);

  // Two deadlines, one inside the other: the whole answer, and the longest silence once the server
  // has answered (armed by touch()). `stopped` aborts when either passes or the caller aborts.
  const total = startDeadline(timeoutMs, { signal, message: `No complete answer from ${host} within ${timeoutMs} ms` });
  const idle = startDeadline(Infinity, { signal: total.signal, message: `${host} went silent for ${idleTimeoutMs} ms` });
  const stopped = idle.signal;
  const touch = (): void => idle.restart(idleTimeoutMs);
  // The request's own signal: aborted when stopped, and once the answer is in (a stream left open).
  const controller = new AbortController();
  const abortRequest = (): void => controller.abort();
  stopped.addEventListener('abort', abortRequest, { once: true });
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let finished = false;
  // An error thrown by onDelta is the caller's own: it goes back unchanged.
  let callbackError: unknown = null;
  const deliver = (piece: string): void => {
    try {
      onDelta?.(piece);
    } catch (e) {
      callbackError = e ?? new Error('onDelta threw');
      throw callbackError;
    }
  };

  /** Reads the body as text, chunk by chunk, under the deadlines and the size cap. */
  async function readBody(res: Response, cap: number, onText: (text: string) => boolean | void): Promise<void> {
    const decoder = new TextDecoder('utf-8');
    if (!res.body) {
      const text = await raceSignal(res.text(), stopped);
      if (new TextEncoder().encode(text).length > cap) throw new TranslationError('bad-response', `The answer is larger than ${Math.round(cap / 1024)} KB`);
      onText(text);
      return;
    }
    reader = res.body.getReader();
    finished = false;
    let bytes = 0;
    for (;;) {
      const { done, value } = await raceSignal(reader.read(), stopped);
      if (done) break;
      touch();
      bytes += value.byteLength;
      if (bytes > cap) throw new TranslationError('bad-response', `The answer is larger than ${Math.round(cap / 1024)} KB`);
      if (onText(decoder.decode(value, { stream: true })) === true) return;
    }
    finished = true;
    onText(decoder.decode());
  }

  async function send(withTemperature: boolean): Promise<Response> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: stream ? 'text/event-stream, application/json' : 'application/json',
    };
    if (config.apiKey) headers.Authorization = `Bearer ${config.apiKey}`;
    const body = { model: config.model, messages, stream, ...(withTemperature ? { temperature: 0 } : {}) };
    const res = await raceSignal(
      fetchFn(chatCompletionsUrl(config), { method: 'POST', headers, body: JSON.stringify(body), signal: controller.signal }),
      stopped,
    );
    if (res.ok) return res;
    let text = '';
    touch();
    await readBody(res, MAX_ERROR_BODY, (t) => void (text += t)).catch((e: unknown) => {
      if (stopped.aborted) throw e;
      // An error body too large or cut short: the status alone will do.
    });
    if (reader && !finished) reader.cancel().catch(() => {});
    reader = undefined;
    const error = httpError(res.status, text, res.headers.get('retry-after'), config.apiKey);
    // Some models (OpenAI's reasoning models) accept only their default temperature.
    if (withTemperature && res.status === 400 && /temperature/i.test(serverErrorMessage(text))) return send(false);
    throw error;
  }

  try {
    const res = await send(true);
    touch();
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    let mode: 'json' | 'sse' | null = type.includes('json') ? 'json' : type.includes('event-stream') ? 'sse' : stream ? null : 'json';
    let raw = '';
    let content = '';
    let sawChoices = false;
    let done = false;
    const sse = createSseParser();

    const handleEvent = (data: string): void => {
      if (data.trim() === '[DONE]') {
        done = true;
        return;
      }
      let chunks: unknown[];
      try {
        chunks = [JSON.parse(data)];
      } catch {
        // Some servers put several `data:` lines in one event: read each line on its own.
        chunks = data
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => parseJson(l));
      }
      for (const chunk of chunks) {
        if (typeof chunk !== 'object' || chunk === null) throw new TranslationError('bad-response', 'The stream sent something other than a JSON object');
        const c = chunk as { choices?: unknown; error?: unknown };
        if (c.error !== undefined) {
          const msg = redact(serverErrorMessage(JSON.stringify(c)), config.apiKey).slice(0, MAX_DETAIL);
          throw new TranslationError('failed', `The model reported an error${msg ? `: ${msg}` : ''}`);
        }
        if (!Array.isArray(c.choices)) continue;
        sawChoices = true;
        const choice = c.choices[0] as { delta?: { content?: unknown }; message?: { content?: unknown } } | undefined;
        const piece = choice?.delta?.content ?? choice?.message?.content;
        if (typeof piece === 'string' && piece) {
          content += piece;
          deliver(piece);
        }
      }
    };

    await readBody(res, maxBytes, (text) => {
      if (mode === null) {
        raw += text;
        const start = raw.trimStart();
        if (!start) return;
        mode = start.startsWith('{') || start.startsWith('[') ? 'json' : 'sse';
        text = raw;
        raw = '';
      }
      if (mode === 'json') {
        raw += text;
        return;
      }
      for (const data of sse.push(text)) {
        handleEvent(data);
        if (done) return true;
      }
    });
    if (mode === 'json') {
      const answer = messageContent(parseJson(raw), config.apiKey);
      if (answer) deliver(answer);
      return answer;
    }
    if (!done) for (const data of sse.end()) handleEvent(data);
    if (!sawChoices) throw new TranslationError('bad-response', 'The stream carried no answer');
    return content;
  } catch (e) {
    if (callbackError !== null && e === callbackError) throw e;
    // Stopped by a deadline (its TimeoutError says which) or by the caller: that is the error.
    if (stopped.aborted) throw signal?.aborted ? abortedError(signal) : toTranslationError(stopped.reason);
    throw toTranslationError(e, { host });
  } finally {
    idle.clear();
    total.clear();
    stopped.removeEventListener('abort', abortRequest);
    if (reader && !finished) reader.cancel().catch(() => {});
    controller.abort();
  }
}
