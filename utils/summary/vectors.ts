/** Sparse TF-IDF sentence vectors and centroid centrality: linear in the article's length. */
import { STOPWORDS } from '../text/stopwords';
import { SIMILARITY_STOPWORDS } from './function-words';

/** A sparse vector: stem → weight, with its norm. */
export interface SparseVector {
  weights: Map<string, number>;
  norm: number;
}

/** Stems worth comparing: no stopwords, no bare numbers, no one-letter tokens. */
export function contentStems(norms: readonly string[], stems: readonly string[]): string[] {
  const out: string[] = [];
  norms.forEach((n, i) => {
    if (n.length < 2 || STOPWORDS.has(n) || SIMILARITY_STOPWORDS.has(n) || /^[\d.]+$/.test(n)) return;
    out.push(stems[i] as string);
  });
  return out;
}

/** TF-IDF vectors of sentences, with IDF taken over the article's own sentences. */
export function tfidfVectors(docs: readonly (readonly string[])[]): SparseVector[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const s of new Set(doc)) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length;
  return docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const s of doc) tf.set(s, (tf.get(s) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sq = 0;
    for (const [s, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / (df.get(s) ?? 1));
      weights.set(s, w);
      sq += w * w;
    }
    return { weights, norm: Math.sqrt(sq) };
  });
}

/** Cosine similarity of two sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small.weights) dot += w * (large.weights.get(k) ?? 0);
  return dot / (a.norm * b.norm);
}

/** The sum of the given vectors, as a vector. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const weights = new Map<string, number>();
  for (const v of vectors) for (const [k, w] of v.weights) weights.set(k, (weights.get(k) ?? 0) + w);
  let sq = 0;
  for (const w of weights.values()) sq += w * w;
  return { weights, norm: Math.sqrt(sq) };
}

const stemSets = new WeakMap<readonly string[], Set<string>>();
function setOf(stems: readonly string[]): Set<string> {
  let set = stemSets.get(stems);
  if (!set) {
    set = new Set(stems);
    stemSets.set(stems, set);
  }
  return set;
}

/** Jaccard overlap of two stem lists, for near-duplicate checks. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = setOf(a);
  const sb = setOf(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let inter = 0;
  for (const s of sa) if (sb.has(s)) inter++;
  return inter / (sa.size + sb.size - inter);
}
