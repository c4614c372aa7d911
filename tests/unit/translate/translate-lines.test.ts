import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createOnDeviceTranslator, translateLines, type TranslateLinesOptions } from '../../../utils/translate/on-device';
import { createTranslationCache } from '../../../utils/translate/cache';
import { TranslationError } from '../../../utils/translate/errors';
import type { FakeTranslatorOptions } from '../../support/fake-translator';
import { EN_HI, HI_EN, fakeApi, memoryArea, track } from './helpers';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function setup(options: FakeTranslatorOptions = {}) {
  const fake = fakeApi(options);
  const translator = await createOnDeviceTranslator(fake.api, HI_EN);
  const delivered: [number, string][] = [];
  const onLine = (index: number, text: string) => {
    delivered.push([index, text]);
  };
  return { ...fake, translator, delivered, onLine };
}

const LINES = ['भारत और जापान ने समझौता किया।', '', 'रक्षा सहयोग बढ़ेगा।', '   ', 'व्यापार पर बातचीत हुई।'];

describe('translateLines', () => {
  test('delivers each line as it arrives, in order, skipping blank lines', async () => {
    const { translator, delivered, onLine, calls } = await setup({ delayMs: 100 });
    const run = track(translateLines(translator, LINES, { onLine }));
    await vi.advanceTimersByTimeAsync(100);
    expect(delivered).toEqual([[0, `[hi→en] ${LINES[0]}`]]);
    await vi.advanceTimersByTimeAsync(100);
    expect(delivered.map(([i]) => i)).toEqual([0, 2]);
    await vi.advanceTimersByTimeAsync(100);
    expect(delivered).toEqual([0, 2, 4].map((i) => [i, `[hi→en] ${LINES[i]}`]));
    expect(run.value).toEqual({ translated: 3, fromCache: 0, failed: 0, failedIndices: [] });
    expect(calls.filter((c) => c.method === 'translate').map((c) => c.text)).toEqual([LINES[0], LINES[2], LINES[4]]);
  });

  test('cache hits are delivered before any model call, and only misses reach the model', async () => {
    const { translator, delivered, calls, count } = await setup();
    const cache = createTranslationCache(memoryArea(), { source: 'on-device' });
    // Whitespace differences still hit: the key is the normalised sentence.
    await cache.set(HI_EN, `  ${LINES[2]!.replace(' ', '\n ')}`, 'Defence cooperation will grow.');
    const translateCallsAtDelivery: number[] = [];
    const result = await translateLines(translator, LINES, {
      onLine: (index, text) => {
        delivered.push([index, text]);
        translateCallsAtDelivery.push(count('translate'));
      },
      cache,
    });
    expect(delivered[0]).toEqual([2, 'Defence cooperation will grow.']);
    expect(translateCallsAtDelivery[0]).toBe(0);
    expect(delivered.map(([i]) => i)).toEqual([2, 0, 4]);
    expect(result).toEqual({ translated: 2, fromCache: 1, failed: 0, failedIndices: [] });
    expect(calls.filter((c) => c.method === 'translate').map((c) => c.text)).toEqual([LINES[0], LINES[4]]);

    // The new translations were stored: a second run never calls the model.
    const again = await translateLines(translator, LINES, { onLine: () => undefined, cache });
    expect(again).toEqual({ translated: 0, fromCache: 3, failed: 0, failedIndices: [] });
    expect(count('translate')).toBe(2);
    expect(await cache.get(HI_EN, LINES[4]!)).toBe(`[hi→en] ${LINES[4]}`);
    expect(await cache.get(EN_HI, LINES[4]!)).toBeUndefined();
  });

  test('the cache key uses options.pair when given', async () => {
    const { translator, onLine } = await setup();
    const cache = createTranslationCache(memoryArea(), { source: 'on-device' });
    await translateLines(translator, ['a'], { onLine, cache, pair: EN_HI });
    expect(await cache.get(EN_HI, 'a')).toBe('[hi→en] a');
    expect(await cache.get(HI_EN, 'a')).toBeUndefined();
  });

  test('a line over the quota is skipped and the rest still arrive', async () => {
    const { translator, delivered, onLine } = await setup({ translateBehavior: 'QuotaExceededError' });
    const lines = ['एक', 'बहुत लंबा वाक्य [[fail]]', 'तीन'];
    const result = await translateLines(translator, lines, { onLine });
    expect(result).toEqual({ translated: 2, fromCache: 0, failed: 1, failedIndices: [1] });
    expect(delivered.map(([i]) => i)).toEqual([0, 2]);
  });

  test('a cache that fails to read counts as a miss', async () => {
    const { translator, onLine } = await setup();
    const cache: TranslateLinesOptions['cache'] = {
      get: () => Promise.reject(new Error('storage gone')),
      set: () => Promise.reject(new Error('storage gone')),
    };
    await expect(translateLines(translator, ['a'], { onLine, cache })).resolves.toMatchObject({ translated: 1 });
  });

  test.each([
    ['NotAllowedError', 'not-allowed'],
    ['NotSupportedError', 'unsupported'],
  ] as const)('%s stops the run and rejects with %s', async (translateBehavior, code) => {
    const { translator, delivered, onLine, calls } = await setup({ translateBehavior });
    const run = translateLines(translator, ['एक', 'दो [[fail]]', 'तीन'], { onLine });
    await expect(run).rejects.toMatchObject({ code });
    expect(delivered.map(([i]) => i)).toEqual([0]);
    expect(calls.filter((c) => c.method === 'translate')).toHaveLength(2);
  });

  test('a hanging line stops the run with timeout at the per-line deadline', async () => {
    const { translator, delivered, onLine, count } = await setup({ translateBehavior: 'hang' });
    const run = track(translateLines(translator, ['एक', 'दो [[fail]]', 'तीन'], { onLine, perLineTimeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(499);
    expect(run.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(run.error).toBeInstanceOf(TranslationError);
    expect((run.error as TranslationError).code).toBe('timeout');
    expect(delivered.map(([i]) => i)).toEqual([0]);
    expect(count('translate')).toBe(2);
  });

  test('aborting mid-run rejects with aborted and makes no further calls', async () => {
    const { translator, delivered, count } = await setup({ delayMs: 100 });
    const controller = new AbortController();
    const run = track(
      translateLines(translator, ['एक', 'दो', 'तीन'], {
        onLine: (index, text) => {
          delivered.push([index, text]);
        },
        signal: controller.signal,
      }),
    );
    await vi.advanceTimersByTimeAsync(150);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect((run.error as TranslationError).code).toBe('aborted');
    expect(delivered.map(([i]) => i)).toEqual([0]);
    expect(count('translate')).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(count('translate')).toBe(2);
  });

  test('an already aborted signal rejects before any call, even cache hits', async () => {
    const { translator, onLine, delivered, count } = await setup();
    const cache = createTranslationCache(memoryArea(), { source: 'on-device' });
    await cache.set(HI_EN, 'एक', 'one');
    await expect(translateLines(translator, ['एक', 'दो'], { onLine, cache, signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'aborted',
    });
    expect(delivered).toEqual([]);
    expect(count('translate')).toBe(0);
  });
});
