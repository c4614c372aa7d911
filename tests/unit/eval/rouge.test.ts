import { describe, expect, test } from 'vitest';
import { lcsLength, ngrams, rouge, rougeTokens } from '../../../scripts/eval/rouge';

describe('rougeTokens', () => {
  test.each([
    ['The Cat sat, (twice)!', ['the', 'cat', 'sat', 'twice']],
    // Matras, anusvara, nukta and virama stay in the word; the danda separates.
    ['हिंदी में पढ़ाई। अच्छा', ['हिंदी', 'में', 'पढ़ाई', 'अच्छा']],
    // Precomposed U+095B and ज + nukta are the same letter after NFC.
    ['\u095Bरूर', ['ज\u093Cरूर']],
    // A zero-width joiner inside a conjunct does not split the word.
    ['क्\u200Dष', ['क्ष']],
    ['2024 में G20', ['2024', 'में', 'g20']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(rougeTokens(text)).toEqual(expected);
  });

  test('nukta folding is opt-in', () => {
    expect(rougeTokens('ज़रूर फ़ैसला')).toEqual(['ज़रूर', 'फ़ैसला']);
    expect(rougeTokens('ज़रूर फ़ैसला', { foldNukta: true })).toEqual(['जरूर', 'फैसला']);
  });
});

test('ngrams counts repeats', () => {
  expect(Object.fromEntries(ngrams(['a', 'b', 'a', 'b'], 2))).toEqual({ 'a b': 2, 'b a': 1 });
  expect(ngrams(['a'], 2).size).toBe(0);
});

test.each([
  [['a', 'b', 'c', 'd'], ['b', 'd'], 2],
  [['c', 'b', 'a'], ['a', 'b', 'c'], 1],
  [['x', 'a', 'y', 'b'], ['a', 'b', 'z'], 2],
  [[], ['a'], 0],
])('lcsLength(%j, %j) = %d', (a, b, n) => {
  expect(lcsLength(a, b)).toBe(n);
});

// Hand-computed: [candidate, reference, R1 {p,r}, R2 {p,r}, RL {p,r}].
const cases: [string, string, [number, number], [number, number], [number, number]][] = [
  // 5 of 6 unigrams (the×2, cat, on, mat); bigrams: the cat, on the, the mat = 3 of 5; LCS "the cat on the mat" = 5.
  ['The cat sat on the mat.', 'the cat lay on the mat', [5 / 6, 5 / 6], [3 / 5, 3 / 5], [5 / 6, 5 / 6]],
  // Short candidate: everything it says is right, half the reference is covered.
  ['a b', 'a b c d', [1, 1 / 2], [1, 1 / 3], [1, 1 / 2]],
  // Same words, reversed order: unigrams all match, no bigram, LCS 1.
  ['c b a', 'a b c', [1, 1], [0, 0], [1 / 3, 1 / 3]],
  // Clipping: "the" counts once because the reference has it once.
  ['the the the', 'the cat', [1 / 3, 1 / 2], [0, 0], [1 / 3, 1 / 2]],
  // Hindi, two names swapped: 6/6 unigrams; bigrams "ने समझौता", "समझौता किया" = 2 of 5; LCS 4 of 6.
  ['भारत और जापान ने समझौता किया।', 'जापान और भारत ने समझौता किया।', [1, 1], [2 / 5, 2 / 5], [4 / 6, 4 / 6]],
  // No stemming: an inflected form is another token.
  ['किताबें पढ़ीं', 'किताब पढ़ी', [0, 0], [0, 0], [0, 0]],
  ['', 'something', [0, 0], [0, 0], [0, 0]],
];

test.each(cases)('rouge(%j, %j)', (cand, ref, r1, r2, rl) => {
  const s = rouge(cand, ref);
  const f = ([p, r]: [number, number]): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
  for (const [got, [p, r]] of [
    [s.rouge1, r1],
    [s.rouge2, r2],
    [s.rougeL, rl],
  ] as const) {
    expect(got.p).toBeCloseTo(p, 10);
    expect(got.r).toBeCloseTo(r, 10);
    expect(got.f).toBeCloseTo(f([p, r]), 10);
  }
});
