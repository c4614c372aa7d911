/**
 * The topic model's second-stage inputs: per sentence and topic, the first stage's outputs for the
 * sentence and its context (neighbours, paragraph, headline, article) beside the lexicons' and the
 * rule classifier's evidence. Shared by training (scripts/train) and inference, like features.ts.
 */
import type { TopicId } from '../../types';
import { TOPIC_IDS } from '../taxonomy';
import { type ModelDocument, squash } from './features';

/** The dense inputs of the second stage, per topic of a sentence. */
export const CONTEXT_INPUTS = [
  'bias',
  'self',
  'prev',
  'next',
  'title',
  'docMean',
  'docMax',
  'blockMean',
  'lexSelf',
  'lexNear',
  'lexTitle',
  'lexDoc',
  'rules',
  'near2',
  'blockMax',
  'otherMax',
  'docShare',
  'selfProb',
  'hindi',
  'selfHindi',
] as const;

const DEVANAGARI = /[\u0900-\u097f]/;
const LATIN = /[a-z]/i;

/** Is the document Hindi: more words in Devanagari than in Latin letters among its first 200? */
export function isHindi(doc: ModelDocument): boolean {
  let balance = 0;
  let seen = 0;
  for (const s of doc.sentences) {
    for (const w of s.norms) {
      if (seen++ >= 200) return balance > 0;
      if (DEVANAGARI.test(w)) balance++;
      else if (LATIN.test(w)) balance--;
    }
  }
  return balance > 0;
}

/**
 * The second stage's inputs: for each sentence and topic, the first stage's logit for the
 * sentence and its probabilities for the neighbours, the headline, the paragraph and the article
 * (mean and max), and the lexicons' evidence for the sentence, its neighbours, the headline and
 * the article; then (issue 10, round 2, chosen by cross-validation) the sentences two away, the
 * best other sentence of the paragraph, the sentence's strongest other topic, the topic's share of
 * the article's profile, the sentence's own probability, and whether the article is Hindi (an
 * offset, and a slope on the logit). The headline's own row (when there is one) comes last, as in
 * emitDocumentFeatures.
 */
export function contextInputs(logits: readonly Float32Array[], blocks: readonly number[], doc: ModelDocument): Float32Array[] {
  const topics = TOPIC_IDS.length;
  const hasTitle = doc.title !== null;
  const n = hasTitle ? logits.length - 1 : logits.length;
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  // Each row's probabilities and each sentence's lexicon evidence, read once: row i at i × topics
  // (the headline's row, when there is one, at n; the evidence of "no sentence" is 0).
  const prob = new Float64Array(logits.length * topics);
  const lexicon = new Float64Array((n + 1) * topics);
  logits.forEach((row, i) => {
    for (let t = 0; t < topics; t++) prob[i * topics + t] = sigmoid(row[t] as number);
  });
  doc.sentences.forEach((s, i) => {
    if (i < n) TOPIC_IDS.forEach((id, t) => (lexicon[i * topics + t] = s.lexicon.get(id) ?? 0));
  });
  const titleLexicon = new Float64Array(topics);
  if (doc.title) TOPIC_IDS.forEach((id, t) => (titleLexicon[t] = doc.title?.lexicon.get(id) ?? 0));
  const mean = new Float32Array(topics);
  const max = new Float32Array(topics);
  const lexDoc = new Float32Array(topics);
  const blockSum = new Map<number, Float32Array>();
  const blockCount = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const block = blocks[i] ?? 0;
    const sum = blockSum.get(block) ?? new Float32Array(topics);
    const hasLex = doc.sentences[i] !== undefined;
    for (let t = 0; t < topics; t++) {
      const p = prob[i * topics + t] as number;
      mean[t] = (mean[t] as number) + p / Math.max(1, n);
      max[t] = Math.max(max[t] as number, p);
      sum[t] = (sum[t] as number) + p;
      if (hasLex && (lexicon[i * topics + t] as number) >= 3) lexDoc[t] = (lexDoc[t] as number) + 1 / Math.max(1, n);
    }
    blockSum.set(block, sum);
    blockCount.set(block, (blockCount.get(block) ?? 0) + 1);
  }
  // Per run of sentences in one paragraph and topic: the highest probability, where, and the
  // second highest (so a sentence's best neighbour in its paragraph is one lookup).
  const runOf = new Int32Array(n);
  const best = new Float64Array(n * topics);
  const bestAt = new Int32Array(n * topics).fill(-1);
  const second = new Float64Array(n * topics);
  for (let i = 0, run = 0; i < n; i++) {
    if (i > 0 && (blocks[i] ?? 0) !== (blocks[i - 1] ?? 0)) run = i;
    runOf[i] = run;
    for (let t = 0; t < topics; t++) {
      const p = prob[i * topics + t] as number;
      const r = run * topics + t;
      if (bestAt[r] === -1 || p > (best[r] as number)) {
        if (bestAt[r] !== -1) second[r] = best[r] as number;
        best[r] = p;
        bestAt[r] = i;
      } else if (p > (second[r] as number)) second[r] = p;
    }
  }
  const hindi = isHindi(doc) ? 1 : 0;
  let meanTotal = 0;
  for (let t = 0; t < topics; t++) meanTotal += mean[t] as number;
  const width = CONTEXT_INPUTS.length;
  const title = hasTitle ? n : -1;
  return logits.map((row, i) => {
    const out = new Float32Array(topics * width);
    const isTitle = i >= n;
    const own = isTitle ? doc.title : doc.sentences[i];
    const prev = isTitle || i < 1 ? -1 : i - 1;
    const next = isTitle || i + 1 >= n ? -1 : i + 1;
    const block = blocks[i] ?? 0;
    const count = blockCount.get(block) ?? 1;
    const bsum = blockSum.get(block);
    const rules = own?.rules;
    // The sentence's two highest probabilities over topics, for "the best other topic".
    let top = -1;
    let topP = 0;
    let nextP = 0;
    for (let t = 0; t < topics; t++) {
      const p = prob[i * topics + t] as number;
      if (top === -1 || p > topP) {
        if (top !== -1) nextP = topP;
        topP = p;
        top = t;
      } else if (p > nextP) nextP = p;
    }
    for (let t = 0; t < topics; t++) {
      const id = TOPIC_IDS[t] as TopicId;
      const o = t * width;
      out[o] = 1;
      out[o + 1] = row[t] as number;
      out[o + 2] = prev >= 0 ? (prob[prev * topics + t] as number) : 0;
      out[o + 3] = next >= 0 ? (prob[next * topics + t] as number) : 0;
      out[o + 4] = title >= 0 && !isTitle ? (prob[title * topics + t] as number) : 0;
      out[o + 5] = mean[t] as number;
      out[o + 6] = n ? (max[t] as number) : 0;
      out[o + 7] = !isTitle && bsum && count > 1 ? ((bsum[t] as number) - (prob[i * topics + t] as number)) / (count - 1) : 0;
      out[o + 8] = squash(isTitle ? (titleLexicon[t] as number) : own ? (lexicon[i * topics + t] as number) : 0);
      out[o + 9] = isTitle
        ? 0
        : squash(Math.max(i >= 1 ? (lexicon[(i - 1) * topics + t] as number) : 0, i + 1 < n ? (lexicon[(i + 1) * topics + t] as number) : 0));
      out[o + 10] = isTitle ? 0 : squash(titleLexicon[t] as number);
      out[o + 11] = lexDoc[t] as number;
      out[o + 12] = rules?.includes(id) ? 1 : 0;
      out[o + 13] = isTitle ? 0 : ((i >= 2 ? (prob[(i - 2) * topics + t] as number) : 0) + (i + 2 < n ? (prob[(i + 2) * topics + t] as number) : 0)) / 2;
      const r = isTitle ? -1 : (runOf[i] as number) * topics + t;
      out[o + 14] = r < 0 ? 0 : bestAt[r] === i ? (second[r] as number) : (best[r] as number);
      out[o + 15] = t === top ? nextP : topP;
      out[o + 16] = meanTotal > 0 ? (mean[t] as number) / meanTotal : 0;
      out[o + 17] = prob[i * topics + t] as number;
      out[o + 18] = hindi;
      out[o + 19] = hindi * (row[t] as number);
    }
    return out;
  });
}
