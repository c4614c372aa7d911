/**
 * A fake OpenAI-compatible chat-completions server for unit and end-to-end tests: a real Node `http`
 * server on 127.0.0.1 at a random port, answering with the deterministic "model" of ./fake-model.ts.
 *
 * Streams (stream: true) go out in small byte slices that cut through lines and UTF-8 characters.
 * Misbehaviour is chosen per server (`behavior`, setBehavior) or per request by the model name
 * `fake-<behavior>` (e.g. `fake-401`), which wins, so e2e specs need no restart.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { behaviorFor, CHAT_BEHAVIORS, fakeAnswer, type ChatBehavior, type ChatRequestBody } from './fake-model';

/** Server-wide settings. */
export interface ChatServerOptions {
  /** Behaviour for models not named `fake-<behavior>` (default 'ok'). */
  behavior?: ChatBehavior;
  /** Bytes per stream slice (default 61: odd, so it cuts through Devanagari's 3-byte characters). */
  chunkBytes?: number;
  /** Delay between stream slices in ms (default 0; 10 for 'slow'). */
  chunkDelayMs?: number;
  /** Retry-After seconds for '429' (default 7). */
  retryAfter?: number;
}

/** One request the server received. */
export interface LoggedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it does not parse; null without a body. */
  body: unknown;
}

/** A running fake chat server. */
export interface ChatServer {
  /** Base URL to configure: `http://127.0.0.1:<port>/v1`. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request so far, preflights included, oldest first. */
  requests: LoggedRequest[];
  /** Only the chat-completions requests' bodies. */
  chatBodies(): ChatRequestBody[];
  /** Chat requests not yet answered whose client is still connected (a closed popup's drop to 0). */
  inFlight(): number;
  /** Changes the server-wide behaviour (and any other option). */
  setBehavior(behavior: ChatBehavior, options?: Omit<ChatServerOptions, 'behavior'>): void;
  /** Stops the server, cutting hanging and streaming connections. */
  close(): Promise<void>;
}

/** Pieces of about `size` characters (code points, never halves of one). */
function pieces(text: string, size: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

function sseFor(model: string, content: string, pieceSize = 6): string {
  const chunk = (delta: object, finish: string | null): string =>
    `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  return [
    chunk({ role: 'assistant', content: '' }, null),
    ...pieces(content, pieceSize).map((p) => chunk({ content: p }, null)),
    chunk({}, 'stop'),
    'data: [DONE]\n\n',
  ].join('');
}

function completionFor(model: string, content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  });
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'retry-after',
};

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...CORS, ...headers }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (p: Buffer) => parts.push(p));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the fake server on 127.0.0.1 at a free port; `close()` it in afterAll / afterEach. */
export async function startChatServer(options: ChatServerOptions = {}): Promise<ChatServer> {
  let settings: ChatServerOptions = { behavior: 'ok', ...options };
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  let closed = false;
  let inFlight = 0;

  async function stream(res: ServerResponse, payload: string, behavior: ChatBehavior): Promise<void> {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...CORS });
    res.socket?.setNoDelay(true);
    const bytes = Buffer.from(payload, 'utf8');
    const size = behavior === 'huge' ? 64 * 1024 : Math.max(1, settings.chunkBytes ?? 61);
    const delay = settings.chunkDelayMs ?? (behavior === 'slow' ? 10 : 0);
    const stopAt = behavior === 'stall' ? Math.floor(bytes.length / 3) : bytes.length;
    for (let at = 0; at < stopAt; at += size) {
      if (res.destroyed || closed) return;
      res.write(bytes.subarray(at, Math.min(at + size, stopAt)));
      await new Promise((r) => (delay ? setTimeout(r, delay) : setImmediate(r)));
    }
    if (behavior !== 'stall') res.end();
  }

  async function chat(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const b = (typeof body === 'object' && body !== null ? body : {}) as ChatRequestBody;
    const behavior = behaviorFor(b.model, settings.behavior ?? 'ok');
    const model = typeof b.model === 'string' ? b.model : 'fake';
    const streaming = b.stream === true && behavior !== 'no-stream';
    switch (behavior) {
      case 'hang':
        return; // the socket stays open until the client gives up or close() cuts it
      case '401': {
        const key = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
        return json(res, 401, { error: { message: `Incorrect API key provided: ${key}.`, type: 'invalid_request_error', code: 'invalid_api_key' } });
      }
      case '403':
        res.writeHead(403, CORS).end();
        return;
      case '429':
        return json(
          res,
          429,
          { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } },
          { 'retry-after': String(settings.retryAfter ?? 7) },
        );
      case '500':
        return json(res, 500, { error: { message: 'The fake model fell over', type: 'server_error' } });
      case 'bad-json':
        if (streaming) return stream(res, 'data: {"choices": [ {"delta": \n\ndata: [DONE]\n\n', behavior);
        res.writeHead(200, { 'content-type': 'application/json', ...CORS }).end('{"choices": [');
        return;
      default: {
        const content = behavior === 'huge' ? 'x'.repeat(300 * 1024) : fakeAnswer(b, behavior);
        if (streaming) return stream(res, sseFor(model, content, behavior === 'huge' ? 4096 : 6), behavior);
        res.writeHead(200, { 'content-type': 'application/json', ...CORS }).end(completionFor(model, content));
      }
    }
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const method = req.method ?? 'GET';
    readBody(req)
      .then(
        async (text) => {
          let body: unknown = null;
          if (text) {
            try {
              body = JSON.parse(text);
            } catch {
              body = text;
            }
          }
          requests.push({ method, path, headers: req.headers, body });
          if (method === 'OPTIONS') {
            res
              .writeHead(204, {
                ...CORS,
                'access-control-allow-methods': 'GET, POST, OPTIONS',
                'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'authorization, content-type',
                'access-control-allow-private-network': 'true',
                'access-control-max-age': '600',
              })
              .end();
            return;
          }
          if (method === 'GET' && path === '/v1/models') {
            return json(res, 200, {
              object: 'list',
              data: ['fake', ...CHAT_BEHAVIORS.map((b) => `fake-${b}`)].map((id) => ({ id, object: 'model', owned_by: 'kootniti-tests' })),
            });
          }
          if (method === 'POST' && path === '/v1/chat/completions') {
            // In flight until the answer ends or the client goes away (a cancelled fetch).
            inFlight++;
            res.on('close', () => inFlight--);
            if (typeof body !== 'object' || body === null) return json(res, 400, { error: { message: 'Body must be JSON', type: 'invalid_request_error' } });
            return chat(req, res, body);
          }
          return json(res, 404, { error: { message: `No route for ${method} ${path}`, type: 'not_found' } });
        },
        () => res.destroy(),
      )
      .catch(() => res.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/v1`,
    origin,
    port,
    requests,
    chatBodies: () => requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions').map((r) => r.body as ChatRequestBody),
    inFlight: () => inFlight,
    setBehavior(behavior, more = {}) {
      settings = { ...settings, ...more, behavior };
    },
    close: () =>
      new Promise<void>((done) => {
        closed = true;
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
