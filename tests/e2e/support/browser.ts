/**
 * Launches Debian's Chromium with the e2e build of the extension loaded (../../../../shared/STACK.md,
 * "End-to-end"), and decides whether the suite can run at all.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';
import { NetworkLog } from './network';
import { CHROMIUM, extensionArgs } from '../../../scripts/lib/chromium';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = CHROMIUM;
/** What `wxt build --mode e2e` writes. */
export const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3-e2e');

/** Why the suite cannot run here, or undefined when it can. Throws where it must run (CI). */
function skipReason(): string | undefined {
  if (!process.env.KOOTNITI_E2E) return 'run the e2e specs with `npm run test:e2e` (vitest.e2e.config.ts)';
  if (!existsSync(CHROMIUM_PATH)) {
    const why = `${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install chromium) to run the e2e specs`;
    if (process.env.CI) throw new Error(`${why}; CI must run them`);
    return why;
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run \`wxt build --mode e2e\` first`);
  return undefined;
}

const reason = skipReason();
if (reason) console.warn(`[e2e] skipped: ${reason}`);

/** `describe` for e2e specs: skipped, with a printed reason, where the browser cannot run. */
export const describeE2E = describe.skipIf(reason !== undefined);

/** A browser with the extension loaded, the fixture server, and the log of every request. */
export interface Session {
  context: BrowserContext;
  /** The extension's background service worker. */
  worker: Worker;
  extensionId: string;
  server: FixtureServer;
  network: NetworkLog;
  /** `http://127.0.0.1:<port>`: the browser's DevTools endpoint (for the real action popup). */
  devtools: string;
  /**
   * The welcome tab the extension opened when it was installed (every session's profile is fresh),
   * or undefined if none opened within 10 s. The session waits for it, so it never opens in the
   * middle of a spec; specs may ignore it, close it, or test it (welcome.e2e.test.ts).
   */
  welcome: Page | undefined;
  /**
   * Content Security Policy violations reported by the extension's own pages (popup, options,
   * welcome, side panel): each one is something the policy broke. `useSession` fails on any.
   */
  cspViolations: string[];
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

const isLoopback = (url: URL) => url.hostname === '127.0.0.1';

/** Starts the fixture server and a fresh Chromium profile with the extension; `close()` both. */
export async function launchSession(): Promise<Session> {
  const server = await startFixtureServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'kootniti-e2e-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1200, height: 800 },
      args: [
        ...extensionArgs(EXTENSION_DIR),
        '--disable-quic',
        // A DevTools port beside Playwright's pipe: the action popup is reached through it.
        '--remote-debugging-port=0',
        // Hermetic: no name but 127.0.0.1 resolves, so nothing can reach the internet.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    });
    const network = new NetworkLog(context);
    const cspViolations: string[] = [];
    context.on('console', (message) => {
      const url = message.page()?.url() ?? '';
      if (url.startsWith('chrome-extension://') && /Content Security Policy/i.test(message.text())) cspViolations.push(`${url}: ${message.text()}`);
    });
    // The fixture pages reference their real sites' scripts, styles and images: fail those fast.
    await context.route(
      (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !isLoopback(url),
      (route) => route.abort('blockedbyclient'),
    );
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const welcome = await waitForPage(context, `chrome-extension://${extensionId}/welcome.html`, 10_000);
    const ctx = context;
    const devtools = await devtoolsOrigin(profileDir);
    return {
      context: ctx,
      worker,
      extensionId,
      server,
      network,
      devtools,
      welcome,
      cspViolations,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close: async () => {
        await ctx.close().catch(() => undefined);
        await server.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** The DevTools endpoint Chromium wrote to its profile (it picks a free port for `--remote-debugging-port=0`). */
async function devtoolsOrigin(profileDir: string): Promise<string> {
  const file = join(profileDir, 'DevToolsActivePort');
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (existsSync(file)) {
      const port = readFileSync(file, 'utf8').split('\n')[0]?.trim();
      if (port) return `http://127.0.0.1:${port}`;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Chromium wrote no ${file}`);
}

/** The tab showing `url` exactly, once one does; undefined after `timeoutMs`. */
async function waitForPage(context: BrowserContext, url: string, timeoutMs: number): Promise<Page | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page || Date.now() > end) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * One session for a spec file: launched in `beforeAll`, closed in `afterAll`. The returned object
 * is filled in when `beforeAll` has run, so tests use it as they would the launched session.
 */
export function useSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    Object.assign(session, await launchSession());
  });
  afterAll(async () => {
    const violations = session.cspViolations ?? [];
    await session.close?.();
    if (violations.length) throw new Error(`The extension's pages broke their Content Security Policy:\n${violations.join('\n')}`);
  });
  return session;
}
