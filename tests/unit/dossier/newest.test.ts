/** The newest-entries record: kept right by adds and deletes, marked incomplete when a delete leaves a gap it cannot fill. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { DossierEntry } from '../../../engine/dossier/entry';
import {
  ALL_THREADS,
  addNewest,
  NEWEST,
  newestByThread,
  newestOf,
  parseNewest,
  parseStale,
  removeNewest,
  threadIdsOf,
  threadNewestKey,
} from '../../../engine/dossier/newest';

const entry = (i: number, date: number, savedAt = i) => ({ url: `https://n.example/${i}`, date, savedAt }) as DossierEntry;
const urls = (xs: readonly DossierEntry[]) => xs.map((e) => e.url);

test('a store of entries: the newest hundred by date, then by time saved', () => {
  const all = Array.from({ length: 150 }, (_, i) => entry(i, i % 7, i));
  const record = newestOf(all);
  expect(record.entries).toHaveLength(NEWEST);
  expect(record.complete).toBe(true);
  const sorted = [...all].sort((a, b) => b.date - a.date || b.savedAt - a.savedAt);
  expect(urls(record.entries)).toEqual(urls(sorted.slice(0, NEWEST)));
});

test('adds and deletes in any order keep a complete record equal to the store’s newest (bounded random runs)', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ add: fc.boolean(), id: fc.nat(160), date: fc.nat(20) }), { maxLength: 400 }), (ops) => {
      const store = new Map<string, DossierEntry>();
      const record = newestOf([]);
      for (const { add, id, date } of ops) {
        const e = entry(id, date, id);
        if (add) {
          if (store.has(e.url)) removeNewest(record, new Set([e.url]), store.size - 1);
          store.set(e.url, e);
          addNewest(record, e);
        } else if (store.delete(e.url)) removeNewest(record, new Set([e.url]), store.size);
        const truth = newestOf([...store.values()]);
        if (record.complete) expect(urls(record.entries)).toEqual(urls(truth.entries));
        else expect(record.entries.every((x) => store.has(x.url))).toBe(true);
      }
    }),
    { numRuns: 60 },
  );
});

test('a delete that leaves fewer than the store could fill marks it incomplete; one from a small store does not', () => {
  const big = newestOf(Array.from({ length: 120 }, (_, i) => entry(i, i)));
  removeNewest(big, new Set([big.entries[0]!.url]), 119);
  expect(big.complete).toBe(false);
  const small = newestOf([entry(1, 1), entry(2, 2)]);
  removeNewest(small, new Set(['https://n.example/1']), 1);
  expect(small).toEqual({ v: 1, entries: [entry(2, 2)], complete: true });
});

test.each([
  ['missing', undefined],
  ['another version', { v: 2, entries: [], complete: true }],
  ['entries that are not a list', { v: 1, entries: {}, complete: true }],
  ['an entry without a date', { v: 1, entries: [{ url: 'u', savedAt: 1 }], complete: true }],
  ['more entries than it keeps', { v: 1, entries: Array.from({ length: NEWEST + 1 }, (_, i) => entry(i, i)), complete: true }],
])('a stored record that is %s is refused', (_, value) => {
  expect(parseNewest(value)).toBeNull();
});

test('per thread: each thread its own newest entries; an entry in two threads is in both', () => {
  const a = { ...entry(1, 5), threadKeys: [['pair:India|Russia', 5, 1]] } as DossierEntry;
  const b = {
    ...entry(2, 7),
    threadKeys: [
      ['pair:India|Russia', 7, 2],
      ['group:BRICS', 7, 2],
    ],
  } as DossierEntry;
  const byThread = newestByThread([a, b]);
  expect([...byThread.keys()].sort()).toEqual(['group:BRICS', 'pair:India|Russia']);
  expect(urls(byThread.get('pair:India|Russia')!.entries)).toEqual([b.url, a.url]);
  expect(byThread.get('group:BRICS')).toEqual({ v: 1, entries: [b], complete: true });
  expect(threadIdsOf(b)).toEqual(['pair:India|Russia', 'group:BRICS']);
  expect(threadNewestKey('group:BRICS')).toBe('newest:group:BRICS');
});

test('the stale list: read back as stored; a damaged one makes every thread stale', () => {
  expect(parseStale(['pair:India|Russia'])).toEqual(new Set(['pair:India|Russia']));
  expect(parseStale([])).toEqual(new Set());
  for (const damaged of [undefined, 'x', [1], { 0: 'a' }]) expect(parseStale(damaged)).toEqual(new Set([ALL_THREADS]));
});
