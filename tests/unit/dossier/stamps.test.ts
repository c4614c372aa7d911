/** The stamps record: packed and read back unchanged, and a broken one refused (then rebuilt from the entries). */
import { expect, test } from 'vitest';
import { isStamp, packStamps, parseStamps, type Stamp } from '../../../engine/dossier/stamps';

const stamps: Stamp[] = [
  { url: 'https://a.example/1', savedAt: 1000, date: 900 },
  { url: 'https://b.example/2', savedAt: 2000, date: -5 },
];

test('packed stamps read back as the same stamps, by address', () => {
  const record = packStamps(stamps);
  expect(record).toEqual({ v: 1, url: ['https://a.example/1', 'https://b.example/2'], savedAt: [1000, 2000], date: [900, -5] });
  expect([...(parseStamps(record) ?? []).values()]).toEqual(stamps);
  expect(parseStamps(packStamps([]))?.size).toBe(0);
});

test.each([
  ['missing', undefined],
  ['not an object', 'stamps'],
  ['another version', { ...packStamps(stamps), v: 2 }],
  ['lists of different lengths', { ...packStamps(stamps), date: [900] }],
  ['an address that is not a string', { ...packStamps(stamps), url: ['https://a.example/1', 7] }],
  ['a time that is not a number', { ...packStamps(stamps), savedAt: [1000, '2000'] }],
  ['a time that is not finite', { ...packStamps(stamps), date: [900, Number.NaN] }],
  ['a list that is not a list', { ...packStamps(stamps), url: { 0: 'https://a.example/1', length: 1 } }],
])('a stored record that is %s is refused', (_, value) => {
  expect(parseStamps(value)).toBeNull();
});

test.each([
  [stamps[0], true],
  [{ url: 'https://a.example/1', savedAt: 1 }, false],
  [{ url: 1, savedAt: 1, date: 1 }, false],
  [null, false],
])('a version 2 stamp %j is kept: %s', (value, kept) => {
  expect(isStamp(value)).toBe(kept);
});
