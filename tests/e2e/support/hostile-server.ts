/**
 * Serves the hostile pages of tests/support/xss-pages.ts on 127.0.0.1 and records every request for
 * `/hit/…`: a payload that ran or loaded anything asks for its own `/hit/<id>` here.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { xssPayloads } from '../../support/xss-payloads';
import { buildXssPages, type XssPage } from '../../support/xss-pages';

/** One request a payload made. */
export interface Hit {
  path: string;
  /** Who asked: the Referer and Origin headers, when sent. */
  referer: string | null;
  origin: string | null;
}

/** A running hostile server. */
export interface HostileServer {
  origin: string;
  pages: XssPage[];
  /** `<origin>/xss/<slug>` */
  pageUrl(page: XssPage): string;
  /** `<origin>/live/<slug>`: the same page without its policy, so its own markup runs (the control). */
  liveUrl(page: XssPage): string;
  /** Every `/hit/` request so far. */
  hits: Hit[];
  close(): Promise<void>;
}

/** Starts the server; the pages' payloads point at its own origin. */
export async function startHostileServer(): Promise<HostileServer> {
  const hits: Hit[] = [];
  let pages: XssPage[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/hit/')) {
      hits.push({ path, referer: req.headers.referer ?? null, origin: (req.headers.origin as string | undefined) ?? null });
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const [, kind, slug] = /^\/(xss|live)\/([a-z0-9-]+)$/.exec(path) ?? [];
    const page = pages.find((p) => p.slug === slug);
    if (req.method !== 'GET' || !page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(page.csp && kind === 'xss' ? { 'content-security-policy': page.csp } : {}),
      })
      .end(page.html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages = buildXssPages(xssPayloads(origin));
  return {
    origin,
    pages,
    pageUrl: (page) => `${origin}/xss/${page.slug}`,
    liveUrl: (page) => `${origin}/live/${page.slug}`,
    hits,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
