/**
 * The browser scripts/bench-popup.ts measures in: Debian's Chromium with the extension loaded,
 * driven over CDP, each action popup paused as it is created and handed a probe that notes when
 * its content is in the DOM and the frame after (the method is described in bench-popup.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cdp, poll } from './cdp';
import { CHROMIUM, extensionArgs } from './chromium';

/** The empty popup page, written beside popup.html in the extension under test. */
export const BLANK = 'bench-blank.html';
const POPUP_URL = /^chrome-extension:\/\/[a-p]{32}\/(popup|bench-blank)\.html/;

/** Runs in the popup before its own scripts: notes when the content is there and the frame after. */
const PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const b = (window.__bench = { timeOrigin: performance.timeOrigin });
  let done = false;
  const settle = (state) => {
    if (done) return;
    done = true;
    b.state = state;
    b.ready = Date.now();
    requestAnimationFrame(() => requestAnimationFrame(() => { b.painted = Date.now(); }));
  };
  const check = () => {
    if (document.getElementById('bench-blank')) return settle('blank');
    const s = document.querySelector('[data-testid="popup"]')?.getAttribute('data-state');
    if (s && s !== 'loading' && s !== 'idle') settle(s);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  check();
})();`;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** One open, in ms from the click: the document's start, the content in the DOM, the frame after it. */
export interface Sample {
  docStart: number;
  ready: number;
  painted: number;
  state: string;
}

/** A browser with the extension loaded, driven over one CDP connection. */
export class Browser {
  private readonly targets = new Map<string, TargetInfo>();
  /** Sessions of targets that got the probe, by target id; and the popups already measured. */
  private readonly probed = new Map<string, string>();
  private readonly measured = new Set<string>();
  private worker = '';
  private tabId = 0;

  private constructor(
    private readonly proc: ChildProcess,
    private readonly profile: string,
    private readonly cdp: Cdp,
  ) {}

  /** Starts Chromium headless with `extension` loaded in a fresh profile, and waits for its worker. */
  static async launch(extension: string): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'kootniti-bench-'));
    const proc = spawn(
      CHROMIUM,
      [
        '--headless',
        `--user-data-dir=${profile}`,
        '--remote-debugging-port=0',
        ...extensionArgs(extension),
        '--disable-quic',
        '--no-default-browser-check',
        '--window-size=1200,800',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        'about:blank',
      ],
      { stdio: 'ignore' },
    );
    try {
      const port = await poll(
        () => {
          const file = join(profile, 'DevToolsActivePort');
          return existsSync(file) ? readFileSync(file, 'utf8').split('\n')[0]?.trim() || undefined : undefined;
        },
        'Chromium to start',
        30_000,
        50,
      );
      const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
      const browser = new Browser(proc, profile, await Cdp.connect(version.webSocketDebuggerUrl));
      await browser.watch();
      return browser;
    } catch (error) {
      proc.kill();
      rmSync(profile, { recursive: true, force: true });
      throw error;
    }
  }

  /** Tracks targets; pauses each new one, hands popups the probe, lets every one go. */
  private async watch(): Promise<void> {
    const { cdp } = this;
    const note = (p: Record<string, unknown>) => {
      const info = p.targetInfo as TargetInfo;
      this.targets.set(info.targetId, info);
    };
    cdp.on('Target.targetCreated', note);
    cdp.on('Target.targetInfoChanged', note);
    cdp.on('Target.targetDestroyed', (p) => this.targets.delete(p.targetId as string));
    cdp.on('Target.attachedToTarget', (p) => {
      const info = p.targetInfo as TargetInfo;
      const sessionId = p.sessionId as string;
      void (async () => {
        if (info.type === 'service_worker' && info.url.startsWith('chrome-extension://')) this.worker = sessionId;
        // An action popup is attached before it has a URL (type "other", url ""): such targets get
        // the probe, which does nothing outside extension pages. The three commands go together (a
        // session runs them in order); the renderer answers them once it is up.
        const maybePopup = p.waitingForDebugger && (info.type === 'other' || info.type === 'page') && (info.url === '' || POPUP_URL.test(info.url));
        // Sent together: a session handles its commands in order, so the probe is in before the page runs.
        const enabled = maybePopup ? cdp.send('Page.enable', {}, sessionId) : null;
        const probed = maybePopup ? cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE }, sessionId) : null;
        if (p.waitingForDebugger) await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
        await enabled;
        await probed;
        if (maybePopup) this.probed.set(info.targetId, sessionId);
      })().catch(() => undefined); // a target that closed at once (the welcome tab, say)
    });
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
    await poll(() => this.worker || undefined, "the extension's service worker");
    // The welcome tab opens by itself in a fresh profile: let it, then close it before measuring.
    const welcome = await poll(() => [...this.targets.values()].find((t) => t.url.endsWith('/welcome.html')), 'the welcome tab', 15_000).catch(() => undefined);
    if (welcome) await this.closeTarget(welcome.targetId);
  }

  private inWorker<T>(expression: string): Promise<T> {
    return this.cdp.evaluate<T>(this.worker, expression);
  }

  private async closeTarget(targetId: string): Promise<void> {
    await this.cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    await poll(() => (this.targets.has(targetId) ? undefined : true), 'a target to close', 5_000);
  }

  /** Opens `url` in a new tab, waits until it has loaded, and keeps its tab id for the popups. */
  async openArticle(url: string): Promise<void> {
    await this.cdp.send('Target.createTarget', { url });
    this.tabId = await poll(
      () =>
        this.inWorker<number | null>(
          `chrome.tabs.query({ url: 'http://127.0.0.1/*' }).then((ts) => ts.find((t) => t.url === ${JSON.stringify(url)} && t.status === 'complete')?.id ?? null)`,
        ).then((id) => id ?? undefined),
      'the article to load',
    );
  }

  /** Opens the action popup on the article's window, showing `page`; resolves when its probe has the painted frame. */
  async open(page: 'popup.html' | typeof BLANK): Promise<Sample> {
    const { clickedAt, error } = await this.inWorker<{ clickedAt: number; error: string | null }>(`(async () => {
      await chrome.action.setPopup({ popup: ${JSON.stringify(page)} });
      const { windowId } = await chrome.tabs.get(${this.tabId});
      await chrome.tabs.update(${this.tabId}, { active: true });
      await chrome.windows.update(windowId, { focused: true }).catch(() => undefined);
      const clickedAt = Date.now();
      const error = await chrome.action.openPopup({ windowId }).then(() => null, (e) => String(e?.message ?? e));
      return { clickedAt, error };
    })()`);
    if (error) throw new Error(`action.openPopup() failed: ${error}`);
    const popup = await poll(() => {
      const target = [...this.targets.values()].find((t) => t.url.endsWith(`/${page}`) && this.probed.has(t.targetId) && !this.measured.has(t.targetId));
      const sessionId = target && this.probed.get(target.targetId);
      return target && sessionId ? { targetId: target.targetId, sessionId } : undefined;
    }, `the ${page} popup to open`);
    this.measured.add(popup.targetId);
    const probe = await poll(
      () =>
        this.cdp
          .evaluate<{ timeOrigin: number; ready: number; painted?: number; state: string } | null>(
            popup.sessionId,
            'window.__bench?.painted ? window.__bench : null',
          )
          .then(
            (b) => b ?? undefined,
            () => undefined,
          ),
      `the ${page} popup's content`,
      30_000,
    );
    await this.closeTarget(popup.targetId);
    return {
      docStart: Math.round(probe.timeOrigin - clickedAt),
      ready: probe.ready - clickedAt,
      painted: (probe.painted as number) - clickedAt,
      state: probe.state,
    };
  }

  /** Closes the browser and removes its profile. */
  async close(): Promise<void> {
    await this.cdp.send('Browser.close').catch(() => undefined);
    this.cdp.close();
    await new Promise<void>((r) => (this.proc.exitCode !== null ? r() : this.proc.once('exit', () => r())));
    rmSync(this.profile, { recursive: true, force: true });
  }
}
