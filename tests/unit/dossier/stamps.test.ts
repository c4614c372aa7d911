/** The stamps record: packed and read back unchanged, and a broken one refused (then rebuilt from the packs). */
import { expect, test } from 'vitest';
import { packStamps, parseStamps, type Stamp } from '../../../engine/dossier/stamps';

const stamps: Stamp[] = [
  { url: 'https://a.example/1', savedAt: 1000, date: 900, pack: 0 },
  { url: 'https://b.example/2', savedAt: 2000, date: -5, pack: 3 },
];

test('packed stamps read back as the same stamps, by address, with the next pack key', () => {
  const record = packStamps(stamps, 4);
  expect(record).toEqual({ v: 2, url: ['https://a.example/1', 'https://b.example/2'], savedAt: [1000, 2000], date: [900, -5], pack: [0, 3], next: 4 });
  const read = parseStamps(record);
  expect([...(read?.byUrl.values() ?? [])]).toEqual(stamps);
  expect(read?.next).toBe(4);
  expect(parseStamps(packStamps([], 0))).toEqual({ byUrl: new Map(), next: 0 });
});

test.each([
  ['missing', undefined],
  ['not an object', 'stamps'],
  ['version 1 (no packs)', { v: 1, url: [], savedAt: [], date: [] }],
  ['lists of different lengths', { ...packStamps(stamps, 4), date: [900] }],
  ['an address that is not a string', { ...packStamps(stamps, 4), url: ['https://a.example/1', 7] }],
  ['a time that is not a number', { ...packStamps(stamps, 4), savedAt: [1000, '2000'] }],
  ['a time that is not finite', { ...packStamps(stamps, 4), date: [900, Number.NaN] }],
  ['a list that is not a list', { ...packStamps(stamps, 4), url: { 0: 'https://a.example/1', length: 1 } }],
  ['a pack key that is not a whole number', { ...packStamps(stamps, 4), pack: [0, 1.5] }],
  ['a pack key at or past the next one', { ...packStamps(stamps, 3) }],
  ['a next key that is negative', { ...packStamps([], 0), next: -1 }],
])('a stored record that is %s is refused', (_, value) => {
  expect(parseStamps(value)).toBeNull();
});
