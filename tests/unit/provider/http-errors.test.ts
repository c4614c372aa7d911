/** httpError (an HTTP error answer → TranslationError, key redacted) and retryAfterSeconds. */
import { describe, expect, test } from 'vitest';
import { httpError, retryAfterSeconds } from '../../../utils/translate/provider/http-errors';
import { SECRET } from './helpers';

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
