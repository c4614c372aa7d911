import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { TranslationError, type TranslationErrorCode } from '../../../utils/translate/errors';
import { chatCompletion, type ChatMessage } from '../../../utils/translate/provider/chat';
import { httpError, retryAfterSeconds } from '../../../utils/translate/provider/http-errors';
import { startChatServer, type ChatServer } from '../../support/chat-server';
import { fakeAnswer } from '../../support/fake-model';
import { byteSlices, configFor, fetchAnswering, SECRET, sse } from './helpers';

const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You translate sentences ... from Hindi to English.' },
  { role: 'user', content: 'Translate these 2 lines from Hindi to English:\n1. भारत और चीन ने २०२४ में बात की।\n2. प्रधानमंत्री ने कहा।' },
];
const EXPECTED = fakeAnswer({ messages: MESSAGES });

let server: ChatServer;
beforeAll(async () => {
  server = await startChatServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.setBehavior('ok');
  server.requests.length = 0;
});

/** The TranslationError a promise rejects with. */
async function failure(p: Promise<unknown>): Promise<TranslationError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TranslationError);
    return e as TranslationError;
  }
  throw new Error('expected a rejection');
}

describe('against the fake server', () => {
  test('streams: deltas arrive in pieces and add up to the answer', async () => {
    const deltas: string[] = [];
    const text = await chatCompletion({ config: configFor(server.url), messages: MESSAGES, stream: true, onDelta: (d) => deltas.push(d) });
    expect(text).toBe(EXPECTED);
    expect(text).toContain('[model hi→en]');
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(EXPECTED);
  });

  test('sends model, messages, stream and temperature 0, with the key as a bearer token', async () => {
    await chatCompletion({ config: configFor(server.url, 'my-model'), messages: MESSAGES, stream: true });
    const [req] = server.requests;
    expect(req?.path).toBe('/v1/chat/completions');
    expect(req?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.body).toEqual({ model: 'my-model', messages: MESSAGES, stream: true, temperature: 0 });
  });

  test('sends no Authorization header when the key is empty', async () => {
    await chatCompletion({ config: configFor(server.url, 'fake', ''), messages: MESSAGES, stream: false });
    expect(server.requests[0]?.headers).not.toHaveProperty('authorization');
  });

  test('without streaming, reads the JSON answer', async () => {
    const deltas: string[] = [];
    expect(await chatCompletion({ config: configFor(server.url), messages: MESSAGES, stream: false, onDelta: (d) => deltas.push(d) })).toBe(EXPECTED);
    expect(deltas).toEqual([EXPECTED]);
  });

  test('a server answering JSON to a stream request is understood', async () => {
    const deltas: string[] = [];
    const text = await chatCompletion({ config: configFor(server.url, 'fake-no-stream'), messages: MESSAGES, stream: true, onDelta: (d) => deltas.push(d) });
    expect(text).toBe(EXPECTED);
    expect(deltas).toEqual([EXPECTED]);
  });

  test.each<[string, boolean, TranslationErrorCode, number | undefined, RegExp]>([
    ['fake-401', true, 'unauthorized', 401, /refused the API key \(HTTP 401\): Incorrect API key provided/],
    ['fake-403', false, 'unauthorized', 403, /HTTP 403/],
    ['fake-429', true, 'rate-limited', 429, /HTTP 429.*retry after 7 s.*Rate limit reached/],
    ['fake-500', false, 'failed', 500, /HTTP 500: The fake model fell over/],
    ['fake-bad-json', true, 'bad-response', undefined, /does not parse/],
    ['fake-bad-json', false, 'bad-response', undefined, /does not parse/],
    ['fake-huge', true, 'bad-response', undefined, /larger than 256 KB/],
    ['fake-huge', false, 'bad-response', undefined, /larger than 256 KB/],
  ])('%s (stream %s) → %s', async (model, stream, code, status, message) => {
    const e = await failure(chatCompletion({ config: configFor(server.url, model), messages: MESSAGES, stream }));
    expect(e.code).toBe(code);
    expect(e.status).toBe(status);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain(SECRET);
  });

  test('the server-wide behaviour applies to models not named fake-*', async () => {
    server.setBehavior('401');
    const e = await failure(chatCompletion({ config: configFor(server.url, 'gpt-4o'), messages: MESSAGES, stream: true }));
    expect(e.code).toBe('unauthorized');
    expect(e.message).not.toContain(SECRET);
    expect(e.message).toContain('[key]');
  });

  test('403 without a key is the server refusing the caller (Ollama and extension origins)', async () => {
    const e = await failure(chatCompletion({ config: configFor(server.url, 'fake-403', ''), messages: MESSAGES, stream: true }));
    expect(e.code).toBe('not-allowed');
    expect(e.message).toMatch(/browser extensions/);
  });

  test('a wrong path is a failure with its status', async () => {
    const e = await failure(chatCompletion({ config: configFor(`${server.origin}/nope`), messages: MESSAGES, stream: true }));
    expect([e.code, e.status]).toEqual(['failed', 404]);
  });

  test('a server that never answers hits the total deadline', async () => {
    const started = Date.now();
    const e = await failure(chatCompletion({ config: configFor(server.url, 'fake-hang'), messages: MESSAGES, stream: true, timeoutMs: 200 }));
    expect(e.code).toBe('timeout');
    expect(e.message).toMatch(/within 200 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a stream that goes silent hits the idle deadline', async () => {
    const deltas: string[] = [];
    const e = await failure(
      chatCompletion({
        config: configFor(server.url, 'fake-stall'),
        messages: MESSAGES,
        stream: true,
        idleTimeoutMs: 200,
        timeoutMs: 10_000,
        onDelta: (d) => deltas.push(d),
      }),
    );
    expect(e.code).toBe('timeout');
    expect(e.message).toMatch(/silent for 200 ms/);
    expect(deltas.length).toBeGreaterThan(0);
  });

  test('a slow but steady stream is not cut by the idle deadline', async () => {
    server.setBehavior('slow', { chunkDelayMs: 5 });
    const text = await chatCompletion({ config: configFor(server.url, 'fake'), messages: MESSAGES, stream: true, idleTimeoutMs: 300 });
    expect(text).toBe(EXPECTED);
    server.setBehavior('ok', { chunkDelayMs: undefined });
  });

  test('aborting cancels a pending request', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const e = await failure(chatCompletion({ config: configFor(server.url, 'fake-hang'), messages: MESSAGES, stream: true, signal: controller.signal }));
    expect(e.code).toBe('aborted');
  });

  test('aborting mid-stream stops reading', async () => {
    const controller = new AbortController();
    const e = await failure(
      chatCompletion({
        config: configFor(server.url, 'fake-stall'),
        messages: MESSAGES,
        stream: true,
        signal: controller.signal,
        onDelta: () => controller.abort(),
      }),
    );
    expect(e.code).toBe('aborted');
  });

  test('an already aborted signal sends nothing', async () => {
    const e = await failure(chatCompletion({ config: configFor(server.url), messages: MESSAGES, stream: true, signal: AbortSignal.abort() }));
    expect(e.code).toBe('aborted');
    expect(server.requests).toHaveLength(0);
  });

  test('a server that is not there is a network error naming the host only', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    const e = await failure(chatCompletion({ config: configFor(`http://127.0.0.1:${port}/v1`), messages: MESSAGES, stream: true }));
    expect(e.code).toBe('network');
    expect(e.message).toContain(`127.0.0.1:${port}`);
    expect(e.message).not.toContain(SECRET);
  });
});

describe('streams cut anywhere (injected fetch)', () => {
  const pieces = ['1. भारत', ' और चीन ने ', '२०२४ में', '\n2. बात की।'];
  const SSE_HEADERS = { headers: { 'content-type': 'text/event-stream' } };

  test.each([1, 2, 3, 5, 64])('byte slices of %i, LF line ends', async (size) => {
    const fetch = fetchAnswering(byteSlices(sse(pieces), size), SSE_HEADERS);
    const deltas: string[] = [];
    expect(await chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch, onDelta: (d) => deltas.push(d) })).toBe(pieces.join(''));
    expect(deltas).toEqual(pieces);
  });

  test.each([1, 2, 7])('byte slices of %i, CRLF line ends', async (size) => {
    const fetch = fetchAnswering(byteSlices(sse(pieces, '\r\n'), size), SSE_HEADERS);
    expect(await chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch })).toBe(pieces.join(''));
  });

  test('stops at [DONE], ignoring what follows', async () => {
    const fetch = fetchAnswering(`${sse(['a'])}data: not json\n\n`, SSE_HEADERS);
    expect(await chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch })).toBe('a');
  });

  test('a stream that ends without [DONE] still counts', async () => {
    const fetch = fetchAnswering(sse(['a', 'b']).replace('data: [DONE]\n\n', ''), SSE_HEADERS);
    expect(await chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch })).toBe('ab');
  });

  test('several JSON data lines in one event are read one by one', async () => {
    const fetch = fetchAnswering('data: {"choices":[{"delta":{"content":"a"}}]}\ndata: {"choices":[{"delta":{"content":"b"}}]}\n\n', SSE_HEADERS);
    expect(await chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch })).toBe('ab');
  });

  test('without a content type, the first character tells SSE from JSON', async () => {
    const asSse = fetchAnswering(sse(['x']));
    const asJson = fetchAnswering('  {"choices":[{"message":{"content":"y"}}]}');
    expect(await chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch: asSse })).toBe('x');
    expect(await chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch: asJson })).toBe('y');
  });

  test.each([
    ['a stream with no choices at all', 'bad-response', 'data: {"id":"x"}\n\ndata: [DONE]\n\n', SSE_HEADERS],
    ['an empty stream', 'bad-response', '', SSE_HEADERS],
    ['a stream of non-objects', 'bad-response', 'data: 42\n\n', SSE_HEADERS],
    ['JSON without choices', 'bad-response', '{"id":"x"}', { headers: { 'content-type': 'application/json' } }],
    ['JSON with a null content', 'bad-response', '{"choices":[{"message":{"content":null}}]}', { headers: { 'content-type': 'application/json' } }],
    ['an error object mid-stream', 'failed', `${sse(['a']).replace('data: [DONE]\n\n', '')}data: {"error":{"message":"model crashed"}}\n\n`, SSE_HEADERS],
    ['an error object as the JSON answer', 'failed', '{"error":{"message":"model not loaded"}}', { headers: { 'content-type': 'application/json' } }],
  ] as const)('%s → %s', async (_, code, body, init) => {
    const e = await failure(chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch: fetchAnswering(body, init) }));
    expect(e.code).toBe(code);
  });

  test('an injected fetch that ignores the signal is still cut off by the deadline', async () => {
    const fetch = (): Promise<Response> => new Promise(() => {});
    const e = await failure(chatCompletion({ config: configFor(), messages: MESSAGES, stream: true, fetch, timeoutMs: 50 }));
    expect(e.code).toBe('timeout');
  });

  test('an error thrown by onDelta comes back unchanged', async () => {
    const bug = new RangeError('card bug');
    const fetch = fetchAnswering(sse(['a', 'b']), SSE_HEADERS);
    await expect(
      chatCompletion({
        config: configFor(),
        messages: MESSAGES,
        stream: true,
        fetch,
        onDelta: () => {
          throw bug;
        },
      }),
    ).rejects.toBe(bug);
  });

  test('a model refusing temperature 0 is asked again without it', async () => {
    const bodies: unknown[] = [];
    const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      bodies.push(body);
      if ('temperature' in body) {
        return new Response(JSON.stringify({ error: { message: "Unsupported value: 'temperature' does not support 0 with this model." } }), { status: 400 });
      }
      return new Response(JSON.stringify({ choices: [{ message: { content: 'ok' } }] }), { headers: { 'content-type': 'application/json' } });
    };
    expect(await chatCompletion({ config: configFor(), messages: MESSAGES, stream: false, fetch })).toBe('ok');
    expect(bodies).toHaveLength(2);
  });
});

describe('httpError', () => {
  test('context length is a quota error', () => {
    const body = JSON.stringify({ error: { message: "This model's maximum context length is 8192 tokens.", code: 'context_length_exceeded' } });
    expect(httpError(400, body, null, '').code).toBe('quota');
  });

  test('the key is redacted wherever the server repeats it, and the detail is capped', () => {
    const body = JSON.stringify({ error: { message: `bad key ${SECRET} ${'x'.repeat(1000)}` } });
    const e = httpError(500, body, null, SECRET);
    expect(e.message).not.toContain(SECRET);
    expect(e.message.length).toBeLessThan(400);
  });

  test('keys the server half-masks are redacted too', () => {
    expect(
      httpError(401, JSON.stringify({ error: { message: 'Incorrect API key provided: sk-proj-abcdefghijkl***wxyz.' } }), null, 'other').message,
    ).not.toMatch(/abcdefghijkl/);
  });

  test('a non-JSON error body is not quoted', () => {
    expect(httpError(502, '<html>Bad gateway</html>', null, '').message).toBe('The server answered HTTP 502');
  });

  test('Ollama-style string errors are read', () => {
    expect(httpError(404, '{"error":"model \\"llama9\\" not found"}', null, '').message).toContain('model "llama9" not found');
  });
});

test.each([
  ['7', 7],
  ['  30 ', 30],
  ['Wed, 21 Oct 2015 07:28:10 GMT', 10],
  ['soon', null],
  [null, null],
])('retryAfterSeconds(%s) → %s', (header, seconds) => {
  expect(retryAfterSeconds(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(seconds);
});
