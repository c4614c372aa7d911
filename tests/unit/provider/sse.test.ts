import { describe, expect, test } from 'vitest';
import { createSseParser } from '../../../utils/translate/provider/sse';

/** Feeds `text` cut at every position in `cuts`; returns every event's data. */
function parse(text: string, size: number): string[] {
  const parser = createSseParser();
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
  out.push(...parser.end());
  return out;
}

const STREAM = [
  ': keep-alive comment',
  'event: message',
  'id: 1',
  'data: {"a":"भारत"}',
  '',
  'data:{"b":2}',
  '',
  'data: first',
  'data: second',
  '',
  'retry: 100',
  'data: [DONE]',
  '',
  '',
].join('\n');

describe('createSseParser', () => {
  test.each([1, 2, 3, 7, 1000])('gives the same events for pieces of %i characters', (size) => {
    expect(parse(STREAM, size)).toEqual(['{"a":"भारत"}', '{"b":2}', 'first\nsecond', '[DONE]']);
  });

  test.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('understands %s line ends, even split between pieces', (_, eol) => {
    const text = STREAM.split('\n').join(eol);
    for (const size of [1, 2, 5]) expect(parse(text, size)).toEqual(['{"a":"भारत"}', '{"b":2}', 'first\nsecond', '[DONE]']);
  });

  test('an event without its closing blank line comes out at the end', () => {
    const parser = createSseParser();
    expect(parser.push('data: {"x":1}')).toEqual([]);
    expect(parser.end()).toEqual(['{"x":1}']);
  });

  test('only one space after the colon is dropped', () => {
    expect(parse('data:   x\n\n', 100)).toEqual(['  x']);
  });
});
