/**
 * Extractive baselines for the summary eval. Both pick from the engine's own sentence split
 * (articleSentences), skip headings, and return sentence indices in article order.
 *
 * - Lead-k: the first k body sentences.
 * - TextRank (Mihalcea & Tarau 2004, §4): an undirected graph of sentences weighted by content
 *   overlap, |Si ∩ Sj| / (log|Si| + log|Sj|) over word types (rougeTokens, so lower-cased, no
 *   stemming or stopword removal), scored with weighted PageRank, d = 0.85, iterated until no score
 *   moves more than 1e-6 (at most 200 rounds); the top k, ties to the earlier sentence.
 */
import type { Sentence } from '../../engine/types';
import { rougeTokens } from './rouge';

/** PageRank damping factor from the paper. */
export const DAMPING = 0.85;

/** The first k non-heading sentences. */
export function leadK(sentences: readonly Sentence[], k = 3): number[] {
  return sentences
    .filter((s) => !s.isHeading)
    .slice(0, k)
    .map((s) => s.index);
}

/** Mihalcea & Tarau's sentence similarity over word sets; 0 when the log denominator is 0 (two one-word sentences). */
export function overlapSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const denom = Math.log(a.size) + Math.log(b.size);
  if (denom <= 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / denom;
}

/** Weighted PageRank over a symmetric weight matrix: WS(i) = (1-d) + d·Σj w_ji / Σk w_jk · WS(j). */
export function weightedPageRank(weights: readonly (readonly number[])[], d = DAMPING, tol = 1e-6, maxIter = 200): number[] {
  const n = weights.length;
  const outSum = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let score = new Array<number>(n).fill(1);
  for (let iter = 0; iter < maxIter; iter++) {
    const next = new Array<number>(n).fill(1 - d);
    for (let j = 0; j < n; j++) {
      const out = outSum[j] as number;
      if (out === 0) continue;
      const share = (d * (score[j] as number)) / out;
      const row = weights[j] as readonly number[];
      for (let i = 0; i < n; i++) {
        const w = row[i] as number;
        if (w > 0) next[i] = (next[i] as number) + w * share;
      }
    }
    const delta = next.reduce((m, v, i) => Math.max(m, Math.abs(v - (score[i] as number))), 0);
    score = next;
    if (delta < tol) break;
  }
  return score;
}

/** TextRank's top k body sentences, in article order. */
export function textRank(sentences: readonly Sentence[], k = 3): number[] {
  const body = sentences.filter((s) => !s.isHeading);
  const sets = body.map((s) => new Set(rougeTokens(s.text)));
  const weights = sets.map((a, i) => sets.map((b, j) => (i === j ? 0 : overlapSimilarity(a, b))));
  const score = weightedPageRank(weights);
  return body
    .map((s, i) => ({ index: s.index, score: score[i] as number }))
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .slice(0, k)
    .map((x) => x.index)
    .sort((a, b) => a - b);
}
