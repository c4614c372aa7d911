/**
 * A minimal Chrome DevTools Protocol client on the browser's own WebSocket, with flat sessions:
 * one connection drives the browser, its service worker and any page attached to (messages carry
 * a `sessionId`). Enough for scripts/bench-popup.ts; Playwright does not attach to action popups.
 */
import WebSocket from 'ws';

type Handler = (params: Record<string, unknown>, sessionId: string | undefined) => void;

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}

/** One CDP connection to a browser. */
export class Cdp {
  private nextId = 0;
  private readonly pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void; method: string }>();
  private readonly handlers = new Map<string, Set<Handler>>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as Message;
      if (m.id !== undefined) {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error) p.fail(new Error(`${p.method}: ${m.error.message}`));
        else p.ok(m.result);
      } else if (m.method) {
        for (const h of this.handlers.get(m.method) ?? []) h(m.params ?? {}, m.sessionId);
      }
    });
    ws.on('close', () => {
      for (const p of this.pending.values()) p.fail(new Error(`${p.method}: the browser closed the connection`));
      this.pending.clear();
    });
  }

  /** Connects to a `webSocketDebuggerUrl` (the browser's, from `/json/version`). */
  static connect(url: string): Promise<Cdp> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
      ws.once('open', () => resolve(new Cdp(ws)));
      ws.once('error', reject);
    });
  }

  /** Sends a command, to the browser or (with `sessionId`) to an attached target. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise<T>((ok, fail) => this.pending.set(id, { ok: ok as (v: unknown) => void, fail, method }));
  }

  /** Calls `handler` on every `method` event; returns a function that stops it. */
  on(method: string, handler: Handler): () => void {
    const set = this.handlers.get(method) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(method, set);
    return () => set.delete(handler);
  }

  /** Evaluates `expression` in a session (awaiting a promise) and returns its value by value. */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  close(): void {
    this.ws.close();
  }
}

/** Polls `fn` every `intervalMs` until it returns something other than undefined; throws after `timeoutMs`. */
export async function poll<T>(fn: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 15_000, intervalMs = 20): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
