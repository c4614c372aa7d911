/** Sentence similarity and the informativeness prior of the overview ranking. */
import { describe, expect, test } from 'vitest';
import { graphCentrality } from '../../../engine/summary/graph';
import { LENGTH_PRIOR, salience, type RankInput } from '../../../engine/summary/rank';
import { contentStems, tfidfVectors } from '../../../engine/summary/vectors';
import { stem } from '../../../engine/text/stem';
import { words } from '../../../engine/text/tokenize';

const content = (text: string): string[] => {
  const norms = words(text);
  return contentStems(norms, norms.map(stem));
};

describe('Hindi function words stay out of sentence similarity', () => {
  test.each([
    ['उसके राज्य में शांति थी।', ['राज्य', 'शांत']],
    ['इसका कारण यह है कि वे सब कुछ जानते हैं।', ['कारण', 'जान']],
    ['मेरा पहला काम पूरा हो गया है।', ['पहल', 'काम', 'पूर']],
  ])('%s', (text, expected) => {
    expect(content(text)).toEqual(expected);
  });

  test('two Hindi sentences that share only grammar are not linked in the graph', () => {
    const a = new Set(content('उसके पिता गांव में रहते थे।'));
    const b = new Set(content('उसके भाई शहर में रहते थे।'));
    const c = new Set(content('पिता ने गांव छोड़ दिया।'));
    const [, scoreB] = graphCentrality([a, b, c]);
    expect(scoreB).toBeCloseTo(0.15, 5); // 1 − d: no edges
  });
});

describe('informativeness prior', () => {
  const ranks = (lengths: number[]): { r: RankInput[]; title: RankInput['vector'] } => {
    const stems = lengths.map(() => ['minist', 'talk', 'trade']);
    const vectors = tfidfVectors([['weather'], ...stems, []]);
    const title = vectors.pop() as RankInput['vector'];
    const r: RankInput[] = [{ vector: vectors[0]!, stems: ['weather'], words: 10, isHeading: false }];
    lengths.forEach((w, i) => r.push({ vector: vectors[i + 1]!, stems: stems[i]!, words: w, isHeading: false }));
    return { r, title };
  };

  test('the exponent and cap are the cross-validated values documented in QUALITY.md', () => {
    expect(LENGTH_PRIOR).toEqual({ exponent: 0.75, cap: 3 });
  });

  test('with no prior, the earlier of two equal sentences wins on lead; the prior turns that round', () => {
    const { r, title } = ranks([12, 36]);
    const flat = salience(r, title, { exponent: 0, cap: 1 });
    expect(flat[1]!).toBeGreaterThan(flat[2]!);
  });

  test('between sentences alike in content, the longer is preferred more than in proportion to the lead bonus', () => {
    // The longer sentence comes second, so it loses on lead and must win on informativeness.
    const { r, title } = ranks([12, 36]);
    const [, shorter, longer] = salience(r, title);
    expect(longer!).toBeGreaterThan(shorter!);
  });

  test('a sentence past the summarisable length is still damped, however long', () => {
    const { r, title } = ranks([20, 120]);
    const [, ok, tooLong] = salience(r, title);
    expect(tooLong!).toBeLessThan(ok!);
  });
});
