import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, MAX_KEYWORDS_PER_TOPIC, SETTINGS_VERSION, type Settings } from '../../../utils/settings/schema';
import { getSettings, resetSettings, saveSettings, watchSettings } from '../../../utils/settings/store';
import { TOPIC_IDS } from '../../../engine/topics/taxonomy';

/** Loads store.ts afresh, so its item is defined (and migrated) over what storage holds now. */
async function freshStore() {
  vi.resetModules();
  return import('../../../utils/settings/store');
}

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  primaryLanguage: 'en',
  uiLanguage: 'hi',
  topicOrder: ['energy', ...TOPIC_IDS.filter((id) => id !== 'energy')],
  hiddenTopics: ['space'],
  perSection: 5,
  showEntities: false,
  extraKeywords: { energy: ['कच्चा तेल', 'LNG'] },
};

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('getSettings on corrupt stored values', () => {
  const many = Array.from({ length: 500 }, (_, i) => `keyword ${i}`);
  test.each<[string, unknown, Partial<Settings>]>([
    ['nothing stored', undefined, {}],
    ['null', null, {}],
    ['a string', 'settings', {}],
    ['a number', 42, {}],
    ['an array', [1, 2, 3], {}],
    ['garbage fields', { foo: 1, bar: { baz: [] } }, {}],
    [
      'wrong types everywhere',
      {
        primaryLanguage: 7,
        uiLanguage: ['hi'],
        topicOrder: 'trade',
        hiddenTopics: { trade: true },
        perSection: 'three',
        showOverview: 'yes',
        showEntities: 0,
        showKeyTerms: null,
        extraKeywords: ['trade'],
      },
      {},
    ],
    ['unknown enum values', { primaryLanguage: 'fr', uiLanguage: 'de' }, {}],
    [
      'unknown topic ids',
      { topicOrder: ['sports', 'trade', 'trade', 42], hiddenTopics: ['sports', 'energy'], extraKeywords: { sports: ['goal'] } },
      { topicOrder: ['trade', ...TOPIC_IDS.filter((id) => id !== 'trade')], hiddenTopics: ['energy'] },
    ],
    ['perSection out of range', { perSection: 99 }, { perSection: 5 }],
    ['perSection NaN', { perSection: Number.NaN }, {}],
    ['500 keywords', { extraKeywords: { trade: many } }, { extraKeywords: { trade: many.slice(0, MAX_KEYWORDS_PER_TOPIC) } }],
    ['valid fields beside broken ones', { showOverview: false, perSection: 'x' }, { showOverview: false }],
  ])('%s', async (_name, stored, changed) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ settings: stored });
    const settings = await getSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...changed });
  });

  test('returns the defaults when reading storage throws', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('saveSettings, resetSettings, watchSettings', () => {
  test('round trip', async () => {
    expect(await saveSettings(custom)).toEqual(custom);
    expect(await getSettings()).toEqual(custom);
  });

  test('validates before writing', async () => {
    const bad = { ...custom, perSection: 40, hiddenTopics: ['sports'] } as unknown as Settings;
    await saveSettings(bad);
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toEqual({ ...custom, perSection: 5, hiddenTopics: [] });
  });

  test('reset stores the defaults', async () => {
    await saveSettings(custom);
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('returned defaults are fresh copies', async () => {
    const a = await getSettings();
    a.topicOrder.reverse();
    a.hiddenTopics.push('trade');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.topicOrder).toEqual(TOPIC_IDS);
  });

  test('watch fires with validated values, and stops after unwatch', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings(custom);
    // Another context writing a corrupt value directly.
    await fakeBrowser.storage.local.set({ settings: { perSection: 'lots', showOverview: false } });
    await resetSettings();
    unwatch();
    await saveSettings(custom);
    expect(seen).toEqual([custom, { ...DEFAULT_SETTINGS, showOverview: false }, DEFAULT_SETTINGS]);
  });

  test('watch gives the defaults when the value is removed', async () => {
    await saveSettings(custom);
    const seen: Settings[] = [];
    watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.remove('settings');
    expect(seen).toEqual([DEFAULT_SETTINGS]);
  });
});

describe('version metadata in WXT storage', () => {
  test('the first save records the current version in settings$', async () => {
    const store = await freshStore();
    await store.saveSettings(custom);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
    const { settingsItem } = await import('../../../utils/storage');
    expect(await (await settingsItem()).getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  test('a stored v1 value with its metadata is read through the item', async () => {
    const stored = { ...custom, perSection: 2 };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 1 } });
    const store = await freshStore();
    expect(await store.getSettings()).toEqual(stored);
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  test('a value from a newer version (a downgrade) still reads, validated, without throwing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { ...custom, futureField: 1, perSection: 9 }, settings$: { v: SETTINGS_VERSION + 1 } });
    const store = await freshStore();
    expect(await store.getSettings()).toEqual({ ...custom, perSection: 5 });
  });
});

describe('a corrupt stored version', () => {
  // WXT runs one migration per version between the stored one and ours: -1e9 was a billion steps.
  test.each([[-1e9], [0], [1.5], ['2'], [null], [Number.NaN]])('settings$ = { v: %j } is read as version 1, at once', async (v) => {
    const stored = { ...custom, perSection: 2, toolbarOpens: 'panel' };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v } });
    const store = await freshStore();
    // Version 1 has no toolbar choice: the v2 migration gives everyone the popup, and keeps the rest.
    expect(await store.getSettings()).toEqual({ ...stored, toolbarOpens: 'popup' });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });
});
