import { expect, test } from 'vitest';
import { leadK, overlapSimilarity, textRank, weightedPageRank } from '../../../scripts/eval/baselines';
import type { Sentence } from '../../../engine/types';

function sentences(texts: (string | [string, 'h'])[]): Sentence[] {
  return texts.map((t, index) => {
    const text = typeof t === 'string' ? t : t[0];
    return { index, text, block: index, start: 0, end: text.length, isHeading: typeof t !== 'string' };
  });
}

test('leadK skips headings', () => {
  expect(leadK(sentences([['Heading', 'h'], 'One.', 'Two.', ['Sub', 'h'], 'Three.', 'Four.']), 3)).toEqual([1, 2, 4]);
});

test.each([
  [['a', 'b', 'c'], ['b', 'c', 'd', 'e'], 2 / Math.log(12)],
  [['a'], ['a'], 0],
  [['a', 'b'], ['c', 'd'], 0],
])('overlapSimilarity(%j, %j)', (a, b, expected) => {
  expect(overlapSimilarity(new Set(a), new Set(b))).toBeCloseTo(expected, 10);
});

test('weightedPageRank: a hub and two leaves (solved by hand)', () => {
  // h = 0.15 + 0.85·2l and l = 0.15 + 0.85·h/2  →  h = 0.405 / 0.2775, l = 0.15 + 0.425h.
  const [h, l1, l2] = weightedPageRank(
    [
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 0],
    ],
    0.85,
    1e-12,
    1000,
  );
  expect(h).toBeCloseTo(0.405 / 0.2775, 8);
  expect(l1).toBeCloseTo(0.15 + 0.425 * (0.405 / 0.2775), 8);
  expect(l2).toBeCloseTo(l1 as number, 12);
});

test('textRank picks the best-connected body sentences, in article order', () => {
  // Word sets: s0 {alpha beta}, s1 {alpha beta gamma}, s3 {alpha beta gamma zeta}; s4 shares nothing.
  // Weighted degrees: s1 2/ln6 + 3/ln12 ≈ 2.32 > s3 2/ln8 + 3/ln12 ≈ 2.17 > s0 2/ln6 + 2/ln8 ≈ 2.08 > s4 0.
  const s = sentences(['Alpha beta.', 'Alpha, beta gamma.', ['Alpha beta gamma zeta', 'h'], 'Alpha gamma beta zeta.', 'Delta epsilon.']);
  expect(textRank(s, 1)).toEqual([1]);
  expect(textRank(s, 2)).toEqual([1, 3]);
  expect(textRank(s, 3)).toEqual([0, 1, 3]);
  expect(textRank(s, 9)).toEqual([0, 1, 3, 4]);
});
