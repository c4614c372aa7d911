/**
 * Snippet scoring of extracted text, after trafilatura's tests/comparison.py (evaluate_result):
 * each `with` snippet must occur in the text, each `without` snippet (boilerplate) must not.
 * The match is a plain case-sensitive substring test, as there. trafilatura's extractors collapse
 * whitespace in their output before the test; we collapse runs of whitespace to one space in both
 * the text and the snippets, so block joins ("\n") and non-breaking spaces do not decide a match.
 * An empty extraction (no article) finds no `with` snippet and keeps out every `without` one.
 */

/** What one page scored. */
export interface SnippetResult {
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
  /** Every `with` snippet present and every `without` snippet absent. */
  perfect: boolean;
  /** The snippets that failed, for printing the worst pages. */
  missing: string[];
  leaked: string[];
}

/** Collapses whitespace (including NBSP) to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Scores one extracted text against its `with` and `without` snippets. */
export function scoreSnippets(text: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetResult {
  const hay = normalizeSpace(text);
  const has = (s: string): boolean => {
    const needle = normalizeSpace(s);
    return needle.length > 0 && hay.includes(needle);
  };
  const missing = withSnippets.filter((s) => !has(s));
  const leaked = withoutSnippets.filter((s) => has(s));
  return {
    withFound: withSnippets.length - missing.length,
    withTotal: withSnippets.length,
    withoutAbsent: withoutSnippets.length - leaked.length,
    withoutTotal: withoutSnippets.length,
    perfect: missing.length === 0 && leaked.length === 0,
    missing,
    leaked,
  };
}

/** Dataset totals: shares, plus trafilatura's bulk precision/recall/F1 over snippet counts. */
export interface SnippetTotals {
  pages: number;
  perfectShare: number;
  withFoundShare: number;
  withoutAbsentShare: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Sums page results the way comparison.py does (tp = with found, fp = without leaked, fn = with missing). */
export function totalSnippets(results: readonly SnippetResult[]): SnippetTotals {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const r of results) {
    tp += r.withFound;
    fn += r.withTotal - r.withFound;
    fp += r.withoutTotal - r.withoutAbsent;
    tn += r.withoutAbsent;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const n = results.length;
  return {
    pages: n,
    perfectShare: n ? results.filter((r) => r.perfect).length / n : 0,
    withFoundShare: tp + fn > 0 ? tp / (tp + fn) : 0,
    withoutAbsentShare: tn + fp > 0 ? tn / (tn + fp) : 0,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
