/**
 * A fake of Chrome's built-in `Translator` API (the shape utils/translate/on-device.ts expects),
 * installable on any scope object from vitest, or into real pages from Playwright:
 *
 *   await context.addInitScript(installFakeTranslator, { availability: 'downloadable', progressSteps: 4 });
 *   const calls = await page.evaluate(() => (window as any).__fakeTranslatorCalls);
 *
 * Playwright serialises the function's source, so `installFakeTranslator` is self-contained: no
 * imports, nothing from module scope, only its JSON-serialisable `options` (and, from vitest, a scope).
 */

/** How a fake `create()` or `translate()` call ends: normally, never, or with a DOMException of that name. */
export type FakeOutcome = 'ok' | 'hang' | 'NotAllowedError' | 'QuotaExceededError' | 'NotSupportedError' | 'OperationError' | 'InvalidStateError';

/** Options of installFakeTranslator; all JSON-serialisable. */
export interface FakeTranslatorOptions {
  /** What `availability()` answers for a supported pair at first (default 'available'). */
  availability?: 'available' | 'downloadable' | 'downloading' | 'unavailable';
  /** How `create()` ends (default 'ok'); a hanging create still rejects when its signal aborts. */
  createBehavior?: FakeOutcome;
  /** How `translate()` ends for a line containing `failMarker` (default 'ok'). */
  translateBehavior?: FakeOutcome;
  /** Lines containing this get `translateBehavior` (default '[[fail]]'; '' means every line). */
  failMarker?: string;
  /** `downloadprogress` events a download emits: loaded = 0, 1/n … 1 (default 2). */
  progressSteps?: number;
  /** Delay before each progress event and each translation, in ms (default 0). */
  delayMs?: number;
  /** Delay before each translation alone, in ms (default `delayMs`): a slow download, quick lines. */
  translateDelayMs?: number;
  /** Supported pairs as 'from>to' (default ['hi>en', 'en>hi']). */
  pairs?: string[];
  /** `inputQuota` and the length over which `translate()` throws QuotaExceededError (default 10,000). */
  inputQuota?: number;
  /** A download's `create()` throws NotAllowedError without `navigator.userActivation.isActive`. */
  requireUserActivation?: boolean;
}

/** One recorded call, on `scope.__fakeTranslatorCalls` (JSON-serialisable, for page.evaluate). */
export interface FakeTranslatorCall {
  method: 'availability' | 'create' | 'create-aborted' | 'translate' | 'translateStreaming' | 'measureInputUsage' | 'destroy';
  sourceLanguage?: string;
  targetLanguage?: string;
  text?: string;
}

/** The text the fake gives for `text` from `from` to `to`: `[from→to] text`. */
export function fakeTranslation(from: string, to: string, text: string): string {
  return `[${from}→${to}] ${text}`;
}

/**
 * Installs the fake as `scope.Translator` (default: the global scope, as in a page) and records
 * calls on `scope.__fakeTranslatorCalls`. Self-contained, for `page.addInitScript(installFakeTranslator, options)`.
 */
export function installFakeTranslator(options: FakeTranslatorOptions = {}, scope?: object): void {
  // Everything below must stay inside this function (see the file comment).
  const target = (scope ?? globalThis) as Record<string, unknown> & {
    navigator?: { userActivation?: { isActive?: boolean } };
  };
  const opts = options ?? {};
  const pairs = opts.pairs ?? ['hi>en', 'en>hi'];
  const delayMs = Math.max(0, opts.delayMs ?? 0);
  const translateDelayMs = Math.max(0, opts.translateDelayMs ?? delayMs);
  const steps = Math.max(1, Math.floor(opts.progressSteps ?? 2));
  const inputQuota = opts.inputQuota ?? 10_000;
  const failMarker = opts.failMarker ?? '[[fail]]';
  const calls: FakeTranslatorCall[] = [];
  let availability = opts.availability ?? 'available';
  target.__fakeTranslatorCalls = calls;

  const domError = (name: string, message: string): Error => {
    if (typeof DOMException === 'function') return new DOMException(message, name);
    const error = new Error(message);
    error.name = name;
    return error;
  };
  const abortReason = (signal: AbortSignal): unknown => signal.reason ?? domError('AbortError', 'The operation was aborted.');

  /** Resolves after `ms` (a microtask when 0); rejects when `signal` aborts first. */
  const wait = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal as AbortSignal));
      };
      const done = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const timer = ms > 0 ? setTimeout(done, ms) : undefined;
      signal?.addEventListener('abort', onAbort, { once: true });
      if (ms <= 0) Promise.resolve().then(done);
    });

  /** Ends per `outcome`: resolves for 'ok', never settles for 'hang' (until aborted), else throws. */
  const outcome = async (behavior: FakeOutcome, what: string, signal?: AbortSignal): Promise<void> => {
    if (behavior === 'ok') return;
    if (behavior === 'hang') {
      await new Promise<void>((_, reject) => {
        if (signal?.aborted) reject(abortReason(signal));
        signal?.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
      });
    }
    throw domError(behavior, `Fake ${what}: ${behavior}`);
  };

  const supported = (o: { sourceLanguage?: unknown; targetLanguage?: unknown }) => pairs.includes(`${String(o?.sourceLanguage)}>${String(o?.targetLanguage)}`);

  type Listener = (event: { type: string; loaded: number; total: number }) => void;

  // Plain fields and a closure set (no #private, no parameter properties): nothing a transpiler
  // might lower into module-level helpers, which Playwright's serialisation would lose.
  const destroyed = new WeakSet<object>();

  class FakeTranslator {
    readonly inputQuota: number;
    readonly sourceLanguage: string;
    readonly targetLanguage: string;
    constructor(sourceLanguage: string, targetLanguage: string) {
      this.inputQuota = inputQuota;
      this.sourceLanguage = sourceLanguage;
      this.targetLanguage = targetLanguage;
    }

    static async availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<string> {
      calls.push({ method: 'availability', sourceLanguage: o?.sourceLanguage, targetLanguage: o?.targetLanguage });
      return supported(o) ? availability : 'unavailable';
    }

    static async create(o: { sourceLanguage: string; targetLanguage: string; signal?: AbortSignal; monitor?: (m: object) => void }): Promise<FakeTranslator> {
      calls.push({ method: 'create', sourceLanguage: o?.sourceLanguage, targetLanguage: o?.targetLanguage });
      const signal = o?.signal;
      signal?.addEventListener('abort', () => calls.push({ method: 'create-aborted' }), { once: true });
      if (signal?.aborted) throw abortReason(signal);
      if (!supported(o)) throw domError('NotSupportedError', 'Fake create: unsupported language pair');
      const listeners: Listener[] = [];
      const monitor = {
        ondownloadprogress: null as Listener | null,
        addEventListener(type: string, listener: Listener) {
          if (type === 'downloadprogress') listeners.push(listener);
        },
        removeEventListener(type: string, listener: Listener) {
          const at = listeners.indexOf(listener);
          if (type === 'downloadprogress' && at >= 0) listeners.splice(at, 1);
        },
      };
      o?.monitor?.(monitor);
      await outcome(opts.createBehavior ?? 'ok', 'create', signal);
      if (availability === 'downloadable' || availability === 'downloading') {
        if (opts.requireUserActivation && availability === 'downloadable' && !target.navigator?.userActivation?.isActive) {
          throw domError('NotAllowedError', 'Fake create: a download needs a user gesture');
        }
        availability = 'downloading';
        for (let k = 0; k <= steps; k++) {
          await wait(delayMs, signal);
          const event = { type: 'downloadprogress', loaded: k / steps, total: 1 };
          for (const listener of [...listeners]) listener(event);
          monitor.ondownloadprogress?.(event);
        }
        availability = 'available';
      } else if (availability === 'unavailable') {
        throw domError('NotSupportedError', 'Fake create: unavailable');
      }
      return new FakeTranslator(o.sourceLanguage, o.targetLanguage);
    }

    async translate(text: string, o?: { signal?: AbortSignal }): Promise<string> {
      calls.push({ method: 'translate', text, sourceLanguage: this.sourceLanguage, targetLanguage: this.targetLanguage });
      if (destroyed.has(this)) throw domError('InvalidStateError', 'Fake translate: destroyed');
      if (typeof text !== 'string') throw new TypeError('Fake translate: text must be a string');
      if (text.length > inputQuota) throw domError('QuotaExceededError', 'Fake translate: input over quota');
      if (text.includes(failMarker)) await outcome(opts.translateBehavior ?? 'ok', 'translate', o?.signal);
      await wait(translateDelayMs, o?.signal);
      return `[${this.sourceLanguage}→${this.targetLanguage}] ${text}`;
    }

    translateStreaming(text: string, o?: { signal?: AbortSignal }): ReadableStream<string> {
      calls.push({ method: 'translateStreaming', text });
      const whole = `[${this.sourceLanguage}→${this.targetLanguage}] ${text}`;
      const half = Math.ceil(whole.length / 2);
      return new ReadableStream<string>({
        start: async (controller) => {
          try {
            await wait(translateDelayMs, o?.signal);
            controller.enqueue(whole.slice(0, half));
            controller.enqueue(whole.slice(half));
            controller.close();
          } catch (error) {
            controller.error(error);
          }
        },
      });
    }

    async measureInputUsage(text: string): Promise<number> {
      calls.push({ method: 'measureInputUsage', text });
      return String(text).length;
    }

    destroy(): void {
      calls.push({ method: 'destroy' });
      destroyed.add(this);
    }
  }

  Object.defineProperty(target, 'Translator', { value: FakeTranslator, writable: true, configurable: true });
}
