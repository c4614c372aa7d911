/**
 * The learned topic model at inference: a linear first stage over hashed sentence features
 * (features.ts), then a small per-topic second stage over the context of the first stage's
 * outputs (neighbours, headline, the article's profile). Weights come from `npm run train`
 * (scripts/train/train.ts) as a generated module; this file only decodes them and predicts.
 */
import type { CardRule } from '../../summary/sections';
import type { TopicId } from '../../types';
import { TOPIC_IDS } from '../taxonomy';
import { CONTEXT_INPUTS, contextInputs } from './context-inputs';
import { DIM, HASH_BITS, SHARED, SHARED_TITLE, emitDocumentFeatures, type ModelDocument, type SparseVector } from './features';

/** The serialised model, as scripts/train writes it. */
export interface SerializedModel {
  format: 1;
  /** When and from what it was trained (shown in docs and checked by tests). */
  trainedOn: { labels: number; sentences: number; documents: number; sources: readonly string[]; dataVersion: string; seed: number };
  hashBits: number;
  topics: readonly TopicId[];
  /** First stage: int8 weights, bucket-major ([bucket × topics + topic]), base64; one scale per topic. */
  stage1: { scales: readonly number[]; weights: string };
  /** Second stage: per topic, one weight per CONTEXT_INPUTS entry. */
  stage2: readonly (readonly number[])[];
  /** Per topic: the probability at which a sentence is given the topic (chosen by cross-validation). */
  thresholds: readonly number[];
  /** How the card's sections and lines are drawn from the probabilities (chosen by cross-validation). */
  card: CardRule;
}

/** A decoded model, ready to predict. */
export interface TopicModel {
  /** The first stage's logits for one sentence's features. */
  stage1(x: SparseVector): Float32Array;
  /** Per sentence (the headline last, if any): each topic's probability, in TOPIC_IDS order. */
  predict(doc: ModelDocument, blocks: readonly number[]): Float32Array[];
  /** The second stage on given first-stage logits (rows as in predict). */
  fromLogits(logits: readonly Float32Array[], blocks: readonly number[], doc: ModelDocument): Float32Array[];
  thresholds: Float32Array;
  card: CardRule;
}

/** The card rule a model has before training has chosen one (a fold model, say). */
export const DEFAULT_CARD_RULE: CardRule = { lineProbability: 0.5, sectionMass: 1 };

/** Adds one hashed feature's first-stage weights, times its value, into a row of logits. */
type AddFeature = (z: Float32Array, bucket: number, value: number) => void;

/** A model from dense weights (training builds these before quantising). */
export function modelFromWeights(w1: Float32Array, w2: readonly Float32Array[], thresholds: readonly number[], card: CardRule = DEFAULT_CARD_RULE): TopicModel {
  const T = TOPIC_IDS.length;
  const add: AddFeature = (z, bucket, v) => {
    const base = bucket * T;
    for (let t = 0; t < T; t++) z[t] = (z[t] as number) + (w1[base + t] as number) * v;
  };
  return linearModel(add, w2, thresholds, card);
}

/** The model, given how its first stage adds a feature's weights. */
function linearModel(add: AddFeature, w2: readonly Float32Array[], thresholds: readonly number[], card: CardRule): TopicModel {
  const T = TOPIC_IDS.length;
  const width = CONTEXT_INPUTS.length;
  const stage1 = (x: SparseVector): Float32Array => {
    const out = new Float32Array(T);
    for (let k = 0; k < x.idx.length; k++) add(out, x.idx[k] as number, x.val[k] as number);
    return out;
  };
  const fromLogits = (logits: readonly Float32Array[], blocks: readonly number[], doc: ModelDocument): Float32Array[] =>
    contextInputs(logits, blocks, doc).map((c) => {
      const p = new Float32Array(T);
      for (let t = 0; t < T; t++) {
        const w = w2[t] as Float32Array;
        let z = 0;
        for (let j = 0; j < width; j++) z += (w[j] as number) * (c[t * width + j] as number);
        p[t] = 1 / (1 + Math.exp(-z));
      }
      return p;
    });
  return {
    stage1,
    thresholds: Float32Array.from(thresholds),
    card,
    fromLogits,
    predict: (doc, blocks) => {
      // Features go straight into each row's logits (no vectors built): linear, so the same sum.
      const n = doc.sentences.length;
      const rows = Array.from({ length: n + (doc.title ? 1 : 0) }, () => new Float32Array(T));
      const body = new Float32Array(T);
      const title = new Float32Array(T);
      const f = emitDocumentFeatures(doc);
      for (let k = 0; k < f.length; k++) {
        const row = f.rows[k] as number;
        const z = row === SHARED ? body : row === SHARED_TITLE ? title : (rows[row] as Float32Array);
        add(z, f.buckets[k] as number, f.values[k] as number);
      }
      rows.forEach((z, i) => {
        const plus = i < n ? body : title;
        for (let t = 0; t < T; t++) z[t] = (z[t] as number) + (plus[t] as number);
      });
      return fromLogits(rows, blocks, doc);
    },
  };
}

/**
 * Decodes a serialised model; throws on a model this build cannot read. The first stage stays
 * int8, as shipped: its bytes are atob's string (one char per byte) and a weight is looked up in
 * a table of each topic's 256 dequantised values (int8 × the topic's scale, rounded to float32
 * as a Float32Array copy would be), so decoding copies and multiplies nothing.
 */
export function decodeModel(m: SerializedModel): TopicModel {
  if (m.format !== 1 || m.hashBits !== HASH_BITS || m.topics.join() !== TOPIC_IDS.join()) {
    throw new Error('The topic model does not match this build (format, hash size or topics): run npm run train.');
  }
  const T = TOPIC_IDS.length;
  // atob exists in every runtime the engine runs in, Node included.
  const bytes = atob(m.stage1.weights);
  if (bytes.length !== DIM * T) throw new Error(`The topic model's weights have ${bytes.length} bytes, not ${DIM * T}.`);
  // dequantised[t * 256 + byte]: the byte read as int8, times topic t's scale.
  const dequantised = new Float32Array(T * 256);
  for (let t = 0; t < T; t++) {
    const scale = m.stage1.scales[t] as number;
    for (let b = 0; b < 256; b++) dequantised[t * 256 + b] = ((b << 24) >> 24) * scale;
  }
  // A bucket's T weights are dequantised into `dense` the first time a feature lands there (the
  // same float32 values as the table's), so later features read one contiguous row.
  const dense = new Float32Array(DIM * T);
  const ready = new Uint8Array(DIM);
  const add: AddFeature = (z, bucket, v) => {
    const base = bucket * T;
    if (ready[bucket] === 0) {
      for (let t = 0; t < T; t++) dense[base + t] = dequantised[(t << 8) | bytes.charCodeAt(base + t)] as number;
      ready[bucket] = 1;
    }
    for (let t = 0; t < T; t++) z[t] = (z[t] as number) + (dense[base + t] as number) * v;
  };
  return linearModel(
    add,
    // A model trained with fewer second-stage inputs reads the missing ones at weight 0.
    m.stage2.map((row) => Float32Array.from({ length: CONTEXT_INPUTS.length }, (_, j) => row[j] ?? 0)),
    m.thresholds,
    m.card,
  );
}
