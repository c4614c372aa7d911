/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F-measures (Lin 2004), as pure functions.
 *
 * Tokens: text is put in NFC (so a precomposed nukta letter such as U+095B and its decomposed
 * form ज + ़ compare equal: they are the same letter, canonically), zero-width joiners and soft
 * hyphens are removed (invisible; they would split a word), then tokens are maximal runs of
 * Unicode letters, combining marks and digits (`[\p{L}\p{M}\p{N}]+`). Keeping \p{M} keeps matras,
 * viramas, anusvara, chandrabindu and nukta inside their word (a plain `\w` splits "हिंदी" apart).
 * Everything is lower-cased (this only changes cased scripts: Latin, Cyrillic, Greek). Punctuation,
 * including the danda (।), separates tokens and is dropped, like rouge-score's tokenizer. No
 * stemming and no stopword removal. Nukta folding (ज़ → ज) is off by default: the references
 * and the articles come from the same publisher, so the spelling already agrees; `foldNukta`
 * turns it on when comparing text from sources that spell loanwords differently.
 *
 * ROUGE-N: clipped n-gram overlap; P = overlap / candidate n-grams, R = overlap / reference n-grams.
 * ROUGE-L: the LCS of the whole candidate and the whole reference, each one token sequence
 * (sentences joined, no union-LCS over sentences), i.e. rouge-score's `rougeL`, not `rougeLsum`.
 * F = 2PR / (P + R) (β = 1); 0 when either side is empty.
 */

/** Tokenizer options. */
export interface TokenizeOptions {
  /** Drop the Devanagari nukta (U+093C), so ज़ and ज are one letter. Default false. */
  foldNukta?: boolean;
}

/** Precision, recall and F-measure. */
export interface Prf {
  p: number;
  r: number;
  f: number;
}

/** The three ROUGE scores of one candidate against one reference. */
export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const INVISIBLE_RE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g;
const NUKTA_RE = /\u093c/g;

/** ROUGE tokens: NFC, letter+mark+digit runs, lower-cased; Devanagari signs stay in their word. */
export function rougeTokens(text: string, options: TokenizeOptions = {}): string[] {
  let t = text.normalize('NFC').replace(INVISIBLE_RE, '');
  if (options.foldNukta) t = t.normalize('NFD').replace(NUKTA_RE, '').normalize('NFC');
  return (t.match(WORD_RE) ?? []).map((w) => w.toLowerCase());
}

/** Multiset of n-grams of a token list. */
export function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** P, R and F from a match count and the two totals. */
export function prf(matches: number, candidateTotal: number, referenceTotal: number): Prf {
  const p = candidateTotal > 0 ? matches / candidateTotal : 0;
  const r = referenceTotal > 0 ? matches / referenceTotal : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** ROUGE-N of token lists: clipped n-gram overlap. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): Prf {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let matches = 0;
  for (const [key, count] of c) matches += Math.min(count, r.get(key) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(matches, total(c), total(r));
}

/** Length of the longest common subsequence (two-row dynamic programming). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** ROUGE-L of token lists: LCS over the whole sequences. */
export function rougeL(candidate: readonly string[], reference: readonly string[]): Prf {
  return prf(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a candidate text against a reference text. */
export function rouge(candidate: string, reference: string, options: TokenizeOptions = {}): RougeScores {
  const c = rougeTokens(candidate, options);
  const r = rougeTokens(reference, options);
  return { rouge1: rougeN(c, r, 1), rouge2: rougeN(c, r, 2), rougeL: rougeL(c, r) };
}
