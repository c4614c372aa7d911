/**
 * Token-shingle scoring of extracted text, re-implemented from the scrapinghub
 * article-extraction-benchmark's `evaluate.py` (string_shingle_matching, metrics_from_tp_fp_fns):
 *
 * - tokens are Python's `\w+` runs: letters, numbers and `_`, case kept. Python's `\w` does not
 *   match combining marks (Mn/Mc), so Devanagari words split at their matras, exactly as the
 *   benchmark splits them; the score stays comparable with published numbers.
 * - shingles are runs of 4 tokens, counted as a multiset; a text of 1–3 tokens is one shingle.
 * - per page, tp/fp/fn are normalised to sum to 1, so long pages do not weigh more.
 * - precision is the mean over pages with tp+fp > 0, recall the mean over pages with tp+fn > 0,
 *   and F1 is the harmonic mean of those two means (not a mean of per-page F1s).
 */

/** Normalised true-positive, false-positive and false-negative shares of one page. */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Macro-averaged scores over pages, as evaluate.py reports them. */
export interface ShingleScores {
  precision: number;
  recall: number;
  f1: number;
}

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SEP = '\u0001';

/** The benchmark's tokens: Python `\w+` runs (no combining marks), case kept. */
export function benchmarkTokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of n-token shingles; fewer than n tokens give a single shorter shingle. */
export function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join(SEP);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** evaluate.py's string_shingle_matching: multiset overlap of shingles, normalised to sum 1. */
export function shingleCounts(truth: string, pred: string, n = 4): ShingleCounts {
  const t = shingles(benchmarkTokens(truth), n);
  const p = shingles(benchmarkTokens(pred), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

/** evaluate.py's precision_score: 1 when nothing was wrong either way, 0 when nothing was predicted right. */
export function precisionScore({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** evaluate.py's recall_score. */
export function recallScore({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Harmonic mean; 0 when both are 0. */
export function harmonic(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** One page's F1 (for ranking the worst pages; the dataset F1 comes from aggregateShingles). */
export function pageF1(c: ShingleCounts): number {
  return harmonic(precisionScore(c), recallScore(c));
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** evaluate.py's metrics_from_tp_fp_fns: mean P (pages with a prediction), mean R, F1 of the means. */
export function aggregateShingles(pages: readonly ShingleCounts[]): ShingleScores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionScore));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallScore));
  return { precision, recall, f1: harmonic(precision, recall) };
}

/** evaluate.py's get_accuracy: 1 when the token sequences are identical. */
export function exactMatch(truth: string, pred: string): boolean {
  const a = benchmarkTokens(truth);
  const b = benchmarkTokens(pred);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
