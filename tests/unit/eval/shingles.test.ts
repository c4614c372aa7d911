import { describe, expect, test } from 'vitest';
import { aggregateShingles, benchmarkTokens, exactMatch, pageF1, precisionScore, recallScore, shingleCounts, shingles } from '../../../scripts/eval/shingles';
import { normalizeSpace, scoreSnippets, totalSnippets } from '../../../scripts/eval/snippets';

describe('benchmarkTokens (Python \\w+)', () => {
  test.each([
    ['Ports reopen, says_minister 42 times!', ['Ports', 'reopen', 'says_minister', '42', 'times']],
    // Combining marks are not \w in Python: a Devanagari word splits at its matras and viramas.
    ['किताब', ['क', 'त', 'ब']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(benchmarkTokens(text)).toEqual(expected);
  });
});

describe('shingles', () => {
  test.each([
    [['a', 'b', 'c', 'd', 'e'], { 'a\u0001b\u0001c\u0001d': 1, 'b\u0001c\u0001d\u0001e': 1 }],
    [['a', 'b'], { 'a\u0001b': 1 }],
    [['x', 'y', 'x', 'y', 'x', 'y', 'x'], { 'x\u0001y\u0001x\u0001y': 2, 'y\u0001x\u0001y\u0001x': 2 }],
    [[], {}],
  ])('%j', (tokens, expected) => {
    expect(Object.fromEntries(shingles(tokens))).toEqual(expected);
  });
});

describe('shingleCounts, precision and recall (normalised per page)', () => {
  test.each([
    // truth {abcd, bcde}, prediction {abcd}: tp 1, fn 1 → halves.
    ['a b c d e', 'a b c d', { tp: 0.5, fp: 0, fn: 0.5 }, 1, 0.5],
    // prediction adds one shingle: truth {abcd}, pred {abcd, bcdz}.
    ['a b c d', 'a b c d z', { tp: 0.5, fp: 0.5, fn: 0 }, 0.5, 1],
    // five truth shingles, one of them twice (xyzw); the prediction has one xyzw.
    ['x y z w x y z w', 'x y z w', { tp: 0.2, fp: 0, fn: 0.8 }, 1, 0.2],
    ['a b c d', '', { tp: 0, fp: 0, fn: 1 }, 0, 0],
    ['', '', { tp: 0, fp: 0, fn: 0 }, 1, 1],
    ['One, two; three four.', 'one two three four', { tp: 0, fp: 0.5, fn: 0.5 }, 0, 0],
  ])('%j vs %j', (truth, pred, counts, p, r) => {
    const c = shingleCounts(truth, pred);
    expect(c.tp).toBeCloseTo(counts.tp, 10);
    expect(c.fp).toBeCloseTo(counts.fp, 10);
    expect(c.fn).toBeCloseTo(counts.fn, 10);
    expect(precisionScore(c)).toBeCloseTo(p, 10);
    expect(recallScore(c)).toBeCloseTo(r, 10);
  });
});

test('aggregateShingles: means over eligible pages, then F1 of the means', () => {
  const half = shingleCounts('a b c d e', 'a b c d'); // P 1, R 0.5
  const empty = shingleCounts('a b c d', ''); // no prediction: recall only
  const nothing = shingleCounts('', ''); // neither mean
  const s = aggregateShingles([half, empty, nothing]);
  expect(s.precision).toBeCloseTo(1, 10);
  expect(s.recall).toBeCloseTo(0.25, 10);
  expect(s.f1).toBeCloseTo(0.4, 10); // not the mean of page F1s, (2/3 + 0) / 2
  expect(pageF1(half)).toBeCloseTo(2 / 3, 10);
  expect(aggregateShingles([])).toEqual({ precision: 0, recall: 0, f1: 0 });
});

test.each([
  ['Talks end. Deal signed!', 'Talks end Deal signed', true],
  ['Talks end', 'talks end', false],
  ['Talks end', 'Talks end now', false],
])('exactMatch(%j, %j) = %s', (a, b, expected) => {
  expect(exactMatch(a, b)).toBe(expected);
});

describe('snippets', () => {
  const text = 'Grain exports resumed on Monday.\nOfficials  declined\u00a0to comment.';
  test.each([
    [['exports resumed', 'Monday. Officials declined to'], ['Sign up now'], { withFound: 2, withoutAbsent: 1, perfect: true }],
    [['grain exports'], [], { withFound: 0, withoutAbsent: 0, perfect: false }],
    [['exports'], ['declined to comment'], { withFound: 1, withoutAbsent: 0, perfect: false }],
  ])('%j / %j', (withS, withoutS, expected) => {
    expect(scoreSnippets(text, withS, withoutS)).toMatchObject(expected);
  });

  test('an empty extraction misses every with and keeps out every without', () => {
    expect(scoreSnippets('', ['a b'], ['c'])).toMatchObject({ withFound: 0, withoutAbsent: 1, perfect: false });
  });

  test('totals follow comparison.py bulk counts', () => {
    const t = totalSnippets([scoreSnippets(text, ['Grain', 'absent phrase'], ['Monday']), scoreSnippets(text, ['comment'], ['Subscribe'])]);
    // tp 2, fn 1, fp 1, tn 1
    expect(t).toMatchObject({ pages: 2, perfectShare: 0.5, withFoundShare: 2 / 3, withoutAbsentShare: 0.5, precision: 2 / 3, recall: 2 / 3 });
    expect(t.f1).toBeCloseTo(2 / 3, 10);
    expect(normalizeSpace(' a \n\t b\u00a0c ')).toBe('a b c');
  });
});
