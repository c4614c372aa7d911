/** The card's translation session: tier choice, streaming, download, errors, retry and disposal. */
import { describe, expect, test, vi } from 'vitest';
import {
  createTranslationSession,
  type OnDeviceTier,
  type ProviderTier,
  type TranslateFn,
  type TranslationItem,
  type TranslationView,
} from '../../../utils/translate/session';
import { TranslationError } from '../../../utils/translate/errors';

const ITEMS: TranslationItem[] = [
  { key: 'title', text: 'भारत और जापान की वार्ता' },
  { key: '0', text: 'दोनों देशों ने रक्षा सहयोग बढ़ाने का फैसला किया।' },
  { key: '3', text: 'व्यापार का लक्ष्य 50 अरब डॉलर रखा गया।' },
];

/** Tags each text so a test can see which translator made it. */
const tagging =
  (tag: string): TranslateFn =>
  async (texts, onLine) => {
    texts.forEach((t, i) => onLine(i, `[${tag}] ${t}`));
    return { failed: [] };
  };

/** Runs a session and collects every view it reports. */
function run(tiers: Parameters<typeof createTranslationSession>[1], items = ITEMS) {
  const views: TranslationView[] = [];
  const session = createTranslationSession(items, tiers, (v) => views.push(v));
  session.start();
  const last = () => views.at(-1)!;
  const settled = (phase: TranslationView['phase']) => vi.waitFor(() => expect(last().phase).toBe(phase));
  return { session, views, last, settled };
}

const onDevice = (over: Partial<OnDeviceTier> = {}): OnDeviceTier => ({
  availability: async () => 'available',
  create: async () => ({ translate: tagging('device'), dispose: () => {} }),
  ...over,
});

describe('tier choice', () => {
  test('no tier at all: the glossary, and no translated line', async () => {
    const { last, settled } = run({ provider: null, onDevice: null });
    await settled('glossary');
    expect(last().source).toBe('glossary');
    expect(last().lines).toEqual({});
  });

  test('a configured provider wins over an available on-device translator', async () => {
    const device = onDevice();
    const create = vi.spyOn(device, 'create');
    const provider: ProviderTier = { model: 'local-llm', translate: tagging('model') };
    const { last, settled } = run({ provider, onDevice: device });
    await settled('done');
    expect(last()).toMatchObject({ source: 'provider', model: 'local-llm', done: 3, failed: 0 });
    expect(last().lines['3']).toBe('[model] व्यापार का लक्ष्य 50 अरब डॉलर रखा गया।');
    expect(create).not.toHaveBeenCalled();
  });

  test('available on device: translates with no click, keyed by item', async () => {
    const { last, settled } = run({ provider: null, onDevice: onDevice() });
    await settled('done');
    expect(last().source).toBe('on-device');
    expect(Object.keys(last().lines).sort()).toEqual(['0', '3', 'title']);
  });

  test('unavailable, or availability() throwing: the glossary', async () => {
    for (const availability of [async () => 'unavailable' as const, async () => Promise.reject(new Error('boom'))]) {
      const { settled, last } = run({ provider: null, onDevice: onDevice({ availability }) });
      await settled('glossary');
      expect(last().lines).toEqual({});
    }
  });

  test('a provider whose origin is not granted is named, and the next tier runs', async () => {
    const { last, settled } = run({ provider: null, providerBlockedHost: 'localhost:11434', onDevice: null });
    await settled('glossary');
    expect(last().blockedHost).toBe('localhost:11434');
  });
});

describe('on-device download', () => {
  test('downloadable: waits for the click, reports progress, then translates', async () => {
    let progress: ((f: number) => void) | undefined;
    let finish: (() => void) | undefined;
    const device = onDevice({
      availability: async () => 'downloadable',
      create: (onProgress) => {
        progress = onProgress;
        return new Promise((resolve) => (finish = () => resolve({ translate: tagging('device'), dispose: () => {} })));
      },
    });
    const { session, last, settled } = run({ provider: null, onDevice: device });
    await settled('needs-download');
    expect(progress).toBeUndefined();
    session.download();
    await settled('preparing');
    progress!(0.25);
    expect(last().progress).toBe(0.25);
    progress!(7); // clamped
    expect(last().progress).toBe(1);
    finish!();
    await settled('done');
    expect(last().done).toBe(3);
  });

  test('a create() that times out leaves an error, no lines, and a retry that tries again', async () => {
    let calls = 0;
    const device = onDevice({
      availability: async () => 'downloadable',
      create: async () => {
        calls++;
        if (calls === 1) throw new TranslationError('timeout', 'No answer within 3000 ms');
        return { translate: tagging('device'), dispose: () => {} };
      },
    });
    const { session, last, settled } = run({ provider: null, onDevice: device });
    await settled('needs-download');
    session.download();
    await settled('error');
    expect(last()).toMatchObject({ error: 'timeout', lines: {} });
    session.retry();
    await settled('done');
    expect(calls).toBe(2);
  });

  test('NotAllowedError-style failures keep their code', async () => {
    const device = onDevice({ create: async () => Promise.reject(new TranslationError('not-allowed', 'needs a click')) });
    const { last, settled } = run({ provider: null, onDevice: device });
    await settled('error');
    expect(last().error).toBe('not-allowed');
  });
});

describe('streaming and failures', () => {
  test('lines arrive one by one, and a failure mid-way keeps the lines already translated', async () => {
    const translate: TranslateFn = async (texts, onLine) => {
      onLine(0, 'India–Japan talks');
      throw new TranslationError('rate-limited', '429');
    };
    const { views, last, settled } = run({ provider: { model: 'm', translate }, onDevice: null });
    await settled('error');
    expect(views.some((v) => v.phase === 'translating' && v.done === 1)).toBe(true);
    expect(last()).toMatchObject({ error: 'rate-limited', lines: { title: 'India–Japan talks' } });
  });

  test('lines the translator could not do are counted, never filled in', async () => {
    const translate: TranslateFn = async (texts, onLine) => {
      onLine(0, 'title');
      onLine(2, 'trade');
      return { failed: [1] };
    };
    const { last, settled } = run({ provider: { model: 'm', translate }, onDevice: null });
    await settled('done');
    expect(last()).toMatchObject({ done: 2, failed: 1 });
    expect(last().lines['0']).toBeUndefined();
  });

  test('blank translations are ignored', async () => {
    const translate: TranslateFn = async (texts, onLine) => {
      onLine(0, '   ');
      return { failed: [] };
    };
    const { last, settled } = run({ provider: { model: 'm', translate }, onDevice: null });
    await settled('done');
    expect(last().lines).toEqual({});
  });
});

describe('abstractive summary', () => {
  test('runs beside the translation when asked for, and reports its points', async () => {
    const provider: ProviderTier = {
      model: 'm',
      translate: tagging('model'),
      summarize: async () => [{ en: 'They agreed on defence.', hi: 'रक्षा पर सहमति बनी।', cites: [0] }],
    };
    const { last } = run({ provider, onDevice: null });
    await vi.waitFor(() => expect(last().abstract.phase).toBe('done'));
    expect(last().abstract.points[0]?.cites).toEqual([0]);
  });

  test('its failure is its own: the translation still finishes', async () => {
    const provider: ProviderTier = {
      model: 'm',
      translate: tagging('model'),
      summarize: async () => Promise.reject(new TranslationError('bad-response', 'x')),
    };
    const { last, settled } = run({ provider, onDevice: null });
    await settled('done');
    await vi.waitFor(() => expect(last().abstract).toMatchObject({ phase: 'error', error: 'bad-response' }));
  });
});

test('dispose aborts the work in flight and reports nothing after', async () => {
  let seen: AbortSignal | undefined;
  const translate: TranslateFn = (texts, onLine, signal) => {
    seen = signal;
    return new Promise(() => {});
  };
  const { session, views, settled } = run({ provider: { model: 'm', translate }, onDevice: null });
  await settled('translating');
  const count = views.length;
  session.dispose();
  expect(seen?.aborted).toBe(true);
  await new Promise((r) => setTimeout(r, 10));
  expect(views.length).toBe(count);
});

test('every line failing its checks is an error (bad-response), not "0 lines translated"', async () => {
  const translate: TranslateFn = async (texts) => ({ failed: texts.map((_, i) => i) });
  const { last, settled } = run({ provider: { model: 'm', translate }, onDevice: null });
  await settled('error');
  expect(last()).toMatchObject({ error: 'bad-response', failed: 3, lines: {} });
});

test('on device, a blank answer counts as a failed line, never as a translated one', async () => {
  const { translateLines } = await import('../../../utils/translate/on-device');
  const translator = { pair: { from: 'hi' as const, to: 'en' as const }, translate: async (t: string) => (t.includes('खाली') ? '  ' : `[en] ${t}`) };
  const got: number[] = [];
  const r = await translateLines(translator, ['पहली पंक्ति', 'खाली जवाब', 'तीसरी'], { onLine: (i) => got.push(i) });
  expect(got).toEqual([0, 2]);
  expect(r).toMatchObject({ translated: 2, failed: 1, failedIndices: [1] });
});

test('download() does nothing outside the needs-download phase', async () => {
  const create = vi.fn(async () => ({ translate: tagging('device'), dispose: () => {} }));
  const { session, settled } = run({ provider: null, onDevice: onDevice({ availability: async () => 'unavailable', create }) });
  await settled('glossary');
  session.download();
  expect(create).not.toHaveBeenCalled();
});
