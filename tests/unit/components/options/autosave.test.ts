import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type AutosaveState, createAutosave } from '../../../../entrypoints/options/autosave';
import { DEFAULT_SETTINGS, type Settings } from '../../../../utils/settings/schema';

const v = (perSection: number): Settings => ({ ...DEFAULT_SETTINGS, perSection });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(save = vi.fn(async (_s: Settings) => {})) {
  const states: AutosaveState[] = [];
  return { save, states, saver: createAutosave(save, 100, (s) => states.push(s)) };
}

test('an immediate change saves at once', async () => {
  const { save, states, saver } = setup();
  saver.change(v(2));
  await vi.runAllTimersAsync();
  expect(save.mock.calls).toEqual([[v(2)]]);
  expect(states).toEqual(['saving', 'saved']);
  expect(saver.busy()).toBe(false);
});

test('debounced changes save only the last value, after the pause', async () => {
  const { save, saver } = setup();
  saver.change(v(1), true);
  await vi.advanceTimersByTimeAsync(60);
  saver.change(v(2), true);
  await vi.advanceTimersByTimeAsync(60);
  expect(save).not.toHaveBeenCalled();
  expect(saver.busy()).toBe(true);
  await vi.advanceTimersByTimeAsync(60);
  expect(save.mock.calls).toEqual([[v(2)]]);
});

test('an immediate change replaces a pending debounced one', async () => {
  const { save, saver } = setup();
  saver.change(v(1), true);
  saver.change(v(3));
  await vi.runAllTimersAsync();
  expect(save.mock.calls).toEqual([[v(3)]]);
});

test('saves never overlap and run in order', async () => {
  const log: string[] = [];
  const save = vi.fn(async (s: Settings) => {
    log.push(`start ${s.perSection}`);
    await new Promise((r) => setTimeout(r, 50));
    log.push(`end ${s.perSection}`);
  });
  const { saver, states } = setup(save);
  saver.change(v(1));
  saver.change(v(2));
  await vi.runAllTimersAsync();
  expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  expect(states.at(-1)).toBe('saved');
});

test('flush saves a pending value now; a failure is reported', async () => {
  const save = vi.fn(async () => Promise.reject(new Error('quota')));
  const { saver, states } = setup(save);
  saver.change(v(4), true);
  await saver.flush();
  expect(save).toHaveBeenCalledTimes(1);
  expect(states).toEqual(['pending', 'saving', 'failed']);
});
