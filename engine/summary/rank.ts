/**
 * Sentence salience for the overview: closeness to the article's centroid, closeness to the title,
 * and a lead bonus (news puts what matters first). Headings and fragments are never picked.
 */
import { GRAPH_MAX_SENTENCES, graphCentralityOfIds } from './graph';
import { centroid, cosine, termJaccard, type SparseVector } from './vectors';

/** What ranking needs of a sentence. */
export interface RankInput {
  /** TF-IDF vector of `stems`; its word set stands for the stems in overlaps. */
  vector: SparseVector;
  stems: readonly string[];
  words: number;
  isHeading: boolean;
}

const W_CENTRAL = 0.6;
const W_TITLE = 0.2;
const W_LEAD = 0.2;
/** Informativeness prior: a sentence's score × min(cap, (its words / mean words)^exponent). */
export interface LengthPrior {
  exponent: number;
  cap: number;
}
/**
 * Longer sentences carry more of the story (TextRank's overlap weight has the same bent). The
 * exponent and cap were chosen by 5-fold cross-validation across the documents of the three summary
 * sets (scripts/lib/eval-length-cv.ts, docs/QUALITY.md), not by the best dev score.
 */
export const LENGTH_PRIOR: Readonly<LengthPrior> = { exponent: 0.75, cap: 3 };
/** Sentences this much alike (Jaccard of stems) are near-duplicates. */
export const DUPLICATE_JACCARD = 0.6;
const MIN_WORDS = 6;
const MAX_WORDS = 80;

/** True when a sentence may stand alone in a summary. */
export function isSummarisable(s: RankInput): boolean {
  return !s.isHeading && s.words >= MIN_WORDS && s.words <= MAX_WORDS;
}

/** Salience of each sentence, ≥ 0 (0 for headings; fragments are damped). */
export function salience(sentences: readonly RankInput[], title: SparseVector, prior: Readonly<LengthPrior> = LENGTH_PRIOR): number[] {
  const body = sentences.filter((s) => !s.isHeading);
  const central = centrality(sentences, body);
  const maxCentral = Math.max(1e-9, ...central);
  let bodyRank = 0;
  const meanWords = Math.max(1, body.reduce((n, s) => n + s.words, 0) / Math.max(1, body.length));
  return sentences.map((s, i) => {
    if (s.isHeading) return 0;
    const lead = 1 / (1 + bodyRank / 3);
    bodyRank++;
    const score = W_CENTRAL * ((central[i] ?? 0) / maxCentral) + W_TITLE * cosine(s.vector, title) + W_LEAD * lead;
    const informative = Math.min(prior.cap, Math.pow(Math.max(1, s.words) / meanWords, prior.exponent));
    return (isSummarisable(s) ? score : score * 0.2) * informative;
  });
}

// TextRank on articles of ordinary length; cosine to the centroid on very long reports.
function centrality(sentences: readonly RankInput[], body: readonly RankInput[]): number[] {
  if (body.length <= GRAPH_MAX_SENTENCES) {
    const scores = graphCentralityOfIds(body.map((s) => s.vector.terms));
    let k = 0;
    return sentences.map((s) => (s.isHeading ? 0 : (scores[k++] as number)));
  }
  const center = centroid(body.map((s) => s.vector));
  return sentences.map((s) => (s.isHeading ? 0 : cosine(s.vector, center)));
}

/**
 * Picks up to `k` sentence indices by descending score, skipping near-duplicates of those already
 * picked and of `avoid`; returns them in article order.
 */
export function pickTop(
  candidates: readonly number[],
  score: (i: number) => number,
  k: number,
  sentences: readonly RankInput[],
  avoid: readonly number[] = [],
): number[] {
  const scores: number[] = [];
  for (const i of candidates) scores[i] = score(i);
  const ranked = [...candidates].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const picked: number[] = [];
  const isDuplicate = (i: number, j: number): boolean => {
    const a = sentences[i];
    const b = sentences[j];
    return !!a && !!b && termJaccard(a.vector, b.vector) >= DUPLICATE_JACCARD;
  };
  for (const i of ranked) {
    if (picked.length >= k) break;
    if (!picked.some((j) => isDuplicate(i, j)) && !avoid.some((j) => isDuplicate(i, j))) picked.push(i);
  }
  return picked.sort((a, b) => a - b);
}
