/** First run: install opens the welcome page in a new tab; updates of any kind do not. */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerOnboarding, WELCOME_PATH } from '../../../entrypoints/background/onboarding';

/** Fires runtime.onInstalled; `browser_update` is Firefox's name for Chrome's `chrome_update`. */
const installed = (details: { reason: string; previousVersion?: string }) => fakeBrowser.runtime.onInstalled.trigger(details as never);

/** Lets the listener's tabs.create settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));
let before = new Set<number | undefined>();
/** The URLs of the tabs opened since the test began (fakeBrowser starts with a blank tab). */
const openUrls = async () => (await fakeBrowser.tabs.query({})).filter((t) => !before.has(t.id)).map((t) => t.url);

beforeEach(async () => {
  fakeBrowser.reset();
  before = new Set((await fakeBrowser.tabs.query({})).map((t) => t.id));
  registerOnboarding();
});

test('the welcome page is the built welcome.html', () => {
  expect(WELCOME_PATH).toBe('/welcome.html');
});

test.each([
  ['install', true],
  ['update', false],
  ['chrome_update', false],
  ['browser_update', false],
  ['shared_module_update', false],
] as const)('runtime.onInstalled with reason %s opens the welcome page: %s', async (reason, opens) => {
  await installed({ reason });
  await settle();
  expect(await openUrls()).toEqual(opens ? ['chrome-extension://test-extension-id/welcome.html'] : []);
});

test('an update after the install opens no second welcome tab', async () => {
  await installed({ reason: 'install' });
  await installed({ reason: 'update', previousVersion: '0.1.0' });
  await settle();
  expect(await openUrls()).toHaveLength(1);
});

test('a browser that refuses the new tab is not an error (no unhandled rejection)', async () => {
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(new Error('No current window'));
  await installed({ reason: 'install' });
  await settle();
  expect(create).toHaveBeenCalledOnce();
  expect(await openUrls()).toEqual([]);
  create.mockRestore();
});
