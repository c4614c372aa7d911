import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CACHE_FORMAT_VERSION, createTranslationCache, cyrb53, normalizeForKey, translationCacheKey } from '../../../utils/translate/cache';
import { EN_HI, HI_EN, memoryArea, track } from './helpers';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('keys', () => {
  test('cyrb53 matches the reference values (stored keys must not change between versions)', () => {
    expect(cyrb53('a')).toBe(7929297801672961);
    expect(cyrb53('b')).toBe(8684336938537663);
    expect(cyrb53('revenge')).toBe(4051478007546757);
    expect(cyrb53('revenue')).toBe(8309097637345594);
  });

  test('a pinned key for a Hindi sentence', () => {
    expect(translationCacheKey('on-device', HI_EN, 'भारत और जापान')).toBe(`on-device|hi>en|${cyrb53('भारत और जापान').toString(36)}:13`);
  });

  test.each([
    ['whitespace runs and ends', '  भारत   और\tजापान\n', 'भारत और जापान'],
    ['no-break space', 'भारत\u00A0और जापान', 'भारत और जापान'],
    ['NFC: decomposed é', 'Cafe\u0301 talks', 'Caf\u00E9 talks'],
    ['NFC: nukta letter क़ (U+0958, excluded from composition)', '\u0958\u093E\u0928\u0942\u0928', '\u0915\u093C\u093E\u0928\u0942\u0928'],
  ])('same key despite %s', (_, a, b) => {
    expect(normalizeForKey(a)).toBe(normalizeForKey(b));
    expect(translationCacheKey('on-device', HI_EN, a)).toBe(translationCacheKey('on-device', HI_EN, b));
  });

  test.each([
    ['different text', (t: string) => `${t}!`],
    ['different case', (t: string) => t.toUpperCase()],
    ['an inner space removed', (t: string) => t.replace(' ', '')],
  ])('different key for %s', (_, change) => {
    const text = 'India and Japan';
    expect(translationCacheKey('on-device', EN_HI, change(text))).not.toBe(translationCacheKey('on-device', EN_HI, text));
  });

  test('source and pair are part of the key', () => {
    const keys = new Set([
      translationCacheKey('on-device', HI_EN, 'x'),
      translationCacheKey('provider', HI_EN, 'x'),
      translationCacheKey('on-device', EN_HI, 'x'),
    ]);
    expect(keys.size).toBe(3);
  });
});

describe('createTranslationCache', () => {
  test('round-trips through the area, per source and pair', async () => {
    const area = memoryArea();
    const cache = createTranslationCache(area, { source: 'on-device' });
    await cache.set(HI_EN, 'भारत', 'India');
    expect(await cache.get(HI_EN, ' भारत ')).toBe('India');
    expect(await cache.get(EN_HI, 'भारत')).toBeUndefined();
    expect(await cache.withSource('provider').get(HI_EN, 'भारत')).toBeUndefined();
    await cache.withSource('provider').set(HI_EN, 'भारत', 'Bharat');
    await cache.flush();

    const reopened = createTranslationCache(area, { source: 'provider' });
    expect(await reopened.get(HI_EN, 'भारत')).toBe('Bharat');
    expect(await reopened.withSource('on-device').get(HI_EN, 'भारत')).toBe('India');
    expect(area.value).toMatchObject({ v: CACHE_FORMAT_VERSION });
  });

  test('ignores blank text or translation', async () => {
    const cache = createTranslationCache(memoryArea(), { source: 'on-device' });
    await cache.set(HI_EN, '  ', 'x');
    await cache.set(HI_EN, 'y', ' ');
    expect(await cache.stats()).toEqual({ entries: 0, chars: 0 });
  });

  test('evicts the least recently used entry past maxEntries (a get counts as a use)', async () => {
    const cache = createTranslationCache(memoryArea(), { source: 'on-device', maxEntries: 3 });
    for (const t of ['a', 'b', 'c']) await cache.set(EN_HI, t, t.toUpperCase());
    expect(await cache.get(EN_HI, 'a')).toBe('A');
    await cache.set(EN_HI, 'd', 'D');
    expect(await cache.get(EN_HI, 'b')).toBeUndefined();
    for (const t of ['a', 'c', 'd']) expect(await cache.get(EN_HI, t)).toBe(t.toUpperCase());
    expect((await cache.stats()).entries).toBe(3);
  });

  test('evicts the least recently used entries past maxChars, and never stores one that alone is too big', async () => {
    const weight = (text: string, translation: string) => translationCacheKey('on-device', EN_HI, text).length + translation.length;
    const long = (c: string) => c.repeat(100);
    const maxChars = weight('a', long('A')) + weight('b', long('B')) + 5;
    const cache = createTranslationCache(memoryArea(), { source: 'on-device', maxChars });
    await cache.set(EN_HI, 'a', long('A'));
    await cache.set(EN_HI, 'b', long('B'));
    expect((await cache.stats()).entries).toBe(2);
    await cache.get(EN_HI, 'a');
    await cache.set(EN_HI, 'c', long('C'));
    expect(await cache.get(EN_HI, 'b')).toBeUndefined();
    expect(await cache.get(EN_HI, 'a')).toBe(long('A'));
    expect(await cache.get(EN_HI, 'c')).toBe(long('C'));
    expect((await cache.stats()).chars).toBe(weight('a', long('A')) + weight('c', long('C')));

    await cache.set(EN_HI, 'huge', 'H'.repeat(maxChars));
    expect(await cache.get(EN_HI, 'huge')).toBeUndefined();
    expect((await cache.stats()).entries).toBe(2);
  });

  test('writes through after the debounce, coalescing changes; flush() writes at once', async () => {
    const area = memoryArea();
    const cache = createTranslationCache(area, { source: 'on-device', writeDelayMs: 500 });
    await cache.set(EN_HI, 'a', 'A');
    await cache.set(EN_HI, 'b', 'B');
    await vi.advanceTimersByTimeAsync(499);
    expect(area.writes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(area.writes).toBe(1);
    expect((area.value as { entries: unknown[] }).entries).toHaveLength(2);

    await cache.set(EN_HI, 'c', 'C');
    await cache.flush();
    expect(area.writes).toBe(2);
    await cache.flush(); // nothing pending: no write
    await vi.advanceTimersByTimeAsync(1_000);
    expect(area.writes).toBe(2);
  });

  test('the stored order is recency, so a reload evicts the same entries', async () => {
    const area = memoryArea();
    const cache = createTranslationCache(area, { source: 'on-device' });
    for (const t of ['a', 'b', 'c']) await cache.set(EN_HI, t, t.toUpperCase());
    await cache.get(EN_HI, 'a');
    await cache.flush();
    const reopened = createTranslationCache(area, { source: 'on-device', maxEntries: 2 });
    expect(await reopened.get(EN_HI, 'b')).toBeUndefined();
    expect(await reopened.get(EN_HI, 'c')).toBe('C');
    expect(await reopened.get(EN_HI, 'a')).toBe('A');
  });

  test('a failed write (not a full storage: see tests/unit/settings/quota.test.ts) does not reject and is retried by the next flush', async () => {
    const area = memoryArea();
    const set = vi.spyOn(area, 'set').mockRejectedValueOnce(new Error('IO error'));
    const cache = createTranslationCache(area, { source: 'on-device' });
    await cache.set(EN_HI, 'a', 'A');
    await expect(cache.flush()).resolves.toBeUndefined();
    expect(area.value).toBeUndefined();
    await cache.flush();
    expect(set).toHaveBeenCalledTimes(2);
    expect((area.value as { entries: unknown[] }).entries).toHaveLength(1);
  });

  test('clear() empties every source and is written', async () => {
    const area = memoryArea();
    const cache = createTranslationCache(area, { source: 'on-device' });
    await cache.set(EN_HI, 'a', 'A');
    await cache.withSource('provider').set(EN_HI, 'a', 'B');
    await cache.clear();
    await cache.flush();
    expect(await cache.stats()).toEqual({ entries: 0, chars: 0 });
    expect(area.value).toEqual({ v: CACHE_FORMAT_VERSION, entries: [] });
  });
});

describe('untrusted stored data', () => {
  const good = translationCacheKey('on-device', HI_EN, 'भारत');
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('hostile');
      },
    },
  );

  test.each([
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [[good, 'India']]],
    ['another version', { v: 2, entries: [[good, 'India']] }],
    ['entries not an array', { v: 1, entries: { [good]: 'India' } }],
    ['a throwing proxy', throwing],
  ])('%s loads as empty, without throwing', async (_, stored) => {
    const cache = createTranslationCache(memoryArea(stored), { source: 'on-device' });
    expect(await cache.get(HI_EN, 'भारत')).toBeUndefined();
    expect(await cache.stats()).toEqual({ entries: 0, chars: 0 });
  });

  test('malformed entries are dropped and valid ones kept', async () => {
    const stored = {
      v: 1,
      entries: [
        null,
        'x',
        [good],
        [good, 42],
        [good, '  '],
        [1, 'India'],
        ['not a key', 'India'],
        ['evil|hi>en|abc:3', 'India'],
        [translationCacheKey('on-device', HI_EN, 'जापान'), 'Japan', 'extra'],
        [good, 'India'],
      ],
    };
    const cache = createTranslationCache(memoryArea(stored), { source: 'on-device' });
    expect(await cache.get(HI_EN, 'भारत')).toBe('India');
    expect(await cache.get(HI_EN, 'जापान')).toBeUndefined();
    expect((await cache.stats()).entries).toBe(1);
  });

  test('stored data over the caps is trimmed to the most recent entries', async () => {
    const entries = ['a', 'b', 'c', 'd'].map((t) => [translationCacheKey('on-device', EN_HI, t), t.toUpperCase()]);
    const cache = createTranslationCache(memoryArea({ v: 1, entries }), { source: 'on-device', maxEntries: 2 });
    expect(await cache.get(EN_HI, 'b')).toBeUndefined();
    expect(await cache.get(EN_HI, 'd')).toBe('D');
  });

  test('a rejecting area works in memory and never overwrites storage', async () => {
    const area = memoryArea();
    vi.spyOn(area, 'get').mockRejectedValue(new Error('storage unavailable'));
    const set = vi.spyOn(area, 'set');
    const cache = createTranslationCache(area, { source: 'on-device' });
    await cache.set(EN_HI, 'a', 'A');
    expect(await cache.get(EN_HI, 'a')).toBe('A');
    await cache.flush();
    expect(set).not.toHaveBeenCalled();
  });

  test('a hanging area gives up at loadTimeoutMs', async () => {
    const area = memoryArea();
    vi.spyOn(area, 'get').mockReturnValue(new Promise(() => {}));
    const cache = createTranslationCache(area, { source: 'on-device', loadTimeoutMs: 300 });
    const hit = track(cache.get(EN_HI, 'a'));
    await vi.advanceTimersByTimeAsync(299);
    expect(hit.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(hit).toEqual({ settled: true, value: undefined });
  });
});
