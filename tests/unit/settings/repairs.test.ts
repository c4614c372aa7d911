/**
 * Every stored setting corrupted in turn: the store repairs that field to its default, keeps every
 * other field, writes the repair back, and names the field once so the options page can say so.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, repairedFields, SETTINGS_VERSION, type Settings, validateSettings } from '../../../utils/settings/schema';

const custom: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  primaryLanguage: 'hi',
  uiLanguage: 'en',
  toolbarOpens: 'panel',
  topicOrder: [...DEFAULT_SETTINGS.topicOrder].reverse(),
  hiddenTopics: ['space', 'health'],
  perSection: 2,
  showOverview: false,
  showEntities: false,
  showKeyTerms: false,
  autoSave: true,
  keepDays: 90,
  keepCards: 2000,
  extraKeywords: { trade: ['CEPA', 'मुक्त व्यापार'], energy: ['LNG'] },
};

// For each field, values that are wrong in kind, far too big, or half broken.
const CORRUPT: Record<keyof Settings, unknown[]> = {
  primaryLanguage: ['fr', 42, null, { lang: 'hi' }],
  uiLanguage: ['', ['hi']],
  toolbarOpens: ['window', true],
  topicOrder: ['trade', [1, 2, 3], ['trade', 'trade', 'nonsense']],
  hiddenTopics: [{}, ['space', 7], 'space'],
  perSection: ['3', Number.NaN, 1e9, -4],
  showOverview: ['false', 0],
  showEntities: [null],
  showKeyTerms: [[]],
  autoSave: ['yes', 1],
  keepDays: ['90', -1, Number.POSITIVE_INFINITY, 1e9, null],
  keepCards: ['all', -5, Number.NaN, 1e12],
  extraKeywords: [[], 'CEPA', { trade: 'CEPA' }, { trade: ['x'.repeat(10_000)] }, { nonsense: ['a'] }],
};

async function freshStore() {
  vi.resetModules();
  return import('../../../utils/settings/store');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('repairedFields', () => {
  test('nothing stored, a stored value written by us, and topics added by an update are no repair', () => {
    expect(repairedFields(undefined, DEFAULT_SETTINGS)).toEqual([]);
    expect(repairedFields(custom, validateSettings(custom))).toEqual([]);
    const older = { ...custom, topicOrder: custom.topicOrder.slice(0, 5) };
    expect(repairedFields(older, validateSettings(older))).toEqual([]);
    expect(repairedFields({ perSection: 2 }, validateSettings({ perSection: 2 }))).toEqual([]);
  });

  test('a stored value that is not an object at all: every field', () => {
    expect(repairedFields('corrupt', DEFAULT_SETTINGS)).toEqual(Object.keys(DEFAULT_SETTINGS));
  });
});

describe('each stored field corrupted in turn', () => {
  const cases = (Object.entries(CORRUPT) as [keyof Settings, unknown[]][]).flatMap(([field, values]) => values.map((value) => [field, value] as const));

  test.each(cases)('%s = %j: that field repaired and named, every other kept, the repair written back', async (field, value) => {
    await fakeBrowser.storage.local.set({ settings: { ...custom, [field]: value }, settings$: { v: SETTINGS_VERSION } });
    const store = await freshStore();
    expect(await store.takeSettingsRepairs()).toEqual([field]);
    const settings = await store.getSettings();
    for (const key of Object.keys(custom) as (keyof Settings)[]) {
      if (key !== field) expect(settings[key], key).toEqual(custom[key]);
    }
    // Written back: the next look finds nothing to repair.
    expect(await store.takeSettingsRepairs()).toEqual([]);
  });

  test('unreadable storage: no repair claimed, defaults read', async () => {
    // Broken after the modules load: WXT reads every item it defines at once, unawaited.
    const store = await freshStore();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    expect(await store.takeSettingsRepairs()).toEqual([]);
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    vi.restoreAllMocks();
  });
});
