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
  const ids = new Map<string, number>();
  const id = (w: string): number => {
    let k = ids.get(w);
    if (k === undefined) ids.set(w, (k = ids.size));
    return k;
  };
  return graphCentralityOfIds(sets.map((s) => Array.from(s, id).sort((a, b) => a - b)));
}

/**
 * graphCentrality over sets given as ascending arrays of distinct word ids. Edges are kept as
 * adjacency lists in ascending order, so every sum runs in the same order as over a dense matrix.
 */
export function graphCentralityOfIds(sets: readonly (readonly number[])[]): number[] {
  const n = sets.length;
  const weights = new Float64Array(n * n);
  const logs = sets.map((s) => Math.log(s.length));
  // Only pairs that share a word are visited: an inverted index (word id → its sentences,
  // ascending) counts each pair's overlap. Each weight is the same integer over the same
  // denominator as a merge of the two sets would give, so the matrix is identical.
  let maxId = -1;
  for (const s of sets) for (const w of s) if (w > maxId) maxId = w;
  const postStart = new Int32Array(maxId + 2);
  for (const s of sets) for (const w of s) postStart[w + 1] = (postStart[w + 1] as number) + 1;
  for (let w = 0; w <= maxId; w++) postStart[w + 1] = (postStart[w + 1] as number) + (postStart[w] as number);
  const fill = postStart.slice(0, maxId + 1);
  const post = new Int32Array(postStart[maxId + 1] as number);
  for (let i = 0; i < n; i++) for (const w of sets[i] as readonly number[]) post[(fill[w] as number)++] = i;
  const common = new Int32Array(n);
  const touched = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (const w of sets[i] as readonly number[]) {
      // Sentences after i holding w: the tail of w's ascending postings.
      for (let k = (postStart[w + 1] as number) - 1; k >= (postStart[w] as number); k--) {
        const j = post[k] as number;
        if (j <= i) break;
        if (common[j] === 0) touched[m++] = j;
        common[j] = (common[j] as number) + 1;
      }
    }
    for (let k = 0; k < m; k++) {
      const j = touched[k] as number;
      const c = common[j] as number;
      common[j] = 0;
      const denom = (logs[i] as number) + (logs[j] as number);
      if (denom <= 0) continue;
      const w = c / denom;
      weights[i * n + j] = w;
      weights[j * n + i] = w;
    }
  }
  // Adjacency lists (compressed rows): row j's neighbours i, ascending, and their weights.
  const rowStart = new Int32Array(n + 1);
  let edges = 0;
  for (let k = 0; k < n * n; k++) if (weights[k]) edges++;
  const col = new Int32Array(edges);
  const val = new Float64Array(edges);
  const outSum = new Float64Array(n);
  let e = 0;
  for (let j = 0; j < n; j++) {
    rowStart[j] = e;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[j * n + i] as number;
      if (!w) continue;
      col[e] = i;
      val[e] = w;
      e++;
      sum += w;
    }
    outSum[j] = sum;
  }
  rowStart[n] = e;

  let score = new Float64Array(n).fill(1);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = new Float64Array(n).fill(1 - DAMPING);
    for (let j = 0; j < n; j++) {
      const out = outSum[j] as number;
      if (out === 0) continue;
      const share = (DAMPING * (score[j] as number)) / out;
      for (let k = rowStart[j] as number; k < (rowStart[j + 1] as number); k++) {
        const i = col[k] as number;
        next[i] = (next[i] as number) + (val[k] as number) * share;
      }
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta = Math.max(delta, Math.abs((next[i] as number) - (score[i] as number)));
    score = next;
    if (delta < TOLERANCE) break;
  }
  return Array.from(score);
}
