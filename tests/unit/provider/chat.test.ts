/** chatCompletion against the fake OpenAI-compatible server: requests, answers, HTTP errors, deadlines, aborts. */
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { TranslationErrorCode } from '../../../utils/translate/errors';
import { chatCompletion } from '../../../utils/translate/provider/chat';
import { startChatServer, type ChatServer } from '../../support/chat-server';
import { fakeAnswer } from '../../support/fake-model';
import { configFor, failure, MESSAGES, SECRET } from './helpers';

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
