/**
 * The learned topic model at inference: a linear first stage over hashed sentence features
 * (features.ts), then a small per-topic second stage over the context of the first stage's
 * outputs (neighbours, headline, the article's profile). Weights come from `npm run train`
 * (scripts/train/train.ts) as a generated module; this file only decodes them and predicts.
 */
import type { CardRule } from '../../summary/sections';
import type { TopicId } from '../../types';
import { TOPIC_IDS } from '../taxonomy';
import { CONTEXT_INPUTS, DIM, HASH_BITS, SHARED, SHARED_TITLE, contextInputs, emitDocumentFeatures, type ModelDocument, type SparseVector } from './features';

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

/** Decodes base64 into bytes (atob exists in every runtime the engine runs in, Node included). */
function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let k = 0; k < raw.length; k++) out[k] = raw.charCodeAt(k);
  return out;
}

/** A model from dense weights (training builds these before quantising). */
export function modelFromWeights(w1: Float32Array, w2: readonly Float32Array[], thresholds: readonly number[], card: CardRule = DEFAULT_CARD_RULE): TopicModel {
  const T = TOPIC_IDS.length;
  const width = CONTEXT_INPUTS.length;
  const stage1 = (x: SparseVector): Float32Array => {
    const out = new Float32Array(T);
    for (let k = 0; k < x.idx.length; k++) {
      const base = (x.idx[k] as number) * T;
      const v = x.val[k] as number;
      for (let t = 0; t < T; t++) out[t] = (out[t] as number) + (w1[base + t] as number) * v;
    }
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
        const base = (f.buckets[k] as number) * T;
        const v = f.values[k] as number;
        for (let t = 0; t < T; t++) z[t] = (z[t] as number) + (w1[base + t] as number) * v;
      }
      rows.forEach((z, i) => {
        const add = i < n ? body : title;
        for (let t = 0; t < T; t++) z[t] = (z[t] as number) + (add[t] as number);
      });
      return fromLogits(rows, blocks, doc);
    },
  };
}

/** Decodes a serialised model; throws on a model this build cannot read. */
export function decodeModel(m: SerializedModel): TopicModel {
  if (m.format !== 1 || m.hashBits !== HASH_BITS || m.topics.join() !== TOPIC_IDS.join()) {
    throw new Error('The topic model does not match this build (format, hash size or topics): run npm run train.');
  }
  const T = TOPIC_IDS.length;
  const bytes = fromBase64(m.stage1.weights);
  if (bytes.length !== DIM * T) throw new Error(`The topic model's weights have ${bytes.length} bytes, not ${DIM * T}.`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const w1 = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) w1[k] = (q[k] as number) * (m.stage1.scales[k % T] as number);
  return modelFromWeights(
    w1,
    m.stage2.map((row) => Float32Array.from(row)),
    m.thresholds,
    m.card,
  );
}
