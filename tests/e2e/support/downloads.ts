/**
 * Downloads from any of the browser's pages, the action popup included (Playwright sees only the
 * pages it drives): a browser-level CDP connection sets Chromium's download behaviour to save each
 * file, named by its guid, in a folder of ours, and reports when one has finished.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Session } from './browser';

/** A finished download: the name the page suggested and the bytes saved. */
export interface Download {
  suggestedFilename: string;
  bytes: Buffer;
}

type Message = { id?: number; method?: string; params?: Record<string, unknown>; error?: { message: string } };

/** The browser's downloads, captured from the moment `capture` resolves. */
export class Downloads {
  private readonly names = new Map<string, string>();
  private readonly done: Download[] = [];
  private readonly waiting: (() => void)[] = [];

  private constructor(
    private readonly ws: WebSocket,
    private readonly dir: string,
  ) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as Message;
      if (m.method === 'Browser.downloadWillBegin') this.names.set(String(m.params?.guid), String(m.params?.suggestedFilename));
      if (m.method === 'Browser.downloadProgress' && m.params?.state === 'completed') {
        const guid = String(m.params.guid);
        this.done.push({ suggestedFilename: this.names.get(guid) ?? '', bytes: readFileSync(join(this.dir, guid)) });
        for (const wake of this.waiting.splice(0)) wake();
      }
    });
  }

  /** Connects to the browser and sends every later download to a scratch folder. */
  static async capture(s: Session): Promise<Downloads> {
    const { webSocketDebuggerUrl } = (await (await fetch(`${s.devtools}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    const ws = new WebSocket(webSocketDebuggerUrl, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const dir = mkdtempSync(join(tmpdir(), 'kootniti-downloads-'));
    const downloads = new Downloads(ws, dir);
    const answer = new Promise<Message>((resolve) => {
      const on = (data: WebSocket.RawData) => {
        const m = JSON.parse(String(data)) as Message;
        if (m.id !== 1) return;
        ws.off('message', on);
        resolve(m);
      };
      ws.on('message', on);
    });
    ws.send(JSON.stringify({ id: 1, method: 'Browser.setDownloadBehavior', params: { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true } }));
    const m = await answer;
    if (m.error) throw new Error(`Browser.setDownloadBehavior: ${m.error.message}`);
    return downloads;
  }

  /** The `n`th download (from 1) since capture began, once it has finished; throws after `timeoutMs`. */
  async nth(n: number, timeoutMs = 15_000): Promise<Download> {
    const end = Date.now() + timeoutMs;
    while (this.done.length < n) {
      const left = end - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for download ${n} (${this.done.length} finished)`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiting.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
    return this.done[n - 1] as Download;
  }

  /** How many downloads have finished. */
  get count(): number {
    return this.done.length;
  }

  /** Disconnects and deletes the folder. */
  close(): void {
    this.ws.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
