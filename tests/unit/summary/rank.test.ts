import { expect, test } from 'vitest';
import { salience, type RankInput } from '../../../engine/summary/rank';
import { tfidfVectors } from '../../../engine/summary/vectors';

function inputs(stemLists: string[][], words: number[]): { ranks: RankInput[]; title: RankInput['vector'] } {
  const vectors = tfidfVectors([...stemLists, []]);
  const title = vectors.pop() as RankInput['vector'];
  return { ranks: stemLists.map((stems, i) => ({ vector: vectors[i]!, stems, words: words[i]!, isHeading: false })), title };
}

test('of two sentences alike in content and place, the more informative (longer) one ranks higher', () => {
  const same = ['minist', 'talk', 'trade', 'energy'];
  // Sentences 1 and 2 share the same content words; only their length differs. Lead bonus is
  // equalised by putting a filler sentence first.
  const { ranks, title } = inputs([['weather'], same, same], [8, 10, 30]);
  const [, shorter, longer] = salience(ranks, title);
  expect(longer).toBeGreaterThan(shorter!);
});

test('headings and fragments are never salient', () => {
  const { ranks, title } = inputs(
    [
      ['a', 'b'],
      ['a', 'b', 'c'],
    ],
    [3, 12],
  );
  ranks[1]!.isHeading = true;
  const s = salience(ranks, title);
  expect(s[1]).toBe(0);
  expect(s[0]!).toBeLessThan(0.3);
});
