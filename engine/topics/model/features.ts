/**
 * The topic model's features, one function shared by training (scripts/train) and inference, so
 * the two can never drift. A sentence becomes a sparse vector of hashed features:
 *
 * - its content stems (`w:`), stem bigrams (`b:`) and character 4-grams of its words (`c:`, which
 *   carry Hindi inflections and unseen compounds);
 * - the headline's content stems (`t:`) and the article's (`d:`): the story the sentence belongs to;
 * - the lexicons' evidence per topic: the sentence's own (`L`), its neighbours' (`N`), the
 *   headline's (`T`) and the share of the article's sentences that show the topic (`D`);
 *   the second stage (contextInputs, context-inputs.ts) sees the same evidence, and the rule
 *   classifier's topics;
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
  return fnvContinue(0x811c9dc5, text, 0, text.length) >>> 0;
}

/** FNV-1a continued from `state` over `text[from, to)`: the hash of prefix + slice, without the string. */
function fnvContinue(state: number, text: string, from: number, to: number): number {
  let h = state;
  for (let k = from; k < to; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const prefixStates = new Map<string, number>();
/** The hash state after a feature family's prefix ("w:", "c:" …), computed once. */
function prefixState(prefix: string): number {
  let h = prefixStates.get(prefix);
  if (h === undefined) prefixStates.set(prefix, (h = fnvContinue(0x811c9dc5, prefix, 0, prefix.length)));
  return h;
}

/** The bucket of the feature `prefix + text`. */
const bucket = (prefix: string, text: string): number => (fnvContinue(prefixState(prefix), text, 0, text.length) >>> 0) & (DIM - 1);

// The character 4-gram buckets of a word ("^word$"; words of 1–3 letters stand whole), memoised:
// news repeats its words, and this is the features' largest cost.
const gramCache = new Map<string, Int32Array>();
const GRAM_CACHE_MAX = 50_000;
function gramBuckets(word: string): Int32Array {
  let out = gramCache.get(word);
  if (out) return out;
  const w = `^${word}$`;
  const c = prefixState('c:');
  if (w.length <= 5) out = Int32Array.of((fnvContinue(c, w, 0, w.length) >>> 0) & (DIM - 1));
  else {
    out = new Int32Array(w.length - 3);
    for (let k = 0; k + 4 <= w.length; k++) out[k] = (fnvContinue(c, w, k, k + 4) >>> 0) & (DIM - 1);
  }
  if (gramCache.size >= GRAM_CACHE_MAX) gramCache.clear();
  gramCache.set(word, out);
  return out;
}

/**
 * A document's features as parallel arrays (row, bucket, value), grown as needed: `row` is a
 * sentence's position, or SHARED / SHARED_TITLE. Filled in one pass, read in tight loops.
 */
export class FeatureBuffer {
  rows = new Int32Array(1024);
  buckets = new Int32Array(1024);
  values = new Float32Array(1024);
  length = 0;

  push(row: number, bucket: number, value: number): void {
    if (value === 0) return;
    if (this.length === this.rows.length) {
      const grow = <A extends Int32Array | Float32Array>(a: A, make: (n: number) => A): A => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.rows = grow(this.rows, (n) => new Int32Array(n));
      this.buckets = grow(this.buckets, (n) => new Int32Array(n));
      this.values = grow(this.values, (n) => new Float32Array(n));
    }
    this.rows[this.length] = row;
    this.buckets[this.length] = bucket;
    this.values[this.length] = value;
    this.length++;
  }
}

type FeatureSink = FeatureBuffer;
/** The row of the features every body sentence shares (the headline's and article's). */
export const SHARED = -1;
/** The row of the features the headline shares with the body (the article's). */
export const SHARED_TITLE = -2;

/** Weight of the article's vocabulary (`d:`) beside the sentence's own (chosen by cross-validation: 0.3 of 0, 0.3, 0.5, 0.7). */
const DOC_WEIGHT = 0.3;

/** Lexicon evidence, squashed: weight 3 (one decisive term) ≈ 0.75, saturating. */
export const squash = (raw: number): number => (raw <= 0 ? 0 : raw / (raw + 1));

/** Buckets of the fixed features, hashed once: per topic `L:`, `N:`, `D:`, `T:`; shapes; bias. */
const FIXED = (() => {
  const per = (prefix: string) => TOPIC_IDS.map((t) => fnv1a(`${prefix}:${t}`) & (DIM - 1));
  return {
    L: per('L'),
    N: per('N'),
    D: per('D'),
    T: per('T'),
    bias: fnv1a('bias') & (DIM - 1),
    title: fnv1a('shape:title') & (DIM - 1),
    heading: fnv1a('shape:heading') & (DIM - 1),
    pos: [0, 1, 2, 3].map((k) => fnv1a(`shape:pos${k}`) & (DIM - 1)),
    len: [0, 1, 2, 3, 4].map((k) => fnv1a(`shape:len${k}`) & (DIM - 1)),
  };
})();

/** Emits a bag of strings (prefix + item), a total weight spread as weight/√n each. */
function emitBag(sink: FeatureSink, row: number, prefix: string, items: readonly string[], weight: number): void {
  if (!items.length) return;
  const v = weight / Math.sqrt(items.length);
  for (const item of items) sink.push(row, bucket(prefix, item), v);
}

/**
 * A document's features, emitted to `sink`: each sentence's own (rows 0 … n−1; the headline's,
 * when there is one, at row n), and the features every body sentence shares (SHARED: the
 * headline's and the article's vocabulary and lexicon profile) or the headline has with them
 * (SHARED_TITLE). A sentence's full vector is its row plus its shared part; at inference the
 * shared part's logits are computed once per document rather than once per sentence.
 */
export function emitDocumentFeatures(doc: ModelDocument, sink: FeatureSink = new FeatureBuffer()): FeatureBuffer {
  const n = doc.sentences.length;
  const T = TOPIC_IDS.length;
  // Each body sentence's evidence per topic (row i at i × T), then the headline's (row n), read
  // from the maps once.
  const lex = new Float64Array((n + 1) * T);
  const all = doc.title ? [...doc.sentences, doc.title] : doc.sentences;
  all.forEach((s, i) => TOPIC_IDS.forEach((t, k) => (lex[i * T + k] = s.lexicon.get(t) ?? 0)));
  // The share of body sentences whose own evidence reaches a decisive term, per topic.
  const profile = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < T; k++) if ((lex[i * T + k] as number) >= 3) profile[k] = (profile[k] as number) + 1 / Math.max(1, n);
  }
  // The article's vocabulary, for the story every sentence belongs to (capped: long reports).
  const docContent: string[] = [];
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    for (const w of s.content) {
      if (docContent.length >= 400) break;
      if (!seen.has(w)) {
        seen.add(w);
        docContent.push(w);
      }
    }
  }
  for (const row of [SHARED_TITLE, SHARED]) {
    emitBag(sink, row, 'd:', docContent, DOC_WEIGHT);
    TOPIC_IDS.forEach((_, k) => sink.push(row, FIXED.D[k] as number, profile[k] as number));
  }
  emitBag(sink, SHARED, 't:', doc.title ? [...new Set(doc.title.content)] : [], 0.5);
  TOPIC_IDS.forEach((_, k) => sink.push(SHARED, FIXED.T[k] as number, squash(doc.title ? (lex[n * T + k] as number) : 0) * 0.5));

  all.forEach((s, i) => {
    const isTitle = i >= n;
    sink.push(i, FIXED.bias, 1);
    emitBag(sink, i, 'w:', [...new Set(s.content)], 1);
    if (s.stems.length > 1) {
      const v = 0.7 / Math.sqrt(s.stems.length - 1);
      const b = prefixState('b:');
      for (let k = 0; k + 1 < s.stems.length; k++) {
        // The bucket of "b:<stem> <next stem>", hashed without building the string.
        const a = s.stems[k] as string;
        const c = s.stems[k + 1] as string;
        const h = fnvContinue(fnvContinue(fnvContinue(b, a, 0, a.length), ' ', 0, 1), c, 0, c.length);
        sink.push(i, (h >>> 0) & (DIM - 1), v);
      }
    }
    const grams = s.norms.map(gramBuckets);
    const count = grams.reduce((m, g) => m + g.length, 0);
    if (count) {
      const v = 0.7 / Math.sqrt(count);
      for (const g of grams) for (let k = 0; k < g.length; k++) sink.push(i, g[k] as number, v);
    }
    for (let k = 0; k < T; k++) {
      sink.push(i, FIXED.L[k] as number, squash(lex[i * T + k] as number));
      if (!isTitle) {
        const near = Math.max(i > 0 ? (lex[(i - 1) * T + k] as number) : 0, i + 1 < n ? (lex[(i + 1) * T + k] as number) : 0);
        sink.push(i, FIXED.N[k] as number, squash(near) * 0.5);
      }
    }
    if (isTitle) sink.push(i, FIXED.title, 1);
    else if (s.isHeading) sink.push(i, FIXED.heading, 1);
    else sink.push(i, FIXED.pos[Math.min(i, 3)] as number, 1);
    const words = s.norms.length;
    sink.push(i, FIXED.len[words < 6 ? 0 : words < 12 ? 1 : words < 25 ? 2 : words < 40 ? 3 : 4] as number, 1);
  });
  return sink;
}

/**
 * Each sentence's whole feature vector (its row plus the part it shares), for training: buckets
 * that collide are summed, zeros dropped, indices sorted.
 */
export function documentVectors(doc: ModelDocument): SparseVector[] {
  const n = doc.sentences.length + (doc.title ? 1 : 0);
  const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const shared = new Map<number, number>();
  const sharedTitle = new Map<number, number>();
  const add = (m: Map<number, number>, b: number, v: number) => m.set(b, (m.get(b) ?? 0) + v);
  const f = emitDocumentFeatures(doc);
  for (let k = 0; k < f.length; k++) {
    const row = f.rows[k] as number;
    add(row === SHARED ? shared : row === SHARED_TITLE ? sharedTitle : (rows[row] as Map<number, number>), f.buckets[k] as number, f.values[k] as number);
  }
  return rows.map((m, i) => {
    for (const [b, v] of i < doc.sentences.length ? shared : sharedTitle) add(m, b, v);
    const keys = [...m.keys()].filter((k) => m.get(k) !== 0).sort((a, b) => a - b);
    return { idx: Int32Array.from(keys), val: Float32Array.from(keys, (k) => m.get(k) as number) };
  });
}
