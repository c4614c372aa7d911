import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createOnDeviceTranslator,
  findTranslatorApi,
  onDeviceAvailability,
  type NativeTranslator,
  type TranslatorApi,
  type TranslatorCreateOptions,
} from '../../../utils/translate/on-device';
import { TranslationError } from '../../../utils/translate/errors';
import { EN_HI, HI_EN, fakeApi, track } from './helpers';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const codeOf = (error: unknown) => (error instanceof TranslationError ? error.code : `not a TranslationError: ${String(error)}`);

describe('findTranslatorApi', () => {
  const noop = () => undefined;
  const throwing = Object.defineProperty({}, 'Translator', {
    get() {
      throw new Error('blocked by policy');
    },
  });
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object without Translator', {}],
    ['Translator as a number', { Translator: 1 }],
    ['Translator without create', { Translator: { availability: noop } }],
    ['Translator with a non-function create', { Translator: { availability: noop, create: true } }],
    ['a throwing getter', throwing],
  ])('%s → null', (_, scope) => {
    expect(findTranslatorApi(scope)).toBeNull();
  });

  test('finds an object or a function (a class) with availability and create', () => {
    const api = { availability: noop, create: noop };
    expect(findTranslatorApi({ Translator: api })).toBe(api);
    const { scope } = fakeApi();
    expect(findTranslatorApi(scope)).toBe(scope.Translator);
    expect(typeof scope.Translator).toBe('function');
  });

  test('defaults to the global scope (Node has no Translator)', () => {
    expect(findTranslatorApi()).toBeNull();
    vi.stubGlobal('Translator', { availability: noop, create: noop });
    try {
      expect(findTranslatorApi()).toBe((globalThis as Record<string, unknown>).Translator);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('onDeviceAvailability', () => {
  test.each(['available', 'downloadable', 'downloading', 'unavailable'] as const)('passes %s through', async (availability) => {
    const { api } = fakeApi({ availability });
    expect(await onDeviceAvailability(api, HI_EN)).toBe(availability);
  });

  test('an unsupported pair is unavailable, and the languages are passed as BCP 47 codes', async () => {
    const { api, calls } = fakeApi({ availability: 'available', pairs: ['hi>en'] });
    expect(await onDeviceAvailability(api, EN_HI)).toBe('unavailable');
    expect(calls).toEqual([{ method: 'availability', sourceLanguage: 'en', targetLanguage: 'hi' }]);
  });

  test('a hanging availability() answers unavailable at the deadline, not before', async () => {
    const api: TranslatorApi = { availability: () => new Promise(() => {}), create: () => new Promise(() => {}) };
    const result = track(onDeviceAvailability(api, HI_EN, { timeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(499);
    expect(result.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ settled: true, value: 'unavailable' });
  });

  test.each([
    ['rejects', () => Promise.reject(new DOMException('no', 'NotSupportedError'))],
    [
      'throws synchronously',
      () => {
        throw new Error('sync');
      },
    ],
    ['answers something odd', () => Promise.resolve('maybe')],
    ['answers a non-string', () => Promise.resolve({ status: 'available' })],
  ])('unavailable when availability() %s', async (_, availability) => {
    const api = { availability, create: () => new Promise(() => {}) } as unknown as TranslatorApi;
    expect(await onDeviceAvailability(api, HI_EN)).toBe('unavailable');
  });
});

describe('createOnDeviceTranslator', () => {
  test('downloads with progress, then translates; the model is available afterwards', async () => {
    const { api, count } = fakeApi({ availability: 'downloadable', progressSteps: 4, delayMs: 100 });
    const progress: number[] = [];
    const created = track(createOnDeviceTranslator(api, HI_EN, { onProgress: (f) => progress.push(f), timeoutMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(250);
    expect(progress).toEqual([0, 0.25]);
    expect(await onDeviceAvailability(api, HI_EN)).toBe('downloading');
    await vi.advanceTimersByTimeAsync(250);
    expect(progress).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(created.error).toBeUndefined();
    const translator = created.value!;
    expect(translator.source).toBe('on-device');
    expect(translator.pair).toEqual(HI_EN);
    const text = track(translator.translate('भारत और जापान'));
    await vi.advanceTimersByTimeAsync(100);
    expect(text.value).toBe('[hi→en] भारत और जापान');
    expect(await onDeviceAvailability(api, HI_EN)).toBe('available');
    expect(count('create')).toBe(1);
  });

  test('every progress event restarts the deadline: a slow download that keeps moving succeeds', async () => {
    const { api } = fakeApi({ availability: 'downloadable', progressSteps: 4, delayMs: 800 });
    const created = track(createOnDeviceTranslator(api, HI_EN, { timeoutMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(5 * 800);
    expect(created.error).toBeUndefined();
    expect(created.settled).toBe(true);
  });

  test('a hanging create() rejects with timeout at the deadline and aborts the browser call', async () => {
    const { api, calls } = fakeApi({ availability: 'downloadable', createBehavior: 'hang' });
    const created = track(createOnDeviceTranslator(api, HI_EN, { timeoutMs: 2_000 }));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(created.settled).toBe(false);
    expect(calls.map((c) => c.method)).toEqual(['create']);
    await vi.advanceTimersByTimeAsync(1);
    expect(codeOf(created.error)).toBe('timeout');
    expect(calls.map((c) => c.method)).toEqual(['create', 'create-aborted']);
  });

  test('gives up even when create() ignores its signal, and destroys a translator that arrives late', async () => {
    const destroy = vi.fn();
    let seen: AbortSignal | undefined;
    const api: TranslatorApi = {
      availability: async () => 'available',
      create: (options: TranslatorCreateOptions) => {
        seen = options.signal;
        return new Promise<NativeTranslator>((resolve) => setTimeout(() => resolve({ translate: async (t) => t, destroy }), 5_000));
      },
    };
    const created = track(createOnDeviceTranslator(api, HI_EN, { timeoutMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(codeOf(created.error)).toBe('timeout');
    expect(seen?.aborted).toBe(true);
    expect((seen?.reason as DOMException).name).toBe('TimeoutError');
    expect(destroy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['NotAllowedError', 'not-allowed'],
    ['QuotaExceededError', 'quota'],
    ['NotSupportedError', 'unsupported'],
    ['OperationError', 'failed'],
  ] as const)('create() failing with %s rejects with %s', async (createBehavior, code) => {
    const { api } = fakeApi({ availability: 'downloadable', createBehavior });
    const created = track(createOnDeviceTranslator(api, HI_EN, { timeoutMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(codeOf(created.error)).toBe(code);
  });

  test('a download without a user gesture is not-allowed; with one it proceeds', async () => {
    const scope: Record<string, unknown> = { navigator: { userActivation: { isActive: false } } };
    const { api } = fakeApi({ availability: 'downloadable', requireUserActivation: true }, scope);
    await expect(createOnDeviceTranslator(api, HI_EN)).rejects.toMatchObject({ code: 'not-allowed' });
    scope.navigator = { userActivation: { isActive: true } };
    await expect(createOnDeviceTranslator(api, HI_EN)).resolves.toMatchObject({ source: 'on-device' });
  });

  test('an unsupported pair rejects with unsupported', async () => {
    const { api } = fakeApi({ pairs: ['hi>en'] });
    await expect(createOnDeviceTranslator(api, EN_HI)).rejects.toMatchObject({ code: 'unsupported' });
  });

  test('the caller aborting a hanging create() rejects with aborted at once and aborts the browser call', async () => {
    const { api, calls } = fakeApi({ availability: 'downloadable', createBehavior: 'hang' });
    const controller = new AbortController();
    const created = track(createOnDeviceTranslator(api, HI_EN, { signal: controller.signal, timeoutMs: 60_000 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(created.settled).toBe(false);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(codeOf(created.error)).toBe('aborted');
    expect(calls.map((c) => c.method)).toContain('create-aborted');
  });

  test('an already aborted signal rejects without calling create()', async () => {
    const { api, count } = fakeApi();
    await expect(createOnDeviceTranslator(api, HI_EN, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'aborted',
    });
    expect(count('create')).toBe(0);
  });

  test('a caller signal aborted with a TimeoutError (AbortSignal.timeout) reads as timeout', async () => {
    const { api } = fakeApi({ createBehavior: 'hang' });
    // AbortSignal.timeout() runs on Node's own timers, which vi.useFakeTimers() does not control.
    const controller = new AbortController();
    const created = track(createOnDeviceTranslator(api, HI_EN, { signal: controller.signal, timeoutMs: 60_000 }));
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    await vi.advanceTimersByTimeAsync(0);
    expect(codeOf(created.error)).toBe('timeout');
  });

  test('progress is clamped, never goes back, accepts byte counts, and a throwing onProgress is harmless', async () => {
    const events = [{ loaded: 0 }, { loaded: 500, total: 1_000 }, { loaded: 0.3 }, { loaded: Number.NaN }, { loaded: 7 }];
    const api: TranslatorApi = {
      availability: async () => 'downloadable',
      create: async (options) => {
        options.monitor?.({ addEventListener: (_type, listener) => events.forEach((e) => listener(e)) });
        return { translate: async (t) => t, destroy: () => undefined };
      },
    };
    const seen: number[] = [];
    const translator = await createOnDeviceTranslator(api, HI_EN, {
      onProgress: (f) => {
        seen.push(f);
        throw new Error('broken progress bar');
      },
    });
    expect(seen).toEqual([0, 0.5, 1]);
    expect(translator.inputQuota).toBeUndefined();
  });
});

describe('OnDeviceTranslator', () => {
  test('translate() has its own deadline, which aborts the browser call', async () => {
    const { api } = fakeApi({ translateBehavior: 'hang', failMarker: '' });
    const translator = await createOnDeviceTranslator(api, HI_EN);
    const text = track(translator.translate('नमस्ते', { timeoutMs: 700 }));
    await vi.advanceTimersByTimeAsync(699);
    expect(text.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(codeOf(text.error)).toBe('timeout');
  });

  test('input over the quota rejects with quota; the quota is exposed', async () => {
    const { api } = fakeApi({ inputQuota: 10 });
    const translator = await createOnDeviceTranslator(api, HI_EN);
    expect(translator.inputQuota).toBe(10);
    await expect(translator.translate('x'.repeat(11))).rejects.toMatchObject({ code: 'quota' });
    await expect(translator.translate('x'.repeat(10))).resolves.toBe(`[hi→en] ${'x'.repeat(10)}`);
  });

  test('dispose() destroys once; later calls reject with failed and never reach the browser', async () => {
    const { api, count } = fakeApi();
    const translator = await createOnDeviceTranslator(api, HI_EN);
    translator.dispose();
    translator.dispose();
    expect(count('destroy')).toBe(1);
    await expect(translator.translate('नमस्ते')).rejects.toMatchObject({ code: 'failed' });
    expect(count('translate')).toBe(0);
  });

  test('a non-string answer is a bad-response', async () => {
    const api = {
      availability: async () => 'available',
      create: async () => ({ translate: async () => 42, destroy: () => undefined }),
    } as unknown as TranslatorApi;
    const translator = await createOnDeviceTranslator(api, HI_EN);
    await expect(translator.translate('x')).rejects.toMatchObject({ code: 'bad-response' });
  });
});
