// @vitest-environment node
/** Schemas that repair stored values: drop what is wrong, keep the rest. */
import * as v from 'valibot';
import { expect, test } from 'vitest';
import { lenientArray, lenientObject, lenientRecord } from '../../utils/lenient';

const Word = v.pipe(v.string(), v.trim(), v.minLength(1));

test.each<[unknown, unknown]>([
  [
    ['a', ' b ', '', 3, null, 'c'],
    ['a', 'b', 'c'],
  ],
  [[], []],
])('lenientArray keeps the items that pass: %j → %j', (input, output) => {
  expect(v.parse(lenientArray(Word), input)).toEqual(output);
});

test.each([['not a list'], [{ 0: 'a' }], [null]])('lenientArray refuses a non-array (%j)', (input) => {
  expect(v.safeParse(lenientArray(Word), input).success).toBe(false);
});

test('lenientRecord keeps the entries whose key and value pass', () => {
  const schema = lenientRecord(v.picklist(['a', 'b']), v.number());
  expect(v.parse(schema, { a: 1, b: 'two', c: 3 })).toEqual({ a: 1 });
  expect(v.safeParse(schema, 'a').success).toBe(false);
});

test('lenientObject: each field falls back on its own, and a non-object reads as all defaults', () => {
  const schema = lenientObject({ n: v.fallback(v.number(), 1), s: v.fallback(v.string(), 'x'), list: v.fallback(lenientArray(Word), () => []) });
  expect(v.parse(schema, { n: 5, s: 7, list: ['a', 7], extra: true })).toEqual({ n: 5, s: 'x', list: ['a'] });
  expect(v.parse(schema, 'garbage')).toEqual({ n: 1, s: 'x', list: [] });
  // Fresh defaults every time: a caller may change what it got.
  const a = v.parse(schema, null);
  a.list.push('changed');
  expect(v.parse(schema, null).list).toEqual([]);
});
