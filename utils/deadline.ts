/**
 * The one deadline helper. Every call that can hang gets its deadline here: a page script that
 * never answers, a message to the background, a storage read, Chrome's `Translator` offline (its
 * `create()` never settles), a model server that never answers or goes quiet mid-stream.
 *
 * A deadline is an AbortSignal: it aborts with a TimeoutError when its time is up, or with the
 * caller's own reason when the caller's signal aborts first. `withDeadline` settles a call the
 * moment that happens, even when the call ignores the signal it was handed.
 */

/** What a deadline aborts with when its time is up (and what withDeadline then rejects with). */
export class TimeoutError extends Error {
  constructor(
    readonly ms: number,
    message = `No answer within ${ms} ms`,
  ) {
    super(message);
    this.name = 'TimeoutError';
  }
}

/** Options of startDeadline and withDeadline. */
export interface DeadlineOptions {
  /** The caller's signal: when it aborts, the deadline's signal aborts with the same reason. */
  signal?: AbortSignal | undefined;
  /** The TimeoutError's message; default `No answer within <ms> ms`. */
  message?: string | undefined;
}

/** A running deadline. */
export interface Deadline {
  /** Aborts when time is up (reason: a TimeoutError) or when the caller's signal aborts (its reason). */
  readonly signal: AbortSignal;
  /** Starts the clock again, for `ms` when given: a sign of life (download progress, a streamed chunk). */
  restart(ms?: number): void;
  /** Stops the clock and lets go of the caller's signal (the work is done); the signal stays as it is. */
  clear(): void;
}

/** Starts a deadline of `ms` milliseconds (Infinity: none until `restart(ms)`). */
export function startDeadline(ms: number, options: DeadlineOptions = {}): Deadline {
  const controller = new AbortController();
  const parent = options.signal;
  let current = ms;
  let cleared = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    cleared = true;
    clearTimeout(timer);
    parent?.removeEventListener('abort', onAbort);
  };
  const onAbort = () => {
    clear();
    controller.abort(parent?.reason);
  };
  const restart = (next = current) => {
    current = next;
    clearTimeout(timer);
    if (cleared || controller.signal.aborted || !Number.isFinite(next)) return;
    timer = setTimeout(
      () => {
        clear();
        controller.abort(new TimeoutError(next, options.message));
      },
      Math.max(0, next),
    );
  };

  if (parent?.aborted) {
    cleared = true;
    controller.abort(parent.reason);
  } else {
    parent?.addEventListener('abort', onAbort, { once: true });
    restart();
  }
  return { signal: controller.signal, restart, clear };
}

/** Resolves like `promise`, or rejects with `signal`'s reason as soon as it aborts (the promise is then left to settle alone). */
export function raceSignal<T>(promise: PromiseLike<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    // Handled either way, so a call that fails after the abort is no unhandled rejection.
    Promise.resolve(promise).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Options of withDeadline. */
export interface WithDeadlineOptions<T> extends DeadlineOptions {
  /** Receives a result that arrived after the deadline (to free it: a translator created too late). */
  onLate?(value: T): void;
}

/** The work withDeadline runs: a promise already under way, or a call that gets the deadline's signal. */
export type DeadlineWork<T> = PromiseLike<T> | ((signal: AbortSignal, deadline: Deadline) => PromiseLike<T> | T);

/**
 * Runs `work` under a deadline of `ms`: settles as the work does, or rejects with the deadline's
 * reason (a TimeoutError, or the caller's abort reason) the moment its signal aborts. A call
 * handed a function gets the signal (to abort the browser's own work) and the deadline (to
 * `restart()` it on progress); with an already aborted caller signal it is never called.
 */
export function withDeadline<T>(work: DeadlineWork<T>, ms: number, options: WithDeadlineOptions<T> = {}): Promise<T> {
  const deadline = startDeadline(ms, options);
  const { signal } = deadline;
  if (signal.aborted) {
    if (typeof work !== 'function') Promise.resolve(work).then(undefined, () => undefined);
    return Promise.reject(signal.reason);
  }
  let pending: PromiseLike<T> | T;
  try {
    pending = typeof work === 'function' ? work(signal, deadline) : work;
  } catch (error) {
    deadline.clear();
    return Promise.reject(error);
  }
  const running = Promise.resolve(pending);
  if (options.onLate) {
    const { onLate } = options;
    running.then(
      (value) => signal.aborted && onLate(value),
      () => undefined,
    );
  }
  return raceSignal(running, signal).finally(() => deadline.clear());
}
