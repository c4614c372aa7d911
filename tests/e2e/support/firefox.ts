/**
 * Firefox ESR with the Firefox e2e build installed as a temporary add-on, driven by puppeteer-core
 * over WebDriver BiDi (../../../../shared/STACK.md, "Firefox, for real"), and whether those specs
 * can run at all.
 *
 * BiDi refuses to navigate to moz-extension:// URLs ("not allowed in this context"), so extension
 * pages are reached from a 127.0.0.1 page that sets `location.href`; the e2e build makes popup.html
 * and options.html web-accessible for that. Puppeteer sees no navigation events for such a page
 * (its `page.url()` keeps the 127.0.0.1 address), so we poll the page itself instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser as WebExtensionApi } from 'wxt/browser';
import type { Settings } from '../../../utils/settings/schema';
import { startFixtureServer, type FixtureServer } from './server';

/** Debian's Firefox ESR; never a downloaded browser. */
export const FIREFOX_PATH = process.env.KOOTNITI_FIREFOX ?? '/usr/bin/firefox-esr';
/** What `wxt build -b firefox --mode e2e` writes. */
export const FIREFOX_EXTENSION_DIR = resolve(process.cwd(), '.output/firefox-mv2-e2e');
/** The add-on's moz-extension host, fixed through the `extensions.webextensions.uuids` pref. */
export const EXTENSION_UUID = 'b3c7e5a2-4f1d-4c8e-9a6b-2d0e7f5c1a93';

/** Why the Firefox specs cannot run here, or undefined when they can. Throws where they must run (CI). */
function skipReason(): string | undefined {
  if (!process.env.KOOTNITI_E2E) return 'run the e2e specs with `npm run test:e2e` (vitest.e2e.config.ts)';
  if (!existsSync(FIREFOX_PATH)) {
    const why = `${FIREFOX_PATH} is missing: install Debian's firefox-esr (apt-get install firefox-esr) to run the Firefox e2e specs`;
    if (process.env.CI) throw new Error(`${why}; CI must run them`);
    return why;
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${FIREFOX_EXTENSION_DIR} is missing: run \`wxt build -b firefox --mode e2e\` first`);
  }
  return undefined;
}

const reason = skipReason();
if (reason) console.warn(`[e2e] Firefox specs skipped: ${reason}`);

/** `describe` for Firefox specs: skipped, with a printed reason, where Firefox ESR cannot run. */
export const describeFirefox = describe.skipIf(reason !== undefined);

/** An extension page's global, as the functions evaluated there see it. */
export type ExtensionScope = { browser: typeof WebExtensionApi };

/** Firefox's own parts of the extension API, which WXT's Chrome-shaped types lack or type as Chrome's. */
export type FirefoxScope = {
  browser: {
    sidebarAction: { open(): Promise<void>; isOpen(details: { windowId?: number }): Promise<boolean> };
    extension: { getViews(properties?: { type?: 'tab' | 'popup' | 'sidebar'; windowId?: number }): Window[] };
  };
};

/**
 * Polls `fn` until it returns something other than undefined; errors count as "not yet" until the
 * deadline, and so does an attempt still pending at the deadline (a call into a page being replaced).
 */
export async function until<T>(fn: () => Promise<T | undefined>, what: string | (() => string), timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const pending = new AbortController();
    const deadline = sleep(Math.max(0, end - Date.now()) + 50, undefined, { signal: pending.signal }).catch(() => undefined);
    try {
      const value = await Promise.race([fn(), deadline]);
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    } finally {
      pending.abort();
    }
    if (Date.now() > end) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}${detail}`);
    }
    await sleep(50);
  }
}

/** Folds white space, so texts compare the same whatever the markup's line breaks. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A fixture article open in a tab, and the extension's id for that tab. */
export interface FirefoxArticle {
  page: Page;
  url: string;
  tabId: number;
  close(): Promise<void>;
}

/** Firefox with the add-on installed, the fixture server, and helpers. */
export interface FirefoxSession {
  browser: Browser;
  server: FixtureServer;
  /** `moz-extension://<EXTENSION_UUID>/<path>` */
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab (through a 127.0.0.1 page) and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn(arg)` in an extension page, where the global `browser` is the extension's API. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Opens `/pages/<slug>` in a new tab, at a URL no other tab has, and finds its tab id. */
  openArticle(slug: string): Promise<FirefoxArticle>;
  /** The settings as stored (`local:settings`), or undefined before the first save. */
  storedSettings(): Promise<Partial<Settings> | undefined>;
  close(): Promise<void>;
}

/**
 * A port on 127.0.0.1 that closes every connection: Firefox's proxy for everything but 127.0.0.1,
 * so the fixture pages' references to their real sites fail at once (without it each waits on a
 * DNS lookup that never answers here, about 5 s a page) and nothing can reach the internet.
 */
async function startRefusingProxy(): Promise<Server> {
  const proxy = createServer((socket) => socket.destroy());
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

function prefs(geckoId: string, proxyPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
  };
}

let opened = 0;

/** Starts the fixture server and Firefox ESR on a fresh profile with the add-on; `close()` all. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${FIREFOX_EXTENSION_DIR}/manifest.json has no gecko id: the UUID pref needs one`);

  const server = await startFixtureServer();
  const proxy = await startRefusingProxy();
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await server.close();
    await new Promise<void>((done) => proxy.close(() => done()));
  };
  try {
    // puppeteer makes a fresh temporary profile with these prefs, and removes it on close.
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: prefs(geckoId, (proxy.address() as AddressInfo).port),
    });
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);

    const b = browser;
    const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

    const openExtensionPage = async (path: string): Promise<Page> => {
      const url = extensionUrl(path);
      const page = await b.newPage();
      await page.goto(server.blankUrl);
      // Firefox throws here when the page is not web-accessible ("Access to … from script denied").
      await page.evaluate((u) => {
        location.href = u;
      }, url);
      let at = '';
      await until(
        async () => {
          const [href, ready] = await page.evaluate(() => [location.href, document.readyState] as const);
          at = `${href} (${ready})`;
          return href === url && ready !== 'loading' ? true : undefined;
        },
        () => `${url} to load; the tab is at ${at || 'nothing yet'}`,
      );
      return page;
    };

    // Kept open for calls into the extension's APIs: the options page only reads until changed.
    const control = await openExtensionPage('options.html');
    const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
      (await control.evaluate(fn as (arg: unknown) => unknown, arg as unknown)) as R;
    // The background page has run its main() once the e2e build's test hook is on its global.
    await until(
      () =>
        inExtension(() => {
          const background = (globalThis as unknown as ExtensionScope).browser.extension.getBackgroundPage() as (Window & { __kootniti?: unknown }) | null;
          return background?.__kootniti ? true : undefined;
        }, undefined),
      'the background page (globalThis.__kootniti: is this the e2e build?)',
    );
    // The welcome page opens by itself on install: wait for its tab, so it never opens (and takes
    // the focus, and the side panel's active tab) in the middle of a spec.
    await until(
      () =>
        inExtension(
          () =>
            (globalThis as unknown as FirefoxScope).browser.extension.getViews({ type: 'tab' }).some((w) => w.location.pathname === '/welcome.html') ||
            undefined,
          undefined,
        ),
      'the welcome page, which opens on install',
    );

    const openArticle = async (slug: string): Promise<FirefoxArticle> => {
      const page = await b.newPage();
      const url = `${server.pageUrl(slug)}?tab=${++opened}`;
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await until(
        () =>
          inExtension(async (u) => {
            const tabs = await (globalThis as unknown as ExtensionScope).browser.tabs.query({ url: 'http://127.0.0.1/*' });
            return tabs.find((t) => t.url === u)?.id;
          }, url),
        `the tab of ${url}`,
      );
      return { page, url, tabId, close: () => page.close() };
    };

    return {
      browser: b,
      server,
      extensionUrl,
      openExtensionPage,
      inExtension,
      openArticle,
      storedSettings: async () =>
        (await inExtension(() => (globalThis as unknown as ExtensionScope).browser.storage.local.get('settings'), undefined)).settings as
          | Partial<Settings>
          | undefined,
      close: stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * One Firefox for a spec file: launched in `beforeAll`, closed in `afterAll`. The returned object
 * is filled in when `beforeAll` has run, so tests use it as they would the launched session.
 */
export function useFirefox(): FirefoxSession {
  const session = {} as FirefoxSession;
  beforeAll(async () => {
    Object.assign(session, await launchFirefox());
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}
