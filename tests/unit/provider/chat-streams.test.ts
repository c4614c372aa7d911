/** chatCompletion reading answers from an injected fetch: SSE and JSON cut at any byte, malformed answers, retries. */
import { describe, expect, test } from 'vitest';
import { chatCompletion } from '../../../utils/translate/provider/chat';
import { byteSlices, configFor, failure, fetchAnswering, MESSAGES, sse } from './helpers';

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
