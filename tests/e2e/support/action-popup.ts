/**
 * The real toolbar popup: what a click on the icon, the context menu or Alt+Shift+S opens.
 * `chrome.action.openPopup()` runs in the service worker; the popup is then found among the
 * browser's DevTools targets and driven over a raw CDP session (Playwright does not attach to
 * extension popups). A popup sizes itself to its content, so only this shows its real size: a
 * `popup.html` tab once hid a popup that opened 28 px wide.
 */
import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import type { Session } from './browser';
import type { WorkerScope } from './extension';

/** A DevTools target, as `/json/list` gives it. */
interface Target {
  id: string;
  type: string;
  url: string;
  webSocketDebuggerUrl: string;
}

/** The popup's size and scrolling, as the reader meets them. */
export interface PopupSize {
  innerWidth: number;
  innerHeight: number;
  /** The document's full size: past innerHeight it scrolls, and only the document does. */
  scrollWidth: number;
  scrollHeight: number;
  /** Elements other than the document that scroll vertically (a second scroller is a bug). */
  innerScrollers: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns something other than undefined, or throws after `timeoutMs`. */
async function poll<T>(fn: () => Promise<T | undefined>, what: string, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** A minimal CDP client on one target's WebSocket. */
class CdpSession {
  private id = 0;
  private readonly pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
      const p = m.id === undefined ? undefined : this.pending.get(m.id);
      if (!p || m.id === undefined) return;
      this.pending.delete(m.id);
      if (m.error) p.fail(new Error(m.error.message));
      else p.ok(m.result);
    });
    ws.on('close', () => {
      for (const p of this.pending.values()) p.fail(new Error('the popup closed'));
      this.pending.clear();
    });
  }

  static open(url: string): Promise<CdpSession> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
      ws.once('open', () => resolve(new CdpSession(ws)));
      ws.once('error', reject);
    });
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.id;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((ok, fail) => this.pending.set(id, { ok: ok as (v: unknown) => void, fail }));
  }

  close(): void {
    this.ws.close();
  }
}

/** The real action popup of a tab's window (and, attached the same way, the side panel). */
export class ActionPopup {
  protected constructor(
    private readonly cdp: CdpSession,
    private readonly target: Target,
    private readonly devtools: string,
  ) {}

  /**
   * Opens the popup over `tabId`'s window as the toolbar button does, attaches to it, and waits
   * until the card has left the loading state (`settle: false`: returns as soon as it is attached).
   */
  static async open(s: Session, tabId: number, options: { settleTimeoutMs?: number; settle?: boolean } = {}): Promise<ActionPopup> {
    const list = async () => (await (await fetch(`${s.devtools}/json/list`)).json()) as Target[];
    const isPopup = (t: Target) => t.type === 'page' && /\/popup\.html$/.test(new URL(t.url).pathname) && !t.url.includes('tabId=');
    const before = new Set((await list()).filter(isPopup).map((t) => t.id));
    const error = await s.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as WorkerScope;
      const { windowId } = await chrome.tabs.get(id);
      await chrome.tabs.update(id, { active: true });
      await chrome.windows.update(windowId, { focused: true }).catch(() => undefined);
      return chrome.action.openPopup({ windowId }).then(
        () => null,
        (e: unknown) => String((e as Error)?.message ?? e),
      );
    }, tabId);
    if (error) throw new Error(`action.openPopup() failed: ${error}`);
    const target = await poll(async () => (await list()).find((t) => isPopup(t) && !before.has(t.id)), 'the action popup to open', 10_000);
    const popup = new ActionPopup(await CdpSession.open(target.webSocketDebuggerUrl), target, s.devtools);
    if (options.settle !== false) await popup.settled(options.settleTimeoutMs);
    return popup;
  }

  /**
   * Attaches to the extension's side panel once it is open (after a reader's click opened it),
   * and waits until its view has left the loading state.
   */
  static async attachPanel(s: Session, options: { settleTimeoutMs?: number } = {}): Promise<ActionPopup> {
    const list = async () => (await (await fetch(`${s.devtools}/json/list`)).json()) as Target[];
    const target = await poll(
      async () => (await list()).find((t) => t.url.startsWith(`chrome-extension://${s.extensionId}/sidepanel.html`)),
      'the side panel to open',
      10_000,
    );
    const panel = new ActionPopup(await CdpSession.open(target.webSocketDebuggerUrl), target, s.devtools);
    await panel.settled(options.settleTimeoutMs);
    return panel;
  }

  /** Evaluates an expression in the popup and returns its value. */
  async eval<T>(expression: string): Promise<T> {
    const r = await this.cdp.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`in the popup: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  }

  /** Waits until the card is no longer loading (its root's data-state); resolves with the state. */
  async settled(timeoutMs = 20_000): Promise<string> {
    return poll(
      async () => {
        const state = await this.eval<string | null>(`document.querySelector('[data-testid="popup"]')?.getAttribute('data-state') ?? null`).catch(() => null);
        return state && state !== 'loading' ? state : undefined;
      },
      'the card to settle',
      timeoutMs,
    );
  }

  state(): Promise<string | null> {
    return this.eval(`document.querySelector('[data-testid="popup"]')?.getAttribute('data-state') ?? null`);
  }

  /**
   * The popup's size and scrolling, once the popup has stopped resizing: it grows to its content
   * after each render, so a reading is taken when three in a row agree.
   */
  async size(): Promise<PopupSize> {
    let last = '';
    let same = 0;
    return poll(
      async () => {
        const now = await this.measure();
        const key = JSON.stringify(now);
        same = key === last ? same + 1 : 0;
        last = key;
        return same >= 2 ? now : undefined;
      },
      'the popup to stop resizing',
      10_000,
    );
  }

  private measure(): Promise<PopupSize> {
    return this.eval(`(() => {
      const se = document.scrollingElement;
      const inner = [...document.querySelectorAll('body *')].filter((e) => {
        const s = getComputedStyle(e);
        return /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
      }).length;
      return { innerWidth, innerHeight, scrollWidth: se.scrollWidth, scrollHeight: se.scrollHeight, innerScrollers: inner };
    })()`);
  }

  /** Clicks the first element matching `selector` (as a reader's click would, via the DOM). */
  async click(selector: string): Promise<void> {
    const found = await this.eval<boolean>(
      `(() => { const e = document.querySelector(${JSON.stringify(selector)}); if (!e) return false; e.click(); return true; })()`,
    );
    if (!found) throw new Error(`no ${selector} in the popup`);
  }

  /** The attribute of every element matching `selector`. */
  attributes(selector: string, name: string): Promise<(string | null)[]> {
    return this.eval(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.getAttribute(${JSON.stringify(name)}))`);
  }

  /** The texts of every element matching `selector`, white space folded. */
  texts(selector: string): Promise<string[]> {
    return this.eval(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent.replace(/\\s+/g, ' ').trim())`);
  }

  /**
   * Clicks the first element matching `selector` with real mouse events at its centre: a user
   * gesture, which some APIs (opening the side panel) require.
   */
  async clickAsUser(selector: string): Promise<void> {
    const box = await this.eval<{ x: number; y: number } | null>(`(() => {
      const e = document.querySelector(${JSON.stringify(selector)});
      if (!e) return null;
      e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    if (!box) throw new Error(`no ${selector} in the popup`);
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: box.x, y: box.y, button: 'left', clickCount: 1 });
    try {
      await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: box.x, y: box.y, button: 'left', clickCount: 1 });
    } catch (e) {
      // A click that closes the popup (Open in the side panel) may close it before CDP answers:
      // the click happened, and the caller checks its outcome (one full run failed here).
      if (!(e instanceof Error && e.message === 'the popup closed')) throw e;
    }
  }

  /** Lays the view out at `width` px, as a narrow side panel would be. */
  async setWidth(width: number): Promise<void> {
    const height = await this.eval<number>('innerHeight');
    await this.cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
  }

  /** Presses a key in the popup, as the keyboard would (to whatever has the focus). */
  async pressKey(key: 'Enter' | 'Tab' | ' ' | 'Escape' | 'ArrowDown' | 'ArrowUp'): Promise<void> {
    const codes = {
      Enter: [13, 'Enter', '\r'],
      Tab: [9, 'Tab', ''],
      ' ': [32, 'Space', ' '],
      Escape: [27, 'Escape', ''],
      ArrowDown: [40, 'ArrowDown', ''],
      ArrowUp: [38, 'ArrowUp', ''],
    } as const;
    const [keyCode, code, text] = codes[key];
    await this.cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key,
      code,
      windowsVirtualKeyCode: keyCode,
      nativeVirtualKeyCode: keyCode,
      ...(text ? { text } : {}),
    });
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
  }

  /** Renders the popup as under `prefers-color-scheme: <scheme>`. */
  async emulateColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  }

  /** Writes a PNG of what the popup shows (its window). */
  async screenshot(path: string): Promise<void> {
    const { data } = await this.cdp.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }

  /** Writes a PNG of the whole card: the popup's document captured beyond its window. */
  async screenshotFull(path: string): Promise<void> {
    const { data } = await this.cdp.send<{ data: string }>('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }

  /** Closes the popup (as clicking elsewhere would), and waits until it is gone. */
  async close(): Promise<void> {
    this.cdp.close();
    await fetch(`${this.devtools}/json/close/${this.target.id}`).catch(() => undefined);
    // A window has one action popup: the next one may open only once this one has gone.
    await poll(
      async () => {
        const list = (await (await fetch(`${this.devtools}/json/list`)).json()) as Target[];
        return list.some((t) => t.id === this.target.id) ? undefined : true;
      },
      'the popup to close',
      5_000,
    );
  }
}
