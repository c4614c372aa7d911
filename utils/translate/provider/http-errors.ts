/**
 * A provider's HTTP failures as TranslationErrors: statuses, the server's own error text (capped,
 * with any API key redacted) and Retry-After. Network, deadline and abort failures are turned
 * into TranslationErrors by the one toTranslationError (../errors.ts).
 */
import { TranslationError } from '../errors';

/** How much of a server's error text goes into a message. */
export const MAX_DETAIL = 300;

/** Replaces the key, and anything shaped like one, in text that came from the server. */
export function redact(text: string, apiKey: string): string {
  let out = apiKey ? text.split(apiKey).join('[key]') : text;
  out = out.replace(/\b(sk|key|gsk|xai)-[A-Za-z0-9_-]{8,}/g, '[key]');
  return out;
}

/** The `error.message` (or similar) of an OpenAI-, Ollama- or proxy-style error body; '' if none. */
export function serverErrorMessage(body: string): string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return '';
  }
  if (typeof json !== 'object' || json === null) return '';
  const j = json as Record<string, unknown>;
  const err = j.error;
  if (typeof err === 'string') return err;
  if (typeof err === 'object' && err !== null && typeof (err as Record<string, unknown>).message === 'string') {
    return (err as Record<string, string>).message ?? '';
  }
  if (typeof j.message === 'string') return j.message;
  if (typeof j.detail === 'string') return j.detail;
  return '';
}

function serverErrorCode(body: string): string {
  try {
    const err = (JSON.parse(body) as { error?: { code?: unknown } }).error;
    return typeof err?.code === 'string' ? err.code : '';
  } catch {
    return '';
  }
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); null when absent or bad. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The TranslationError for a non-2xx answer. */
export function httpError(status: number, body: string, retryAfter: string | null, apiKey: string): TranslationError {
  const raw = serverErrorMessage(body).replace(/\s+/g, ' ').trim();
  const detail = redact(raw, apiKey).slice(0, MAX_DETAIL);
  const suffix = detail ? `: ${detail}` : '';
  if (status === 401 || (status === 403 && apiKey)) {
    return new TranslationError('unauthorized', `The server refused the API key (HTTP ${status})${suffix}`, status);
  }
  if (status === 403) {
    // No key was sent, so the server refuses the caller itself: Ollama does this to extension
    // origins unless OLLAMA_ORIGINS allows chrome-extension://* and moz-extension://*.
    return new TranslationError(
      'not-allowed',
      `The server refused the request (HTTP 403)${suffix || ': it may not accept requests from browser extensions'}`,
      status,
    );
  }
  if (status === 429) {
    const wait = retryAfterSeconds(retryAfter);
    return new TranslationError('rate-limited', `Too many requests (HTTP 429)${wait === null ? '' : `; retry after ${wait} s`}${suffix}`, status);
  }
  if (
    (status === 400 || status === 413) &&
    (serverErrorCode(body) === 'context_length_exceeded' || /context length|context window|too many tokens/i.test(raw))
  ) {
    return new TranslationError('quota', `The text is too long for the model (HTTP ${status})${suffix}`, status);
  }
  return new TranslationError('failed', `The server answered HTTP ${status}${suffix}`, status);
}
