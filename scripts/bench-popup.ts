/**
 * `npm run bench:popup`: how long the real toolbar popup takes to show its card, against the
 * browser's own floor for opening an extension popup, measured in one run on Debian's Chromium.
 *
 * Each sample is `chrome.action.openPopup()` (what a toolbar click does), called in the
 * extension's service worker, to the first frame painted after the popup's content is there:
 * - cold: the first card after the browser started (fresh profile, a fresh worker: the engine's
 *   tables compile, the page is read, the popup's code loads for the first time);
 * - warm: the same tab's card reopened (cached by the worker; the popup renders it);
 * - blank: the same extension's action pointed at an empty page (`bench-blank.html`, no script,
 *   no style) for that one open with `chrome.action.setPopup()`: what any popup costs here.
 *   Blank and warm opens alternate, in the same browser, after the cold card;
 * - blank, first: an empty popup as the first popup after a browser start (its own browser), for
 *   comparing with cold.
 * The popup is paused as it is created (CDP auto-attach), handed a probe that notes the time its
 * content is in the DOM (a MutationObserver on the card's `data-state`, or the blank page's one
 * element) and the next frame after it (two requestAnimationFrame callbacks), then let go. All
 * times are `Date.now()` in the browser, so the driver's polling never counts. The hold costs
 * nothing we could see: the blank popup's first-contentful-paint came out the same, within the
 * noise, with every popup held and with none held (checked by hand; the renderer answers the
 * probe's commands as soon as it is up).
 *
 *   npm run bench:popup                       (builds the e2e variant, then runs this)
 *   tsx scripts/bench-popup.ts [--runs 5] [--warm 5] [--json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Cdp, poll } from './lib/cdp';
import { SAMPLE } from './lib/sample';

const CHROMIUM = process.env.KOOTNITI_CHROMIUM ?? '/usr/bin/chromium';
/** The e2e build: its host permission for 127.0.0.1 lets the worker read the page without a real click. */
const BUILD = resolve(process.cwd(), '.output/chrome-mv3-e2e');
const BLANK = 'bench-blank.html';
const POPUP_URL = /^chrome-extension:\/\/[a-p]{32}\/(popup|bench-blank)\.html/;

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number ≥ 1`);
  return n;
};
const RUNS = flag('runs', 5);
const WARM = flag('warm', 5);
const JSON_ONLY = argv.includes('--json');

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
interface Sample {
  docStart: number;
  ready: number;
  painted: number;
  state: string;
}

/** A browser with the extension loaded, driven over one CDP connection. */
class Browser {
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

  static async launch(extension: string): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'kootniti-bench-'));
    const proc = spawn(
      CHROMIUM,
      [
        '--headless',
        `--user-data-dir=${profile}`,
        '--remote-debugging-port=0',
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
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

  async close(): Promise<void> {
    await this.cdp.send('Browser.close').catch(() => undefined);
    this.cdp.close();
    await new Promise<void>((r) => (this.proc.exitCode !== null ? r() : this.proc.once('exit', () => r())));
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** The e2e build, copied to a scratch folder with the blank page beside popup.html. */
function extensionWithBlank(): string {
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error(`${BUILD} is missing: run \`wxt build --mode e2e\` (npm run bench:popup does)`);
  const dir = mkdtempSync(join(tmpdir(), 'kootniti-bench-ext-'));
  cpSync(BUILD, dir, { recursive: true });
  writeFileSync(
    join(dir, BLANK),
    '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p id="bench-blank">.</p></body></html>\n',
  );
  return dir;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function main(): Promise<void> {
  const extension = extensionWithBlank();
  const html = readFileSync(SAMPLE);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const articleUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const samples: Record<'cold' | 'warm' | 'blank' | 'blankFirst', Sample[]> = { cold: [], warm: [], blank: [], blankFirst: [] };
  const expect = (s: Sample, state: string) => {
    if (s.state !== state) throw new Error(`the popup showed "${s.state}", not "${state}"`);
    return s;
  };
  try {
    for (let run = 1; run <= RUNS; run++) {
      if (!JSON_ONLY) process.stderr.write(`run ${run}/${RUNS}\n`);
      const browser = await Browser.launch(extension);
      try {
        await browser.openArticle(articleUrl);
        samples.cold.push(expect(await browser.open('popup.html'), 'ok'));
        for (let k = 0; k < WARM; k++) {
          samples.blank.push(expect(await browser.open(BLANK), 'blank'));
          samples.warm.push(expect(await browser.open('popup.html'), 'ok'));
        }
      } finally {
        await browser.close();
      }
      const fresh = await Browser.launch(extension);
      try {
        await fresh.openArticle(articleUrl);
        samples.blankFirst.push(expect(await fresh.open(BLANK), 'blank'));
      } finally {
        await fresh.close();
      }
    }
  } finally {
    server.close();
    rmSync(extension, { recursive: true, force: true });
  }
  report(samples);
}

function report(samples: Record<'cold' | 'warm' | 'blank' | 'blankFirst', Sample[]>): void {
  const row = (xs: Sample[]) => ({
    n: xs.length,
    medianMs: median(xs.map((s) => s.painted)),
    minMs: Math.min(...xs.map((s) => s.painted)),
    maxMs: Math.max(...xs.map((s) => s.painted)),
    docStartMs: median(xs.map((s) => s.docStart)),
    inDomMs: median(xs.map((s) => s.ready)),
  });
  const rows = { blank: row(samples.blank), warm: row(samples.warm), cold: row(samples.cold), blankFirst: row(samples.blankFirst) };
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const ratios = {
    warmOverBlank: ratio(rows.warm.medianMs, rows.blank.medianMs),
    coldOverBlank: ratio(rows.cold.medianMs, rows.blank.medianMs),
    coldOverBlankFirst: ratio(rows.cold.medianMs, rows.blankFirst.medianMs),
  };
  if (JSON_ONLY) {
    console.log(JSON.stringify({ runs: RUNS, warmPerRun: WARM, rows, ratios }, null, 2));
    return;
  }
  const label = { blank: 'blank popup', warm: 'warm card (cached)', cold: 'cold card (first after start)', blankFirst: 'blank popup, first after start' };
  console.log(
    `\nThe real action popup in ${CHROMIUM}: chrome.action.openPopup() to the first frame after the content (ms; ${RUNS} browser starts, ${WARM} warm and blank opens each)\n`,
  );
  console.log('| popup | n | median | min | max | document starts | content in DOM |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [key, r] of Object.entries(rows)) {
    console.log(`| ${label[key as keyof typeof label]} | ${r.n} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.docStartMs} | ${r.inDomMs} |`);
  }
  console.log('\n(medians; "document starts": the popup document\'s timeOrigin; "content in DOM": the card settled, or the blank page parsed)');
  const verdict = (x: number, target: number) => `${x}× (target ≤ ${target}×: ${x <= target ? 'met' : 'not met'})`;
  console.log(`\nwarm / blank: ${verdict(ratios.warmOverBlank, 1.5)}`);
  console.log(`cold / blank: ${verdict(ratios.coldOverBlank, 3)}`);
  console.log(`cold / blank, first after start: ${ratios.coldOverBlankFirst}×`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
