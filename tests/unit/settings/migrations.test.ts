import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { MIGRATIONS, SETTINGS_VERSION, validateSettings } from '../../../utils/settings/schema';

/** One migration fixture: a value stored at `version`, and the settings it must become. */
interface Fixture {
  version: number;
  stored: unknown;
  expected: unknown;
}

const files = import.meta.glob<Fixture>('../../fixtures/settings/v*.json', { eager: true, import: 'default' });
const fixtures = Object.entries(files).map(([path, fixture]) => ({
  name: path.split('/').pop() ?? path,
  fileVersion: Number(/v(\d+)\.json$/.exec(path)?.[1]),
  ...fixture,
}));

/** Runs the migrations from `from` up to SETTINGS_VERSION the way WXT does. */
async function migrate(value: unknown, from: number): Promise<unknown> {
  let v = value;
  for (let n = from + 1; n <= SETTINGS_VERSION; n++) v = (await MIGRATIONS[n]?.(v)) ?? v;
  return v;
}

beforeEach(() => {
  fakeBrowser.reset();
});

test('there is a fixture for every version 1..SETTINGS_VERSION, named after its version', () => {
  expect(fixtures.map((f) => f.fileVersion).sort((a, b) => a - b)).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  for (const f of fixtures) expect(f.version, f.name).toBe(f.fileVersion);
});

test('every migration produces a version between 2 and SETTINGS_VERSION', () => {
  for (const n of Object.keys(MIGRATIONS).map(Number)) expect(n >= 2 && n <= SETTINGS_VERSION, `MIGRATIONS[${n}]`).toBe(true);
});

describe.each(fixtures)('$name', (fixture) => {
  test('the migrations then validation give `expected`', async () => {
    const migrated = await migrate(structuredClone(fixture.stored), fixture.version);
    expect(validateSettings(migrated)).toEqual(fixture.expected);
  });

  test('`expected` is already valid', () => {
    expect(validateSettings(fixture.expected)).toEqual(fixture.expected);
  });

  test('WXT storage migrates it on load and getSettings gives `expected`', async () => {
    await fakeBrowser.storage.local.set({ settings: structuredClone(fixture.stored), settings$: { v: fixture.version } });
    vi.resetModules();
    const { getSettings } = await import('../../../utils/settings/store');
    expect(await getSettings()).toEqual(fixture.expected);
  });
});
