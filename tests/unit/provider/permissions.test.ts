/**
 * Only the saved endpoint's origin stays granted: save A, test B, save C leaves C alone; an origin
 * only tested goes back when the options page closes or the browser starts. The browser's
 * permission prompt cannot be answered in automation, so `permissions` is an in-memory model of
 * Chrome's (request grants, remove refuses a required host); storage is fakeBrowser's, and the
 * connection test talks to the local chat server.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerPermissionTidy } from '../../../entrypoints/background/permissions';
import { providerActions } from '../../../entrypoints/options/provider';
import { OPTIONS_PORT } from '../../../utils/translate/provider/permissions';
import { type ChatServer, startChatServer } from '../../support/chat-server';

const granted = new Set<string>();
/** Hosts the build requires (the e2e build's 127.0.0.1): Chrome refuses to remove them. */
const required = new Set<string>();
const LOCAL = 'http://127.0.0.1/*';
let connectListener: ((port: { name: string; onDisconnect: { addListener(f: () => void): void } }) => void) | undefined;
let startupListener: (() => void) | undefined;

const stubs = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };
function installPermissions(): void {
  stubs.permissions = {
    request: async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.add(o);
      return true;
    },
    remove: async ({ origins }: { origins: string[] }) => {
      if (origins.some((o) => required.has(o))) throw new Error('You cannot remove required permissions.');
      return origins.every((o) => granted.delete(o));
    },
    getAll: async () => ({ origins: [...granted] }),
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
  };
  stubs.runtime.onConnect = { addListener: (f: typeof connectListener) => void (connectListener = f) };
  stubs.runtime.onStartup = { addListener: (f: () => void) => void (startupListener = f) };
}

/** The options page's port: closing the page disconnects it. */
function openOptionsPage(): () => void {
  const listeners: (() => void)[] = [];
  connectListener?.({ name: OPTIONS_PORT, onDisconnect: { addListener: (f) => void listeners.push(f) } });
  return () => listeners.forEach((f) => f());
}

/** Waits until the background's fire-and-forget tidy has run. */
async function settled(expected: string[]): Promise<void> {
  for (let i = 0; i < 100 && JSON.stringify([...granted].sort()) !== JSON.stringify(expected); i++) await new Promise((r) => setTimeout(r, 5));
  expect([...granted].sort()).toEqual(expected);
}

let chat: ChatServer;
beforeAll(async () => {
  chat = await startChatServer();
});
afterAll(async () => {
  await chat.close();
});
beforeEach(() => {
  fakeBrowser.reset();
  granted.clear();
  required.clear();
  installPermissions();
  registerPermissionTidy();
});

const config = (endpoint: string) => ({ endpoint, model: 'kootniti-test', apiKey: '', abstractive: false });
const A = 'https://a.example/v1';
const C = 'https://c.example/v1';

test('save A, test B, save C: only C stays granted', async () => {
  await providerActions.save(config(A));
  expect([...granted]).toEqual(['https://a.example/*']);
  // B is the local chat server (its origin on 127.0.0.1 is granted for the test, then given back).
  expect(await providerActions.test(config(chat.url))).toEqual({ ok: true });
  expect(granted.has(LOCAL)).toBe(true);
  await providerActions.save(config(C));
  expect([...granted]).toEqual(['https://c.example/*']);
});

test('an origin only tested goes back when the options page closes; the saved one stays', async () => {
  const close = openOptionsPage();
  await providerActions.save(config(A));
  await providerActions.test(config(chat.url));
  expect([...granted].sort()).toEqual(['http://127.0.0.1/*', 'https://a.example/*']);
  close();
  await settled(['https://a.example/*']);
});

test('tested, then saved: one grant, kept when the page closes', async () => {
  const close = openOptionsPage();
  expect(await providerActions.test(config(chat.url))).toEqual({ ok: true });
  await providerActions.save(config(chat.url));
  close();
  await settled([LOCAL]);
});

test('removing the model gives its origin back; a required host of the build cannot go and does not stop the rest', async () => {
  required.add(LOCAL);
  granted.add(LOCAL);
  await providerActions.save(config(A));
  granted.add('https://left-over.example/*');
  await providerActions.remove();
  expect([...granted]).toEqual([LOCAL]);
});

test('at browser start, whatever is not the saved endpoint goes back', async () => {
  await providerActions.save(config(A));
  granted.add('https://b.example/*');
  startupListener?.();
  await settled(['https://a.example/*']);
});
