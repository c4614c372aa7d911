/**
 * The service worker's life, seen from outside: stop it as MV3 does (CDP's Target.closeTarget on
 * the browser's own connection), find the worker that replaces it, read a tab's badge, and ask
 * the background for cards as the popup does. Also a server for generated pages, whose page can
 * be held half-loaded (the extraction waits for the document), so "mid-summary" is a state, not luck.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from 'playwright-core';
import { Cdp } from '../../../scripts/lib/cdp';
import type { SummaryState } from '../../../utils/protocol';
import type { Session } from './browser';
import { waitFor, type WorkerScope } from './extension';

/** Serves `/gen/<name>`: pages added by the spec; a held page sends its first half and waits. */
export interface GeneratedServer {
  origin: string;
  /** Serves `html` at `/gen/<name>`; `held`: only its first half until `release(name)`. */
  add(name: string, html: string, options?: { held?: boolean }): string;
  /** Sends the rest of a held page (to every request waiting for it). */
  release(name: string): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 at a random port. */
export async function startGeneratedServer(): Promise<GeneratedServer> {
  const pages = new Map<string, { html: string; held: boolean }>();
  const waiting = new Map<string, ServerResponse[]>();
  const released = new Set<string>();
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/gen\//, ''));
    const page = pages.get(name);
    if (!page) return void res.writeHead(404).end('no such page');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    if (!page.held || released.has(name)) return void res.end(page.html);
    res.write(page.html.slice(0, page.html.length >> 1));
    waiting.set(name, [...(waiting.get(name) ?? []), res]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    add(name, html, options = {}) {
      pages.set(name, { html, held: options.held ?? false });
      return `${origin}/gen/${encodeURIComponent(name)}`;
    },
    release(name) {
      released.add(name);
      const html = pages.get(name)?.html ?? '';
      for (const res of waiting.get(name) ?? []) if (!res.destroyed) res.end(html.slice(html.length >> 1));
      waiting.delete(name);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The browser's own CDP connection (the DevTools port the session opened). */
export async function browserCdp(s: Session): Promise<Cdp> {
  const { webSocketDebuggerUrl } = (await (await fetch(`${s.devtools}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  return Cdp.connect(webSocketDebuggerUrl);
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The extension's service worker targets. */
async function workerTargets(cdp: Cdp, s: Session): Promise<TargetInfo[]> {
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${s.extensionId}/`));
}

/**
 * Stops the extension's service worker as the browser does when it is idle or out of time
 * (Target.closeTarget on its target), and waits until its target is gone. Marks the old worker's
 * global first, so `liveWorker` can prove the next one is a new instance.
 */
export async function stopWorker(s: Session): Promise<void> {
  await s.worker.evaluate(() => ((globalThis as Record<string, unknown>).__stoppedByTest = true));
  const cdp = await browserCdp(s);
  try {
    const [target] = await workerTargets(cdp, s);
    if (!target) throw new Error('no service worker target to stop');
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
    await waitFor(
      async () => ((await workerTargets(cdp, s)).some((t) => t.targetId === target.targetId) ? undefined : true),
      'the service worker to stop',
      10_000,
    );
  } finally {
    cdp.close();
  }
}

/** True while the extension has no running service worker (it starts again on its next event). */
export async function workerStopped(s: Session): Promise<boolean> {
  const cdp = await browserCdp(s);
  try {
    return (await workerTargets(cdp, s)).length === 0;
  } finally {
    cdp.close();
  }
}

/**
 * The running service worker, a new instance (not the one `stopWorker` stopped); it becomes
 * `s.worker`, so the other helpers reach it.
 */
export async function liveWorker(s: Session, timeoutMs = 15_000): Promise<Worker> {
  const worker = await waitFor(
    async () => {
      for (const w of s.context.serviceWorkers()) {
        if (!w.url().startsWith(`chrome-extension://${s.extensionId}/`)) continue;
        const fresh = await w.evaluate(() => (globalThis as Record<string, unknown>).__stoppedByTest !== true && '__kootniti' in globalThis).catch(() => false);
        if (fresh) return w;
      }
      return undefined;
    },
    'a new service worker',
    timeoutMs,
  );
  s.worker = worker;
  return worker;
}

/** The tab's badge text ('' when none). */
export function badgeText(s: Session, tabId: number): Promise<string> {
  return s.worker.evaluate((id) => (globalThis as unknown as WorkerScope).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The progress the background publishes for the popup (session:progress). */
export function progress(s: Session): Promise<{ tabId: number; stage: string } | undefined> {
  return s.worker.evaluate(async () => {
    const got = await (globalThis as unknown as WorkerScope).chrome.storage.session.get('progress');
    return (got.progress as { tabId: number; stage: string } | undefined) ?? undefined;
  });
}

/**
 * An extension page that asks the background for cards with the popup's own message
 * (`{ type: 'getSummary', data: { tabId } }`): `ask` starts a request and returns at once,
 * `answer` waits for its reply (an error message when the channel broke).
 */
export class Messenger {
  private constructor(readonly page: Page) {}

  static async open(s: Session): Promise<Messenger> {
    const page = await s.context.newPage();
    // The options page: an extension page with the runtime API, that asks for no card itself.
    await page.goto(s.extensionUrl('options.html'));
    await page.evaluate(() => ((globalThis as Record<string, unknown>).__answers = {}));
    return new Messenger(page);
  }

  /** Starts a getSummary request for `tabId`, as the popup does when it opens. */
  async ask(tabId: number, refresh = false): Promise<void> {
    await this.page.evaluate(
      ({ tabId, refresh }) => {
        const g = globalThis as unknown as WorkerScope & { __answers: Record<number, Promise<unknown>> };
        g.__answers[tabId] = g.chrome.runtime
          .sendMessage({ type: 'getSummary', data: refresh ? { tabId, refresh } : { tabId } })
          .catch((e: unknown) => ({ thrown: String((e as Error)?.message ?? e) }));
      },
      { tabId, refresh },
    );
  }

  /** The progress the background published (read here: the worker may be too busy to answer). */
  progress(): Promise<{ tabId: number; stage: string } | undefined> {
    return this.page.evaluate(
      async () =>
        ((await (globalThis as unknown as WorkerScope).chrome.storage.session.get('progress')).progress as { tabId: number; stage: string } | undefined) ??
        undefined,
    );
  }

  /** The answer to the last request for `tabId`. */
  answer(tabId: number): Promise<SummaryState | { thrown: string }> {
    return this.page.evaluate(
      (id) =>
        (globalThis as unknown as { __answers: Record<number, Promise<SummaryState | { thrown: string }>> }).__answers[id] as Promise<
          SummaryState | { thrown: string }
        >,
      tabId,
    );
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** Resident memory of a Linux process in bytes (`VmRSS`, or `VmHWM` for its peak); 0 where /proc cannot tell. */
async function rss(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

/**
 * Samples the browser's memory while `during` runs: every renderer's resident memory (pids from
 * CDP's SystemInfo.getProcessInfo, sizes from /proc) every 50 ms, and the service worker's JS heap
 * (Runtime.getHeapUsage) at the end. Renderers are shared by same-site tabs, so a peak is sampled
 * here rather than read from VmHWM, which would carry an earlier page's peak.
 */
export async function sampleMemory<T>(s: Session, during: () => Promise<T>): Promise<{ value: T; beforeMb: number; peakMb: number; workerHeapMb: number }> {
  const cdp = await browserCdp(s);
  try {
    const renderers = async () =>
      (await cdp.send<{ processInfo: { type: string; id: number }[] }>('SystemInfo.getProcessInfo')).processInfo
        .filter((p) => p.type === 'renderer')
        .map((p) => p.id);
    const largest = async (pids: number[]) => Math.max(0, ...(await Promise.all(pids.map((pid) => rss(pid)))));
    let pids = await renderers();
    const before = await largest(pids);
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await largest(pids));
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const value = await during().finally(() => (sampling = false));
    await sampler;
    pids = await renderers();
    peak = Math.max(peak, await largest(pids));
    const [target] = await workerTargets(cdp, s);
    let heap = 0;
    if (target) {
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true });
      heap = (await cdp.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, sessionId)).usedSize;
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
    return { value, beforeMb: mb(before), peakMb: mb(peak), workerHeapMb: mb(heap) };
  } finally {
    cdp.close();
  }
}
