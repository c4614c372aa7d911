/**
 * Tier 1 of the bilingual card: Chrome's built-in, on-device `Translator` (Chrome 138+, window
 * contexts only). Browser-free: the API object comes in as an argument (see findTranslatorApi), so
 * tests hand in tests/support/fake-translator.ts. Every call has a deadline (utils/deadline.ts),
 * because offline `Translator.create()` never settles, and every failure becomes a TranslationError.
 */
import { type Deadline, withDeadline } from '../deadline';
import type { TranslationCache } from './cache';
import { abortedError, toTranslationError, TranslationError, type TranslationErrorCode } from './errors';
import type { LangPair } from './types';

// --- The API's shape (our own declarations: lib.dom does not have them) ---------------------------

/** What `Translator.availability()` answers. */
export type OnDeviceAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The `monitor` target `create()` hands out; it fires `downloadprogress` with `loaded` in 0..1. */
export interface TranslatorCreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number; total?: number }) => void): void;
}

/** Options of `Translator.availability()`. */
export interface TranslatorLanguages {
  sourceLanguage: string;
  targetLanguage: string;
}

/** Options of `Translator.create()`. */
export interface TranslatorCreateOptions extends TranslatorLanguages {
  monitor?(monitor: TranslatorCreateMonitor): void;
  signal?: AbortSignal;
}

/** A translator instance as the browser returns it. */
export interface NativeTranslator {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  translateStreaming?(text: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  measureInputUsage?(text: string, options?: { signal?: AbortSignal }): Promise<number>;
  readonly inputQuota?: number;
  destroy(): void;
}

/** The global `Translator` interface object (its static methods). */
export interface TranslatorApi {
  availability(options: TranslatorLanguages): Promise<OnDeviceAvailability>;
  create(options: TranslatorCreateOptions): Promise<NativeTranslator>;
}

// --- Defaults -------------------------------------------------------------------------------------

/** Deadline for `availability()`; it answers in milliseconds when it works at all. */
export const AVAILABILITY_TIMEOUT_MS = 3_000;
/** Deadline for `create()` without a sign of life; every progress event restarts it. */
export const CREATE_TIMEOUT_MS = 30_000;
/** Deadline for one line's `translate()`. */
export const LINE_TIMEOUT_MS = 15_000;

const AVAILABILITIES: readonly string[] = ['unavailable', 'downloadable', 'downloading', 'available'];

// --- Feature detection and deadlines -------------------------------------------------------------

/** The `Translator` API of `scope` (default: this realm's global), or null where it is missing. */
export function findTranslatorApi(scope: unknown = globalThis): TranslatorApi | null {
  if ((typeof scope !== 'object' && typeof scope !== 'function') || scope === null) return null;
  try {
    const api: unknown = (scope as { Translator?: unknown }).Translator;
    if ((typeof api !== 'object' && typeof api !== 'function') || api === null) return null;
    const { availability, create } = api as Record<string, unknown>;
    return typeof availability === 'function' && typeof create === 'function' ? (api as TranslatorApi) : null;
  } catch {
    return null; // a throwing getter (policy, odd embedder): treat as absent
  }
}

/**
 * Runs a Translator call under its deadline, with a signal of its own that aborts on timeout or
 * when the caller's signal aborts, and settles at that moment even if the call ignores its signal.
 * Rejects only with TranslationError.
 */
function guarded<T>(
  what: string,
  start: (signal: AbortSignal, deadline: Deadline) => Promise<T>,
  options: { timeoutMs: number; signal?: AbortSignal | undefined; onLate?(value: T): void },
): Promise<T> {
  const { timeoutMs, signal } = options;
  return withDeadline(start, timeoutMs, { signal, message: `${what}: no answer within ${timeoutMs} ms`, onLate: options.onLate }).catch((error: unknown) => {
    throw signal?.aborted ? abortedError(signal, what) : toTranslationError(error);
  });
}

// --- Availability and create ----------------------------------------------------------------------

const languages = (pair: LangPair): TranslatorLanguages => ({ sourceLanguage: pair.from, targetLanguage: pair.to });

/** What the browser says about `pair`; 'unavailable' on any error, odd answer, or timeout. */
export async function onDeviceAvailability(api: TranslatorApi, pair: LangPair, options: { timeoutMs?: number } = {}): Promise<OnDeviceAvailability> {
  try {
    const answer: unknown = await guarded('Translator.availability', () => api.availability(languages(pair)), {
      timeoutMs: options.timeoutMs ?? AVAILABILITY_TIMEOUT_MS,
    });
    return typeof answer === 'string' && AVAILABILITIES.includes(answer) ? (answer as OnDeviceAvailability) : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Options of createOnDeviceTranslator. */
export interface CreateOnDeviceOptions {
  /** Model download progress, 0..1, never decreasing. */
  onProgress?(fraction: number): void;
  /** Aborts the creation (popup closed, user cancelled). */
  signal?: AbortSignal;
  /** Gives up after this long without a progress event (default CREATE_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** Per-call options of OnDeviceTranslator.translate. */
export interface TranslateCallOptions {
  signal?: AbortSignal | undefined;
  /** Deadline for this call (default LINE_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

/** A ready on-device translator for one pair; every failure is a TranslationError. */
export interface OnDeviceTranslator {
  readonly source: 'on-device';
  readonly pair: LangPair;
  /** The model's input limit, when the browser tells it. */
  readonly inputQuota: number | undefined;
  translate(text: string, options?: TranslateCallOptions): Promise<string>;
  /** Frees the model (`destroy()`); later calls reject with 'failed'. Safe to call twice. */
  dispose(): void;
}

/** Download-progress fraction from an event: `loaded` is 0..1 now, bytes of `total` in early builds. */
function progressFraction(event: { loaded?: unknown; total?: unknown }): number | undefined {
  const { loaded, total } = event;
  if (typeof loaded !== 'number' || Number.isNaN(loaded)) return undefined;
  const fraction = typeof total === 'number' && total > 1 ? loaded / total : loaded;
  return Math.min(1, Math.max(0, fraction));
}

/**
 * Creates a translator for `pair`, downloading the model if needed (the first download needs a user
 * click: call this from the click handler). The deadline also aborts the browser's `create()`.
 */
export function createOnDeviceTranslator(api: TranslatorApi, pair: LangPair, options: CreateOnDeviceOptions = {}): Promise<OnDeviceTranslator> {
  let shown = -1;
  const onDownload = (event: { loaded?: unknown; total?: unknown }) => {
    const fraction = progressFraction(event);
    if (fraction === undefined || fraction <= shown) return;
    shown = fraction;
    try {
      options.onProgress?.(fraction);
    } catch {
      // A broken progress bar must not break the download.
    }
  };
  return guarded(
    'Translator.create',
    (signal, deadline) =>
      api.create({
        ...languages(pair),
        signal,
        monitor(monitor) {
          monitor.addEventListener('downloadprogress', (event) => {
            // A download making progress is alive: its deadline starts again.
            deadline.restart();
            onDownload(event);
          });
        },
      }),
    {
      timeoutMs: options.timeoutMs ?? CREATE_TIMEOUT_MS,
      signal: options.signal,
      onLate: (late) => late?.destroy?.(),
    },
  ).then((native) => wrapTranslator(native, pair));
}

function wrapTranslator(native: NativeTranslator, pair: LangPair): OnDeviceTranslator {
  let disposed = false;
  const quota = native.inputQuota;
  return {
    source: 'on-device',
    pair: { from: pair.from, to: pair.to },
    inputQuota: typeof quota === 'number' && Number.isFinite(quota) ? quota : undefined,
    async translate(text, call = {}) {
      if (disposed) throw new TranslationError('failed', 'Translator.translate: the translator was disposed');
      const result: unknown = await guarded('Translator.translate', (signal) => native.translate(text, { signal }), {
        timeoutMs: call.timeoutMs ?? LINE_TIMEOUT_MS,
        signal: call.signal,
      });
      if (typeof result !== 'string') throw new TranslationError('bad-response', 'Translator.translate: not a string');
      return result;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      try {
        native.destroy();
      } catch {
        // Already destroyed by the browser: nothing left to free.
      }
    },
  };
}

// --- Many lines -----------------------------------------------------------------------------------

/** Anything translateLines can drive: the on-device wrapper, or another tier with the same shape. */
export interface LineTranslator {
  readonly pair: LangPair;
  translate(text: string, options?: TranslateCallOptions): Promise<string>;
}

/** Options of translateLines. */
export interface TranslateLinesOptions {
  /** Called once per translated line, as it arrives (cache hits first, then in order). */
  onLine(index: number, translation: string): void;
  signal?: AbortSignal;
  /** Deadline for each model call (default LINE_TIMEOUT_MS). */
  perLineTimeoutMs?: number;
  /** Read before any model call; every new translation is stored. */
  cache?: Pick<TranslationCache, 'get' | 'set'>;
  /** The pair for cache keys; defaults to the translator's. */
  pair?: LangPair;
}

/** What translateLines did: line counts, and which lines were skipped. */
export interface TranslateLinesResult {
  /** Lines the model translated. */
  translated: number;
  fromCache: number;
  /** Lines skipped after a 'quota' or 'failed' error. */
  failed: number;
  failedIndices: number[];
}

/** Codes after which the next line can still work; any other code stops the run. */
const SKIPPABLE: ReadonlySet<TranslationErrorCode> = new Set(['quota', 'failed', 'bad-response']);

/**
 * Translates `lines` one at a time (the browser serialises anyway), delivering each through
 * `onLine`. Empty lines are skipped; cache hits are all delivered before the first model call. A line
 * over the quota (or failing alone) is skipped; 'aborted', 'timeout', 'not-allowed' and the rest
 * stop the run and reject with that TranslationError.
 */
export async function translateLines(translator: LineTranslator, lines: readonly string[], options: TranslateLinesOptions): Promise<TranslateLinesResult> {
  const { cache, signal } = options;
  const pair = options.pair ?? translator.pair;
  const result: TranslateLinesResult = { translated: 0, fromCache: 0, failed: 0, failedIndices: [] };
  const stopIfAborted = () => {
    if (signal?.aborted) throw abortedError(signal, 'translateLines');
  };
  stopIfAborted();

  const todo = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '');
  const cached = await Promise.all(todo.map(({ line }) => (cache ? cache.get(pair, line).catch(() => undefined) : undefined)));
  stopIfAborted();
  const misses: typeof todo = [];
  todo.forEach((item, k) => {
    const hit = cached[k];
    if (typeof hit === 'string') {
      result.fromCache++;
      options.onLine(item.index, hit);
    } else misses.push(item);
  });

  for (const { line, index } of misses) {
    stopIfAborted();
    let translation: string;
    try {
      translation = await translator.translate(line, { signal, timeoutMs: options.perLineTimeoutMs ?? LINE_TIMEOUT_MS });
      // A blank answer is no translation: count the line as failed, never as done.
      if (!translation.trim()) throw new TranslationError('bad-response', 'The translator returned an empty line');
    } catch (error) {
      const failure = toTranslationError(error);
      if (!SKIPPABLE.has(failure.code)) throw failure;
      result.failed++;
      result.failedIndices.push(index);
      continue;
    }
    result.translated++;
    void cache?.set(pair, line, translation).catch(() => undefined);
    options.onLine(index, translation);
  }
  return result;
}
