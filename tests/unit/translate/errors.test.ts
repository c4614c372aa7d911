// @vitest-environment node
/** The one TranslationError and the one toTranslationError every tier uses. */
import { describe, expect, test } from 'vitest';
import { TimeoutError } from '../../../utils/deadline';
import { abortedError, toTranslationError, TranslationError } from '../../../utils/translate/errors';

describe('toTranslationError', () => {
  test.each([
    ['QuotaExceededError', 'quota'],
    ['NotAllowedError', 'not-allowed'],
    ['NotSupportedError', 'unsupported'],
    ['AbortError', 'aborted'],
    ['TimeoutError', 'timeout'],
    ['InvalidStateError', 'failed'],
    ['OperationError', 'failed'],
    ['constructor', 'failed'],
  ])('DOMException %s → %s', (name, code) => {
    const error = toTranslationError(new DOMException('x', name));
    expect(error).toBeInstanceOf(TranslationError);
    expect(error.code).toBe(code);
    expect(error.message).toContain(name);
  });

  test('a deadline TimeoutError → timeout, saying what ran out; TypeError and strings → failed; TranslationError kept', () => {
    expect(toTranslationError(new TimeoutError(5))).toMatchObject({ code: 'timeout', message: 'No answer within 5 ms' });
    expect(toTranslationError(new TimeoutError(5, 'x went silent for 5 ms')).message).toBe('x went silent for 5 ms');
    expect(toTranslationError(new TypeError('bad')).code).toBe('failed');
    expect(toTranslationError('weird').code).toBe('failed');
    expect(toTranslationError(null).code).toBe('failed');
    const own = new TranslationError('rate-limited', 'x');
    expect(toTranslationError(own)).toBe(own);
  });

  describe('for a request to a server (context.host)', () => {
    test.each<[string, unknown, string, string]>([
      ['fetch failing', new TypeError('Failed to fetch'), 'network', 'Could not reach localhost:11434'],
      [
        'fetch failing with a cause',
        Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
        'network',
        'Could not reach localhost:11434 (ECONNREFUSED)',
      ],
      ['an abort', new DOMException('The user aborted a request.', 'AbortError'), 'aborted', 'Cancelled'],
      [
        'a deadline',
        new TimeoutError(200, 'No complete answer from localhost:11434 within 200 ms'),
        'timeout',
        'No complete answer from localhost:11434 within 200 ms',
      ],
      ['anything else, by name only', new RangeError('sk-secret-key-0123456789'), 'failed', 'The request failed: RangeError'],
    ])('%s', (_, error, code, message) => {
      expect(toTranslationError(error, { host: 'localhost:11434' })).toMatchObject({ code, message });
    });
  });
});

describe('abortedError', () => {
  const aborted = (reason?: unknown) => {
    const controller = new AbortController();
    controller.abort(reason);
    return controller.signal;
  };
  test.each<[string, AbortSignal, string | undefined, string, string]>([
    ['a plain abort', aborted(), 'Translator.create', 'aborted', 'Translator.create: aborted'],
    [
      'AbortSignal.timeout()',
      aborted(new DOMException('The operation timed out.', 'TimeoutError')),
      'Translator.create',
      'timeout',
      'Translator.create: timed out',
    ],
    ['a deadline', aborted(new TimeoutError(10)), 'translateLines', 'timeout', 'translateLines: timed out'],
    ['a plain abort, unnamed', aborted('closing'), undefined, 'aborted', 'Cancelled'],
  ])('%s', (_, signal, what, code, message) => {
    expect(abortedError(signal, what)).toMatchObject({ code, message });
  });
});
