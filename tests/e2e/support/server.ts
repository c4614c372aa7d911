/** A local HTTP server for the e2e specs: serves the fixture pages on 127.0.0.1 at a random port. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Where the pages come from: the unit fixtures, then pages made only for the e2e specs. */
const PAGE_ROOTS = [resolve(process.cwd(), 'tests/fixtures/pages'), resolve(process.cwd(), 'tests/e2e/fixtures/pages')];
const SLUG = /^[a-z0-9-]+$/;
const BLANK_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';

/** A running fixture server. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The URL of a fixture page: `/pages/<slug>` (any query) serves `<root>/<slug>/source.html`. */
  pageUrl(slug: string): string;
  /** `/blank`: an empty page of this origin (the Firefox specs go to extension pages from it). */
  blankUrl: string;
  /** Every page served so far: its URL and HTML. */
  served: ReadonlyMap<string, string>;
  close(): Promise<void>;
}

/** The bundled samples, served as `/pages/sample-<name>` (samples/<name>.html). */
const SAMPLES = resolve(process.cwd(), 'samples');

async function readPage(slug: string): Promise<string | undefined> {
  if (slug.startsWith('sample-')) return readFile(join(SAMPLES, `${slug.slice('sample-'.length)}.html`), 'utf8').catch(() => undefined);
  for (const root of PAGE_ROOTS) {
    try {
      return await readFile(join(root, slug, 'source.html'), 'utf8');
    } catch {
      // Not in this root: try the next one.
    }
  }
  return undefined;
}

/** Starts the server; `close()` it in afterAll. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const served = new Map<string, string>();
  let origin = '';
  const server: Server = createServer((req, res) => {
    const { pathname: path, search } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && path === '/blank') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(BLANK_PAGE);
      return;
    }
    const slug = path.startsWith('/pages/') ? path.slice('/pages/'.length).replace(/\/$/, '') : '';
    if (req.method !== 'GET' || !SLUG.test(slug)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    readPage(slug).then(
      (html) => {
        if (html === undefined) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('no such page');
          return;
        }
        served.set(`${origin}${path}${search}`, html);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    served,
    pageUrl: (slug) => `${origin}/pages/${slug}`,
    blankUrl: `${origin}/blank`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
