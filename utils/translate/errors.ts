/**
 * The one error every translation tier throws, and the one function that turns anything a tier
 * ran into (a DOMException from Chrome's Translator, a deadline, fetch failing) into it. The card
 * shows the code in the UI's language; the message is for logs and details.
 */
import { TimeoutError } from '../deadline';

/** Why a tier could not translate: each code has a message for the user in the UI's language. */
export type TranslationErrorCode =
  | 'unsupported' // the API or the language pair is not there
  | 'timeout' // no answer in time (e.g. create() while offline)
  | 'aborted' // the popup closed or the user cancelled
  | 'quota' // QuotaExceededError, or a model's context/length limit
  | 'not-allowed' // NotAllowedError (no user gesture, policy), or a denied host permission
  | 'unauthorized' // HTTP 401/403 from the provider
  | 'rate-limited' // HTTP 429
  | 'network' // fetch failed: server down, DNS, CORS
  | 'bad-response' // unparsable JSON / SSE, or output that failed the checks
  | 'failed'; // anything else

/** An error a tier throws; `message` is for logs and details, `code` picks the user's text. */
export class TranslationError extends Error {
  constructor(
    readonly code: TranslationErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TranslationError';
  }
}

/** Codes of DOMExceptions (and other errors) by name, as Chrome's built-in AI APIs throw them. */
const CODE_BY_NAME: Readonly<Record<string, TranslationErrorCode>> = {
  QuotaExceededError: 'quota',
  NotAllowedError: 'not-allowed',
  NotSupportedError: 'unsupported',
  AbortError: 'aborted',
  TimeoutError: 'timeout',
};

const nameOf = (value: unknown): string => {
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
};

/** Where an error came from, when that changes what it means. */
export interface ErrorContext {
  /**
   * The server a request went to (tier 2). A TypeError is then fetch failing to reach it, and the
   * message names the server only: never the browser's text, which may quote the request.
   */
  host?: string;
}

/**
 * Anything thrown, as a TranslationError (one already is comes back as it is): a deadline's
 * TimeoutError is 'timeout' with its own message, a DOMException is mapped by its name, and with
 * `context.host` a TypeError is 'network'. Everything else is 'failed'.
 */
export function toTranslationError(error: unknown, context: ErrorContext = {}): TranslationError {
  if (error instanceof TranslationError) return error;
  if (error instanceof TimeoutError) return new TranslationError('timeout', error.message);
  const name = nameOf(error);
  const { host } = context;
  if (host !== undefined) {
    if (name === 'AbortError') return new TranslationError('aborted', 'Cancelled');
    if (error instanceof TypeError) {
      const cause = (error as { cause?: { code?: unknown } }).cause?.code;
      return new TranslationError('network', `Could not reach ${host}${typeof cause === 'string' ? ` (${cause})` : ''}`);
    }
    return new TranslationError('failed', `The request failed: ${error instanceof Error ? error.name : 'unknown error'}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = Object.hasOwn(CODE_BY_NAME, name) ? (CODE_BY_NAME[name] as TranslationErrorCode) : 'failed';
  return new TranslationError(code, name ? `${name}: ${message}` : message);
}

/**
 * The error for work the caller's `signal` stopped: 'timeout' when its reason is a TimeoutError
 * (a deadline of ours, or `AbortSignal.timeout()`), else 'aborted'. `what` names the work.
 */
export function abortedError(signal: AbortSignal, what?: string): TranslationError {
  const timedOut = nameOf(signal.reason) === 'TimeoutError';
  if (!what) return new TranslationError(timedOut ? 'timeout' : 'aborted', timedOut ? 'Timed out' : 'Cancelled');
  return new TranslationError(timedOut ? 'timeout' : 'aborted', `${what}: ${timedOut ? 'timed out' : 'aborted'}`);
}
