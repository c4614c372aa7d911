/**
 * A fake OpenAI-compatible chat-completions server for unit and end-to-end tests: a real Node `http`
 * server on 127.0.0.1 at a random port, with a deterministic, recognisable "model".
 *
 * - Translation prompts (a system prompt with `from Hindi to English` / `from English to Hindi`):
 *   each numbered input line comes back as `N. [model hi→en] <romanised line>` or
 *   `N. [मॉडल] <line in Devanagari letters>` (see fakeTranslation), digits kept, so the checks pass.
 * - Abstractive-summary prompts (a system prompt mentioning `"points"`): JSON in a ```json fence,
 *   three points citing the first two `[index]` sentences it sees.
 * - Anything else: `[model] pong`.
 *
 * Streams (stream: true) go out in small byte slices that cut through lines and UTF-8 characters.
 * Misbehaviour is chosen per server (`behavior`, setBehavior) or per request by the model name
 * `fake-<behavior>` (e.g. `fake-401`), which wins, so e2e specs need no restart.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the fake server does with a chat-completions request. */
export type ChatBehavior =
  | 'ok' // answers properly, streamed or not as asked
  | 'slow' // like ok, with chunkDelayMs (default 10 ms) between stream slices
  | '401' // OpenAI-style error JSON that echoes the key (clients must not repeat it)
  | '403' // empty body, as Ollama answers an origin it does not allow
  | '429' // rate limit, with Retry-After
  | '500' // server error with error JSON
  | 'bad-json' // unparsable JSON (or unparsable SSE data when streaming)
  | 'hang' // never answers
  | 'stall' // starts streaming, then goes silent forever
  | 'wrong-count' // a translation batch comes back without its last line (single lines are fine)
  | 'echo' // translations echo the input lines (they fail the checks); other prompts get the user message back
  | 'no-stream' // plain JSON even when asked to stream
  | 'huge'; // an answer over 256 KB

/** All behaviours, for `fake-<behavior>` model names and /v1/models. */
export const CHAT_BEHAVIORS: readonly ChatBehavior[] = ['ok', 'slow', '401', '403', '429', '500', 'bad-json', 'hang', 'stall', 'wrong-count', 'echo', 'no-stream', 'huge'];

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

/** The part of a chat-completions body the fake reads. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  temperature?: number;
  messages?: { role: string; content: string }[];
}

const MATRAS: Record<string, string> = { 'ा': 'aa', 'ि': 'i', 'ी': 'ii', 'ु': 'u', 'ू': 'uu', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e' };
const DEVA: Record<string, string> = {
  'अ': 'a', 'आ': 'aa', 'इ': 'i', 'ई': 'ii', 'उ': 'u', 'ऊ': 'uu', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au', 'ऑ': 'o',
  'ं': 'n', 'ँ': 'n', 'ः': 'h', '।': '.', '॥': '.',
};
const CONSONANTS: Record<string, string> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n', 'ट': 't', 'ठ': 'th',
  'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n', 'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh',
  'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'व': 'v', 'श': 'sh', 'ष': 'sh', 'स': 's', 'ह': 'h',
  'क़': 'q', 'ख़': 'kh', 'ग़': 'g', 'ज़': 'z', 'ड़': 'r', 'ढ़': 'rh', 'फ़': 'f', 'य़': 'y',
};
const LATIN: Record<string, string> = {
  a: 'अ', b: 'ब', c: 'क', d: 'द', e: 'ए', f: 'फ', g: 'ग', h: 'ह', i: 'इ', j: 'ज', k: 'क', l: 'ल', m: 'म',
  n: 'न', o: 'ओ', p: 'प', q: 'क', r: 'र', s: 'स', t: 'त', u: 'उ', v: 'व', w: 'व', x: 'क्स', y: 'य', z: 'ज',
};

/** Crude letter-by-letter romanisation of Devanagari (digits to 0-9); other text unchanged. */
export function romanise(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x0966 && code <= 0x096f) out += String(code - 0x0966);
    else if (CONSONANTS[ch]) out += `${CONSONANTS[ch]}a`;
    else if (MATRAS[ch]) out = out.replace(/a$/, '') + MATRAS[ch];
    else if (ch === '्') out = out.replace(/a$/, '');
    else if (DEVA[ch] !== undefined) out += DEVA[ch];
    else if (code >= 0x0900 && code <= 0x097f) continue; // nukta and rarer signs
    else out += ch;
  }
  return out;
}

/** Crude letter-by-letter Devanagari spelling of Latin letters; digits and the rest unchanged. */
export function devanagarise(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => LATIN[c.toLowerCase()] ?? c);
}

/** What the fake model answers for one line translated into `to`. */
export function fakeTranslation(text: string, to: 'hi' | 'en'): string {
  return to === 'en' ? `[model hi→en] ${romanise(text)}` : `[मॉडल] ${devanagarise(text)}`;
}

/** The behaviour a request gets: `fake-<behavior>` models pick their own, others the server's. */
export function behaviorFor(model: unknown, fallback: ChatBehavior): ChatBehavior {
  const name = typeof model === 'string' && model.startsWith('fake-') ? model.slice(5) : '';
  return (CHAT_BEHAVIORS as readonly string[]).includes(name) ? (name as ChatBehavior) : fallback;
}

/** The fake model's answer text to a request. */
export function fakeAnswer(body: ChatRequestBody, behavior: ChatBehavior = 'ok'): string {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const user = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const direction = /from (Hindi|English) to (Hindi|English)/.exec(system);
  if (direction) {
    const to = direction[2] === 'Hindi' ? 'hi' : 'en';
    const lines = [...user.matchAll(/^(\d+)\.[ \t]?(.*)$/gm)].map((m) => ({ n: m[1], text: m[2] ?? '' }));
    const out = lines.map(({ n, text }) => `${n}. ${behavior === 'echo' ? text : fakeTranslation(text, to)}`);
    if (behavior === 'wrong-count' && out.length > 1) out.pop();
    return out.join('\n');
  }
  if (behavior === 'echo') return user;
  if (system.includes('"points"')) {
    const indices = [...user.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]));
    const a = indices[0] ?? 0;
    const b = indices[1] ?? a;
    const points = [
      { en: '[model] The first key point of the article.', hi: '[मॉडल] लेख का पहला मुख्य बिंदु।', cites: [a] },
      { en: '[model] The second key point of the article.', hi: '[मॉडल] लेख का दूसरा मुख्य बिंदु।', cites: [b] },
      { en: '[model] How the two points fit together.', hi: '[मॉडल] दोनों बिंदु कैसे जुड़ते हैं।', cites: [a, b] },
    ];
    return `\`\`\`json\n${JSON.stringify({ points }, null, 2)}\n\`\`\``;
  }
  return '[model] pong';
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
  return [chunk({ role: 'assistant', content: '' }, null), ...pieces(content, pieceSize).map((p) => chunk({ content: p }, null)), chunk({}, 'stop'), 'data: [DONE]\n\n'].join('');
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
        return json(res, 429, { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': String(settings.retryAfter ?? 7) });
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
    readBody(req).then(
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
          return json(res, 200, { object: 'list', data: ['fake', ...CHAT_BEHAVIORS.map((b) => `fake-${b}`)].map((id) => ({ id, object: 'model', owned_by: 'kootniti-tests' })) });
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
    ).catch(() => res.destroy());
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
