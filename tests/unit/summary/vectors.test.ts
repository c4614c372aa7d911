/** Sparse vectors over word ids: the same numbers as the plain definitions, summed in the same order. */
import { expect, test } from 'vitest';
import { graphCentrality, graphCentralityOfIds } from '../../../engine/summary/graph';
import { centroid, cosine, jaccard, termJaccard, tfidfOfIds, tfidfVectors } from '../../../engine/summary/vectors';

const docs = [
  ['trade', 'deal', 'trade', 'tariff'],
  ['deal', 'energy', 'oil'],
  ['oil', 'oil', 'price', 'trade'],
  [],
  ['energy', 'deal', 'tariff', 'price', 'gas'],
];

// The textbook forms, over maps, in first-occurrence order.
function plainTfidf(list: string[][]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const d of list) for (const s of new Set(d)) df.set(s, (df.get(s) ?? 0) + 1);
  return list.map((d) => {
    const tf = new Map<string, number>();
    for (const s of d) tf.set(s, (tf.get(s) ?? 0) + 1);
    return new Map([...tf].map(([s, f]) => [s, (1 + Math.log(f)) * Math.log(1 + list.length / (df.get(s) ?? 1))]));
  });
}

test('tfidfVectors gives each word its TF-IDF weight, in first-occurrence order', () => {
  const plain = plainTfidf(docs);
  tfidfVectors(docs).forEach((v, i) => {
    const expected = plain[i]!;
    expect(v.weights).toEqual([...expected.values()]);
    expect(v.norm).toBe(Math.sqrt([...expected.values()].reduce((sq, w) => sq + w * w, 0)));
    expect(v.terms).toEqual([...v.ids].sort((a, b) => a - b));
  });
});

test('tfidfOfIds over any numbering of the words gives the same vectors', () => {
  const ids = new Map([
    ['gas', 0],
    ['price', 1],
    ['oil', 2],
    ['energy', 3],
    ['tariff', 4],
    ['deal', 5],
    ['trade', 6],
  ]);
  const byIds = tfidfOfIds(
    docs.map((d) => d.map((w) => ids.get(w)!)),
    ids.size,
  );
  const byWords = tfidfVectors(docs);
  byIds.forEach((v, i) => {
    expect(v.weights).toEqual(byWords[i]!.weights);
    expect(v.norm).toBe(byWords[i]!.norm);
  });
  expect(cosine(byIds[0]!, byIds[2]!)).toBe(cosine(byWords[0]!, byWords[2]!));
});

test('cosine, centroid and Jaccard', () => {
  const v = tfidfVectors(docs);
  const plain = plainTfidf(docs);
  const dot = [...plain[0]!].reduce((sum, [w, x]) => sum + x * (plain[2]!.get(w) ?? 0), 0);
  expect(cosine(v[0]!, v[2]!)).toBe(dot / (v[0]!.norm * v[2]!.norm));
  expect(cosine(v[0]!, v[3]!)).toBe(0);
  const c = centroid(v);
  expect(c.ids.length).toBe(7);
  expect(cosine(v[1]!, c)).toBeGreaterThan(0);
  expect(termJaccard(v[0]!, v[2]!)).toBe(jaccard(docs[0]!, docs[2]!));
  expect(termJaccard(v[0]!, v[3]!)).toBe(0);
});

test('graph centrality over ids equals the same over sets of words', () => {
  const sets = docs.map((d) => new Set(d));
  const ids = new Map<string, number>();
  const asIds = sets.map((s) => [...s].map((w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1)).sort((a, b) => a - b));
  expect(graphCentralityOfIds(asIds)).toEqual(graphCentrality(sets));
});
