/**
 * Graph centrality for the overview (TextRank: Mihalcea & Tarau 2004): sentences linked by content
 * overlap |Si ∩ Sj| / (log|Si| + log|Sj|), scored by weighted PageRank. Quadratic, so it runs on
 * articles of up to GRAPH_MAX_SENTENCES; longer reports use centroid centrality instead.
 */

/** Largest article (body sentences) ranked by the graph. */
export const GRAPH_MAX_SENTENCES = 250;
const DAMPING = 0.85;
const TOLERANCE = 1e-5;
const MAX_ROUNDS = 100;

/** PageRank scores of sentences given their content-word sets (empty sets score 1 − d). */
export function graphCentrality(sets: readonly ReadonlySet<string>[]): number[] {
  const n = sets.length;
  const weights: Float64Array[] = sets.map(() => new Float64Array(n));
  const logs = sets.map((s) => Math.log(s.size));
  for (let i = 0; i < n; i++) {
    const a = sets[i] as ReadonlySet<string>;
    for (let j = i + 1; j < n; j++) {
      const denom = (logs[i] as number) + (logs[j] as number);
      if (denom <= 0) continue;
      const b = sets[j] as ReadonlySet<string>;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let common = 0;
      for (const w of small) if (large.has(w)) common++;
      if (common === 0) continue;
      const w = common / denom;
      (weights[i] as Float64Array)[j] = w;
      (weights[j] as Float64Array)[i] = w;
    }
  }
  const outSum = weights.map((row) => row.reduce((x, y) => x + y, 0));
  let score = new Float64Array(n).fill(1);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = new Float64Array(n).fill(1 - DAMPING);
    for (let j = 0; j < n; j++) {
      const out = outSum[j] as number;
      if (out === 0) continue;
      const share = (DAMPING * (score[j] as number)) / out;
      const row = weights[j] as Float64Array;
      for (let i = 0; i < n; i++) if (row[i]) next[i] = (next[i] as number) + (row[i] as number) * share;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta = Math.max(delta, Math.abs((next[i] as number) - (score[i] as number)));
    score = next;
    if (delta < TOLERANCE) break;
  }
  return Array.from(score);
}
