import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeTranslation, installFakeTranslator, type FakeTranslatorCall } from '../../support/fake-translator';
import { findTranslatorApi, type NativeTranslator } from '../../../utils/translate/on-device';
import { HI_EN, fakeApi } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

describe('installFakeTranslator', () => {
  test('is self-contained: a copy rebuilt from its source text (as Playwright does) works', async () => {
    const source = installFakeTranslator.toString();
    // Playwright's addInitScript evaluates `(${source})(${JSON.stringify(arg)})` in the page.
    const rebuilt = new Function(`return (${source})`)() as typeof installFakeTranslator;
    const scope: Record<string, unknown> = {};
    rebuilt(JSON.parse(JSON.stringify({ availability: 'downloadable', progressSteps: 1 })), scope);
    const api = findTranslatorApi(scope)!;
    expect(await api.availability({ sourceLanguage: 'hi', targetLanguage: 'en' })).toBe('downloadable');
    const translator = await api.create({ sourceLanguage: 'hi', targetLanguage: 'en' });
    expect(await translator.translate('नमस्ते')).toBe('[hi→en] नमस्ते');
    expect((scope.__fakeTranslatorCalls as FakeTranslatorCall[]).map((c) => c.method)).toEqual(['availability', 'create', 'translate']);
  });

  test('installs on the global scope by default', () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'Translator');
    try {
      installFakeTranslator({ availability: 'unavailable' });
      expect(findTranslatorApi()).not.toBeNull();
      expect((globalThis as Record<string, unknown>).__fakeTranslatorCalls).toEqual([]);
    } finally {
      if (before) Object.defineProperty(globalThis, 'Translator', before);
      else delete (globalThis as Record<string, unknown>).Translator;
      delete (globalThis as Record<string, unknown>).__fakeTranslatorCalls;
    }
  });

  test('a download emits progress from 0 to 1, then the pair is available', async () => {
    const { api } = fakeApi({ availability: 'downloadable', progressSteps: 3 });
    const loaded: number[] = [];
    await api.create({
      sourceLanguage: 'en',
      targetLanguage: 'hi',
      monitor: (m) => m.addEventListener('downloadprogress', (e) => loaded.push(e.loaded)),
    });
    expect(loaded).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(await api.availability({ sourceLanguage: 'en', targetLanguage: 'hi' })).toBe('available');
  });

  test('no progress events when the model is already available', async () => {
    const { api } = fakeApi({ availability: 'available' });
    const loaded: number[] = [];
    await api.create({
      sourceLanguage: 'hi',
      targetLanguage: 'en',
      monitor: (m) => m.addEventListener('downloadprogress', (e) => loaded.push(e.loaded)),
    });
    expect(loaded).toEqual([]);
  });

  test('unavailable availability makes create() fail with NotSupportedError', async () => {
    const { api } = fakeApi({ availability: 'unavailable' });
    await expect(api.create({ sourceLanguage: 'hi', targetLanguage: 'en' })).rejects.toMatchObject({ name: 'NotSupportedError' });
  });

  test('translateStreaming yields the same deterministic text in chunks', async () => {
    const { api } = fakeApi();
    const translator = (await api.create({ sourceLanguage: 'en', targetLanguage: 'hi' })) as Required<NativeTranslator>;
    const chunks: string[] = [];
    const reader = translator.translateStreaming('India and Japan').getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(fakeTranslation('en', 'hi', 'India and Japan'));
    expect(await translator.measureInputUsage('abcd')).toBe(4);
  });

  test('translate() with delayMs waits on timers and honours its signal', async () => {
    vi.useFakeTimers();
    const { api } = fakeApi({ delayMs: 1_000 });
    const translator = await api.create({ sourceLanguage: HI_EN.from, targetLanguage: HI_EN.to });
    const controller = new AbortController();
    const pending = translator.translate('x', { signal: controller.signal });
    const outcome = expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    await outcome;
  });

  test('translateDelayMs: a slow download with quick lines', async () => {
    vi.useFakeTimers();
    const { api } = fakeApi({ availability: 'downloadable', progressSteps: 2, delayMs: 1_000, translateDelayMs: 0 });
    const created = api.create({ sourceLanguage: HI_EN.from, targetLanguage: HI_EN.to });
    await vi.advanceTimersByTimeAsync(2_999);
    let done = false;
    void created.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const translator = await created;
    // No timer to advance: the line comes at once.
    expect(await translator.translate('x')).toBe(fakeTranslation('hi', 'en', 'x'));
  });
});
