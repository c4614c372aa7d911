/**
 * The topic model's features, one function shared by training (scripts/train) and inference, so
 * the two can never drift. A sentence becomes a sparse vector of hashed features:
 *
 * - its content stems (`w:`), stem bigrams (`b:`) and character 4-grams of its words (`c:`, which
 *   carry Hindi inflections and unseen compounds);
 * - the headline's content stems (`t:`) and the article's (`d:`): the story the sentence belongs to;
 * - the lexicons' evidence per topic: the sentence's own (`L`), its neighbours' (`N`), the
 *   headline's (`T`) and the share of the article's sentences that show the topic (`D`);
 *   the second stage (contextInputs) sees the same evidence, and the rule classifier's topics;
 * - its shape: headline or heading, position, length.
 *
 * Pure and deterministic: FNV-1a hashing into 2^HASH_BITS buckets.
 */
import type { TopicId } from '../../types';
import { TOPIC_IDS } from '../taxonomy';

/** Bits of the hashed feature space. */
export const HASH_BITS = 16;
/** Size of the hashed feature space. */
export const DIM = 1 << HASH_BITS;

/** A sparse feature vector: bucket indices (ascending, distinct) and their values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** One sentence as the model reads it. */
export interface ModelSentence {
  /** Normalised words (tokenize's `norm`). */
  norms: readonly string[];
  /** Stems of every word. */
  stems: readonly string[];
  /** Stems of content words only. */
  content: readonly string[];
  /** The lexicons' raw evidence per topic (the sum of matched weights). */
  lexicon: ReadonlyMap<TopicId, number>;
  /** The topics the rule classifier (lexicons with context) gives the sentence. */
  rules?: readonly TopicId[];
  isHeading: boolean;
}

/** A document as the model reads it: its headline (if any) and its body sentences in order. */
export interface ModelDocument {
  title: ModelSentence | null;
  sentences: readonly ModelSentence[];
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Accumulates hashed features; `finish()` merges collisions into a sorted sparse vector. */
class Builder {
  private readonly map = new Map<number, number>();

  add(name: string, value: number): void {
    if (value === 0) return;
    const i = fnv1a(name) & (DIM - 1);
    this.map.set(i, (this.map.get(i) ?? 0) + value);
  }

  finish(): SparseVector {
    const keys = [...this.map.keys()].sort((a, b) => a - b);
    const idx = new Int32Array(keys.length);
    const val = new Float32Array(keys.length);
    keys.forEach((k, n) => {
      idx[n] = k;
      val[n] = this.map.get(k) as number;
    });
    return { idx, val };
  }
}

/** Weight of the article's vocabulary (`d:`) beside the sentence's own (chosen by cross-validation: 0.3 of 0, 0.3, 0.5, 0.7). */
const DOC_WEIGHT = 0.3;

/** Lexicon evidence, squashed: weight 3 (one decisive term) ≈ 0.75, saturating. */
const squash = (raw: number): number => (raw <= 0 ? 0 : raw / (raw + 1));

/** Character 4-grams of a word with boundary marks ("^word$"); words of 1–3 letters stand whole. */
function charGrams(word: string, out: (gram: string) => void): void {
  const w = `^${word}$`;
  if (w.length <= 5) {
    out(w);
    return;
  }
  for (let k = 0; k + 4 <= w.length; k++) out(w.slice(k, k + 4));
}

/** Adds a bag of strings with a total weight of 1 spread as 1/√n each. */
function addBag(b: Builder, prefix: string, items: readonly string[], weight = 1): void {
  if (!items.length) return;
  const v = weight / Math.sqrt(items.length);
  for (const item of items) b.add(prefix + item, v);
}

/** The feature vectors of a document's sentences (and of its headline, last, when there is one). */
export function documentFeatures(doc: ModelDocument): SparseVector[] {
  const all = doc.title ? [...doc.sentences, doc.title] : [...doc.sentences];
  const n = doc.sentences.length;
  // The share of body sentences whose own evidence reaches a decisive term, per topic.
  const profile = new Map<TopicId, number>();
  for (const s of doc.sentences) for (const [t, v] of s.lexicon) if (v >= 3) profile.set(t, (profile.get(t) ?? 0) + 1 / Math.max(1, n));
  const titleContent = doc.title ? [...new Set(doc.title.content)] : [];
  // The article's vocabulary, for the story every sentence belongs to (capped: long reports).
  const docContent = [...new Set(doc.sentences.flatMap((s) => s.content))].slice(0, 400);

  return all.map((s, i) => {
    const isTitle = i >= n;
    const b = new Builder();
    b.add('bias', 1);
    addBag(b, 'w:', [...new Set(s.content)]);
    const bigrams: string[] = [];
    for (let k = 0; k + 1 < s.stems.length; k++) bigrams.push(`${s.stems[k]} ${s.stems[k + 1]}`);
    addBag(b, 'b:', bigrams, 0.7);
    const grams: string[] = [];
    for (const w of s.norms) charGrams(w, (g) => grams.push(g));
    addBag(b, 'c:', grams, 0.7);
    if (!isTitle) addBag(b, 't:', titleContent, 0.5);
    addBag(b, 'd:', docContent, DOC_WEIGHT);

    for (const t of TOPIC_IDS) {
      b.add(`L:${t}`, squash(s.lexicon.get(t) ?? 0));
      if (!isTitle) {
        const prev = doc.sentences[i - 1]?.lexicon.get(t) ?? 0;
        const next = doc.sentences[i + 1]?.lexicon.get(t) ?? 0;
        b.add(`N:${t}`, squash(Math.max(prev, next)) * 0.5);
        b.add(`T:${t}`, squash(doc.title?.lexicon.get(t) ?? 0) * 0.5);
      }
      b.add(`D:${t}`, profile.get(t) ?? 0);
    }

    if (isTitle) b.add('shape:title', 1);
    else if (s.isHeading) b.add('shape:heading', 1);
    else b.add(`shape:pos${Math.min(i, 3)}`, 1);
    const words = s.norms.length;
    b.add(`shape:len${words < 6 ? 0 : words < 12 ? 1 : words < 25 ? 2 : words < 40 ? 3 : 4}`, 1);
    return b.finish();
  });
}

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
] as const;

/**
 * The second stage's inputs: for each sentence and topic, the first stage's logit for the
 * sentence and its probabilities for the neighbours, the headline, the paragraph and the article
 * (mean and max), and the lexicons' evidence for the sentence, its neighbours, the headline and
 * the article. The headline's own row (when there is one) comes last, as in documentFeatures.
 */
export function contextInputs(logits: readonly Float32Array[], blocks: readonly number[], doc: ModelDocument): Float32Array[] {
  const topics = TOPIC_IDS.length;
  const hasTitle = doc.title !== null;
  const n = hasTitle ? logits.length - 1 : logits.length;
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  const mean = new Float32Array(topics);
  const max = new Float32Array(topics);
  const lexDoc = new Float32Array(topics);
  const blockSum = new Map<number, Float32Array>();
  const blockCount = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const row = logits[i] as Float32Array;
    const block = blocks[i] ?? 0;
    const sum = blockSum.get(block) ?? new Float32Array(topics);
    const lex = doc.sentences[i]?.lexicon;
    for (let t = 0; t < topics; t++) {
      const p = sigmoid(row[t] as number);
      mean[t] = (mean[t] as number) + p / Math.max(1, n);
      max[t] = Math.max(max[t] as number, p);
      sum[t] = (sum[t] as number) + p;
      if ((lex?.get(TOPIC_IDS[t] as TopicId) ?? 0) >= 3) lexDoc[t] = (lexDoc[t] as number) + 1 / Math.max(1, n);
    }
    blockSum.set(block, sum);
    blockCount.set(block, (blockCount.get(block) ?? 0) + 1);
  }
  const width = CONTEXT_INPUTS.length;
  const title = hasTitle ? (logits[n] as Float32Array) : null;
  return logits.map((row, i) => {
    const out = new Float32Array(topics * width);
    const isTitle = i >= n;
    const own = isTitle ? doc.title : doc.sentences[i];
    const prev = isTitle ? null : logits[i - 1];
    const next = isTitle || i + 1 >= n ? null : logits[i + 1];
    const block = blocks[i] ?? 0;
    const count = blockCount.get(block) ?? 1;
    const bsum = blockSum.get(block);
    for (let t = 0; t < topics; t++) {
      const id = TOPIC_IDS[t] as TopicId;
      const o = t * width;
      out[o] = 1;
      out[o + 1] = row[t] as number;
      out[o + 2] = prev ? sigmoid(prev[t] as number) : 0;
      out[o + 3] = next ? sigmoid(next[t] as number) : 0;
      out[o + 4] = title && !isTitle ? sigmoid(title[t] as number) : 0;
      out[o + 5] = mean[t] as number;
      out[o + 6] = n ? (max[t] as number) : 0;
      out[o + 7] = !isTitle && bsum && count > 1 ? ((bsum[t] as number) - sigmoid(row[t] as number)) / (count - 1) : 0;
      out[o + 8] = squash(own?.lexicon.get(id) ?? 0);
      out[o + 9] = isTitle ? 0 : squash(Math.max(doc.sentences[i - 1]?.lexicon.get(id) ?? 0, doc.sentences[i + 1]?.lexicon.get(id) ?? 0));
      out[o + 10] = isTitle ? 0 : squash(doc.title?.lexicon.get(id) ?? 0);
      out[o + 11] = lexDoc[t] as number;
      out[o + 12] = own?.rules?.includes(id) ? 1 : 0;
    }
    return out;
  });
}
