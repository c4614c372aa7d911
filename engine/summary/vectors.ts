/** Sparse TF-IDF sentence vectors and centroid centrality: linear in the article's length. */
import { STOPWORDS } from '../text/stopwords';
import { SIMILARITY_STOPWORDS } from './function-words';

/**
 * A sparse vector over the word ids of one tfidfVectors call (vectors of different calls do not
 * compare). Entries are kept twice: in first-occurrence order, the order every sum runs in, and
 * sorted by id, for lookups and set overlaps.
 */
export interface SparseVector {
  /** Word ids, in order of first occurrence. */
  ids: readonly number[];
  /** Weights of `ids`, same order. */
  weights: readonly number[];
  /** The same ids, ascending: the vector's set of words. */
  terms: readonly number[];
  /** Weights of `terms`, same order. */
  termWeights: readonly number[];
  norm: number;
}

// Digits and dots only ("2024", "3.5"): not content.
function isNumberLike(n: string): boolean {
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2e)) return false;
  }
  return n.length > 0;
}

/** True for a normalised word worth comparing: no stopword, no bare number, not one letter. */
export function isContentWord(n: string): boolean {
  return !(n.length < 2 || STOPWORDS.has(n) || SIMILARITY_STOPWORDS.has(n) || isNumberLike(n));
}

/** Stems worth comparing: no stopwords, no bare numbers, no one-letter tokens. */
export function contentStems(norms: readonly string[], stems: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) if (isContentWord(norms[i] as string)) out.push(stems[i] as string);
  return out;
}

/** A vector from ids and weights in first-occurrence order (ids distinct). */
function sparse(ids: readonly number[], weights: readonly number[], norm: number): SparseVector {
  const terms = ids.slice();
  const termWeights = weights.slice();
  if (terms.length <= 64) {
    // Insertion sort: sentences have a few dozen words at most, where it beats the built-in sort.
    for (let i = 1; i < terms.length; i++) {
      const t = terms[i] as number;
      const w = termWeights[i] as number;
      let j = i - 1;
      while (j >= 0 && (terms[j] as number) > t) {
        terms[j + 1] = terms[j] as number;
        termWeights[j + 1] = termWeights[j] as number;
        j--;
      }
      terms[j + 1] = t;
      termWeights[j + 1] = w;
    }
  } else {
    const order = Array.from(terms.keys()).sort((x, y) => (ids[x] as number) - (ids[y] as number));
    order.forEach((k, r) => {
      terms[r] = ids[k] as number;
      termWeights[r] = weights[k] as number;
    });
  }
  return { ids, weights, terms, termWeights, norm };
}

/** TF-IDF vectors of sentences, with IDF taken over the article's own sentences. */
export function tfidfVectors(docs: readonly (readonly string[])[]): SparseVector[] {
  // Words to dense ids, so counts live in typed arrays rather than a map per sentence.
  const vocabulary = new Map<string, number>();
  const docIds = docs.map((doc) =>
    doc.map((s) => {
      let id = vocabulary.get(s);
      if (id === undefined) vocabulary.set(s, (id = vocabulary.size));
      return id;
    }),
  );
  return tfidfOfIds(docIds, vocabulary.size);
}

/** tfidfVectors over documents already given as word ids below `dim`. */
export function tfidfOfIds(docIds: readonly (readonly number[])[], dim: number): SparseVector[] {
  const df = new Int32Array(dim);
  const tf = new Int32Array(dim);
  const distinct = docIds.map((ids) => {
    const out: number[] = [];
    for (const id of ids) {
      if (tf[id] === 0) out.push(id);
      tf[id] = 1;
    }
    for (const id of out) {
      df[id] = (df[id] as number) + 1;
      tf[id] = 0;
    }
    return out;
  });
  const n = docIds.length;
  return docIds.map((ids, d) => {
    for (const id of ids) tf[id] = (tf[id] as number) + 1;
    const first = distinct[d] as number[];
    let sq = 0;
    const weights = first.map((id) => {
      const w = (1 + Math.log(tf[id] as number)) * Math.log(1 + n / (df[id] as number));
      sq += w * w;
      tf[id] = 0;
      return w;
    });
    return sparse(first, weights, Math.sqrt(sq));
  });
}

/** The weight of word `id` in `v` (0 when absent). */
function weightOf(v: SparseVector, id: number): number {
  let lo = 0;
  let hi = v.terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = v.terms[mid] as number;
    if (t === id) return v.termWeights[mid] as number;
    if (t < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Cosine similarity of two sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  let dot = 0;
  for (let k = 0; k < small.ids.length; k++) dot += (small.weights[k] as number) * weightOf(large, small.ids[k] as number);
  return dot / (a.norm * b.norm);
}

/** The sum of the given vectors, as a vector. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  let dim = 0;
  for (const v of vectors) for (const id of v.ids) dim = Math.max(dim, id + 1);
  const sum = new Float64Array(dim);
  const seen = new Uint8Array(dim);
  const order: number[] = [];
  for (const v of vectors) {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      if (!seen[id]) {
        seen[id] = 1;
        order.push(id);
      }
      sum[id] = (sum[id] as number) + (v.weights[k] as number);
    }
  }
  let sq = 0;
  const weights = order.map((id) => {
    const w = sum[id] as number;
    sq += w * w;
    return w;
  });
  return sparse(order, weights, Math.sqrt(sq));
}

/** Size of the intersection of two ascending id arrays. */
export function overlap(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

/** Jaccard overlap of two vectors' word sets, for near-duplicate checks. */
export function termJaccard(a: SparseVector, b: SparseVector): number {
  if (a.terms.length === 0 || b.terms.length === 0) return 0;
  const inter = overlap(a.terms, b.terms);
  return inter / (a.terms.length + b.terms.length - inter);
}

/** Jaccard overlap of two stem lists, for near-duplicate checks. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let inter = 0;
  for (const s of sa) if (sb.has(s)) inter++;
  return inter / (sa.size + sb.size - inter);
}
