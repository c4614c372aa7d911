/** The retention rule: keep N days, keep N cards, both, or no limit. */
import { expect, test } from 'vitest';
import { expired, hasLimit } from '../../../engine/dossier/retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 2, 12);
/** Cards a, b, c, d saved 0, 10, 40 and 400 days ago; e saved at the same time as b. */
const saved = [
  { url: 'https://x.example/a', savedAt: NOW },
  { url: 'https://x.example/b', savedAt: NOW - 10 * DAY },
  { url: 'https://x.example/e', savedAt: NOW - 10 * DAY },
  { url: 'https://x.example/c', savedAt: NOW - 40 * DAY },
  { url: 'https://x.example/d', savedAt: NOW - 400 * DAY },
];
const names = (urls: string[]) => urls.map((u) => u.slice(-1)).sort();

test.each([
  [{ keepDays: 0, keepCards: 0 }, []],
  [{ keepDays: 30, keepCards: 0 }, ['c', 'd']],
  [{ keepDays: 365, keepCards: 0 }, ['d']],
  [{ keepDays: 10, keepCards: 0 }, ['c', 'd']], // exactly 10 days old is kept
  [{ keepDays: 0, keepCards: 2 }, ['c', 'd', 'e']], // b and e tie: the address decides
  [{ keepDays: 0, keepCards: 5 }, []],
  [{ keepDays: 0, keepCards: 9 }, []],
  [{ keepDays: 365, keepCards: 3 }, ['c', 'd']],
  [{ keepDays: 5, keepCards: 3 }, ['b', 'c', 'd', 'e']],
])('%j lets go of %j', (rule, gone) => {
  expect(names(expired(saved, rule, NOW))).toEqual(gone);
  expect(hasLimit(rule)).toBe(rule.keepDays > 0 || rule.keepCards > 0);
});

test('the order of the input does not change the answer', () => {
  const rule = { keepDays: 0, keepCards: 2 };
  expect(names(expired([...saved].reverse(), rule, NOW))).toEqual(names(expired(saved, rule, NOW)));
});
