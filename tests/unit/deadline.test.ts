// @vitest-environment node
/** The one deadline helper: it fires on time, restarts on a sign of life, follows the caller's signal. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { raceSignal, startDeadline, TimeoutError, withDeadline } from '../../utils/deadline';
import { track } from './translate/helpers';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const never = () => new Promise<never>(() => {});

describe('withDeadline', () => {
  test('a hanging call rejects with TimeoutError at the deadline, not before, saying so', async () => {
    const run = track(withDeadline(never(), 500));
    await vi.advanceTimersByTimeAsync(499);
    expect(run.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(run.error).toBeInstanceOf(TimeoutError);
    expect((run.error as TimeoutError).message).toBe('No answer within 500 ms');
    expect((run.error as TimeoutError).ms).toBe(500);
  });

  test('the message can say what ran out', async () => {
    const run = track(withDeadline(never(), 10, { message: 'Translator.create: no answer within 10 ms' }));
    await vi.advanceTimersByTimeAsync(10);
    expect((run.error as Error).message).toBe('Translator.create: no answer within 10 ms');
  });

  test('settles as the call does, and leaves its signal alone afterwards', async () => {
    let seen: AbortSignal | undefined;
    const value = await withDeadline((signal) => {
      seen = signal;
      return Promise.resolve(42);
    }, 100);
    expect(value).toBe(42);
    await vi.advanceTimersByTimeAsync(1_000);
    // A created Translator lives as long as its create() signal: it must never abort after success.
    expect(seen?.aborted).toBe(false);
    await expect(withDeadline(Promise.reject(new RangeError('own')), 100)).rejects.toThrow('own');
    await expect(
      withDeadline(() => {
        throw new RangeError('sync');
      }, 100),
    ).rejects.toThrow('sync');
  });

  test("at the deadline the call's signal aborts with the TimeoutError, and a late result goes to onLate", async () => {
    let seen: AbortSignal | undefined;
    const onLate = vi.fn();
    const run = track(
      withDeadline(
        (signal) => {
          seen = signal;
          return new Promise<string>((resolve) => setTimeout(() => resolve('late'), 500));
        },
        100,
        { onLate },
      ),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(run.error).toBeInstanceOf(TimeoutError);
    expect(seen?.reason).toBe(run.error);
    expect(onLate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(onLate).toHaveBeenCalledWith('late');
  });

  test('restart() on progress keeps a slow call alive', async () => {
    const run = track(
      withDeadline(
        (_signal, deadline) =>
          new Promise<string>((resolve) => {
            let ticks = 0;
            const tick = () => {
              deadline.restart();
              if (++ticks === 5) resolve('done');
              else setTimeout(tick, 80);
            };
            setTimeout(tick, 80);
          }),
        100,
      ),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toEqual({ settled: true, value: 'done' });
  });

  test("the caller aborting rejects at once with its reason, and aborts the call's signal", async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const run = track(
      withDeadline(
        (signal) => {
          seen = signal;
          return never();
        },
        60_000,
        { signal: controller.signal },
      ),
    );
    controller.abort(new DOMException('gone', 'AbortError'));
    await vi.advanceTimersByTimeAsync(0);
    expect((run.error as DOMException).name).toBe('AbortError');
    expect(seen?.aborted).toBe(true);
  });

  test('an already aborted caller signal rejects without calling the work', async () => {
    const work = vi.fn(never);
    await expect(withDeadline(work, 100, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(work).not.toHaveBeenCalled();
  });

  test('Infinity is no deadline', async () => {
    const run = track(withDeadline(never(), Infinity));
    await vi.advanceTimersByTimeAsync(10 ** 9);
    expect(run.settled).toBe(false);
  });
});

describe('startDeadline', () => {
  test('nested deadlines: the outer one firing aborts the inner signal with its own TimeoutError', async () => {
    const total = startDeadline(300, { message: 'total' });
    const idle = startDeadline(Infinity, { signal: total.signal, message: 'idle' });
    idle.restart(200);
    await vi.advanceTimersByTimeAsync(150);
    idle.restart();
    await vi.advanceTimersByTimeAsync(150);
    expect(idle.signal.aborted).toBe(true);
    expect((idle.signal.reason as Error).message).toBe('total');
  });

  test('the inner one firing first says so; clear() stops the clock for good', async () => {
    const idle = startDeadline(Infinity, { message: 'idle' });
    idle.restart(100);
    await vi.advanceTimersByTimeAsync(100);
    expect((idle.signal.reason as Error).message).toBe('idle');
    const cleared = startDeadline(100);
    cleared.clear();
    cleared.restart(50);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(cleared.signal.aborted).toBe(false);
  });
});

test("raceSignal settles as the promise does, or rejects with the signal's reason", async () => {
  const controller = new AbortController();
  await expect(raceSignal(Promise.resolve('x'), controller.signal)).resolves.toBe('x');
  const pending = raceSignal(never(), controller.signal);
  controller.abort('stop');
  await expect(pending).rejects.toBe('stop');
  await expect(raceSignal(Promise.resolve('x'), controller.signal)).rejects.toBe('stop');
});
