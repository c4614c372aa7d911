/**
 * The learners behind the topic model, deterministic for a given seed: a multi-label logistic
 * regression over hashed sparse features (AdaGrad, L2) for the first stage, and one small
 * logistic regression per topic over the context inputs for the second.
 */
import { CONTEXT_INPUTS } from '../../engine/topics/model/context-inputs';
import { DIM, type SparseVector } from '../../engine/topics/model/features';
import { TOPIC_IDS } from '../../engine/topics/taxonomy';

const T = TOPIC_IDS.length;

/** mulberry32: a small seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher–Yates shuffle of 0 … n−1. */
export function permutation(n: number, random: () => number): Int32Array {
  const p = Int32Array.from({ length: n }, (_, i) => i);
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const x = p[k] as number;
    p[k] = p[j] as number;
    p[j] = x;
  }
  return p;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Settings of the first stage's learner. */
export interface Stage1Options {
  epochs: number;
  /** AdaGrad's step size. */
  rate: number;
  /** L2 penalty, applied to the weights a step touches. */
  l2: number;
  seed: number;
  /** Return the average of the weights over every step rather than the last (default false). */
  average?: boolean;
  /** Weight of a positive label's loss beside a negative's (default 1). */
  posWeight?: number;
}

/** Chosen by cross-validation (l2 of 1e-5, 1e-4, 3e-4 and 1e-3; 6 and 12 epochs; averaged weights): see docs/QUALITY.md. */
export const STAGE1_DEFAULTS: Stage1Options = { epochs: 12, rate: 0.2, l2: 1e-3, seed: 1 };

/** Trains the first stage: weights laid out bucket-major, [bucket × topics + topic]. */
export function trainStage1(x: readonly SparseVector[], y: Uint16Array, options: Stage1Options = STAGE1_DEFAULTS): Float32Array {
  const w = new Float32Array(DIM * T);
  const g2 = new Float32Array(DIM * T).fill(1e-6);
  const random = rng(options.seed);
  const z = new Float32Array(T);
  const pos = options.posWeight ?? 1;
  // Averaging: u accumulates step × update, so the mean over the steps is w − u / steps.
  const u = options.average ? new Float32Array(DIM * T) : null;
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = permutation(x.length, random);
    for (const n of order) {
      const v = x[n] as SparseVector;
      const labels = y[n] as number;
      z.fill(0);
      for (let k = 0; k < v.idx.length; k++) {
        const base = (v.idx[k] as number) * T;
        const val = v.val[k] as number;
        for (let t = 0; t < T; t++) z[t] = (z[t] as number) + (w[base + t] as number) * val;
      }
      for (let t = 0; t < T; t++) {
        const label = (labels >> t) & 1;
        z[t] = (sigmoid(z[t] as number) - label) * (label ? pos : 1);
      }
      for (let k = 0; k < v.idx.length; k++) {
        const base = (v.idx[k] as number) * T;
        const val = v.val[k] as number;
        for (let t = 0; t < T; t++) {
          const i = base + t;
          const grad = (z[t] as number) * val + options.l2 * (w[i] as number);
          g2[i] = (g2[i] as number) + grad * grad;
          const delta = (options.rate * grad) / Math.sqrt(g2[i] as number);
          w[i] = (w[i] as number) - delta;
          if (u) u[i] = (u[i] as number) - step * delta;
        }
      }
      step++;
    }
  }
  if (u) for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - (u[i] as number) / step;
  return w;
}

/** The first stage's logits for one vector. */
export function logits1(w: Float32Array, v: SparseVector): Float32Array {
  const out = new Float32Array(T);
  for (let k = 0; k < v.idx.length; k++) {
    const base = (v.idx[k] as number) * T;
    const val = v.val[k] as number;
    for (let t = 0; t < T; t++) out[t] = (out[t] as number) + (w[base + t] as number) * val;
  }
  return out;
}

/**
 * Trains the second stage: per topic, a logistic regression over its CONTEXT_INPUTS columns of
 * `inputs` (rows from contextInputs), by full-batch gradient descent with a little L2.
 */
export function trainStage2(
  inputs: readonly Float32Array[],
  y: Uint16Array,
  columns: readonly string[] = CONTEXT_INPUTS,
  iterations = 400,
  l2 = 1e-3,
): Float32Array[] {
  const width = CONTEXT_INPUTS.length;
  // Columns left out keep weight 0.
  const used = CONTEXT_INPUTS.map((c) => columns.includes(c));
  const out: Float32Array[] = [];
  for (let t = 0; t < T; t++) {
    // Starts as "trust the first stage": the self logit at weight 1.
    const w = new Float32Array(width);
    w[1] = 1;
    const m = new Float32Array(width);
    const v = new Float32Array(width);
    const grad = new Float32Array(width);
    for (let it = 1; it <= iterations; it++) {
      grad.fill(0);
      for (let n = 0; n < inputs.length; n++) {
        const row = inputs[n] as Float32Array;
        let zt = 0;
        for (let j = 0; j < width; j++) zt += (w[j] as number) * (row[t * width + j] as number);
        const e = sigmoid(zt) - (((y[n] as number) >> t) & 1);
        for (let j = 0; j < width; j++) grad[j] = (grad[j] as number) + e * (row[t * width + j] as number);
      }
      // Adam on the mean gradient.
      for (let j = 0; j < width; j++) {
        if (!used[j]) continue;
        const g = (grad[j] as number) / inputs.length + l2 * (j === 0 ? 0 : (w[j] as number) - (j === 1 ? 1 : 0));
        m[j] = 0.9 * (m[j] as number) + 0.1 * g;
        v[j] = 0.999 * (v[j] as number) + 0.001 * g * g;
        const mh = (m[j] as number) / (1 - 0.9 ** it);
        const vh = (v[j] as number) / (1 - 0.999 ** it);
        w[j] = (w[j] as number) - (0.05 * mh) / (Math.sqrt(vh) + 1e-8);
      }
    }
    out.push(w);
  }
  return out;
}

/** Per topic, the probability threshold with the best F1 on these predictions (ties: the higher). */
export function bestThresholds(probs: readonly Float32Array[], y: Uint16Array): number[] {
  const out: number[] = [];
  for (let t = 0; t < T; t++) {
    const scored = probs.map((p, n) => [p[t] as number, ((y[n] as number) >> t) & 1] as const).sort((a, b) => b[0] - a[0]);
    const positives = scored.reduce((s, [, l]) => s + l, 0);
    let tp = 0;
    let best = 0.5;
    let bestF1 = -1;
    scored.forEach(([p, l], k) => {
      tp += l;
      const f1 = (2 * tp) / (k + 1 + positives);
      // Cut between this prediction and the next lower one.
      const next = scored[k + 1]?.[0] ?? 0;
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = (p + next) / 2;
      }
    });
    out.push(positives === 0 ? 0.99 : Math.min(0.95, Math.max(0.05, best)));
  }
  return out;
}

/** Quantises first-stage weights to int8 with one scale per topic. */
export function quantise(w: Float32Array): { scales: number[]; bytes: Int8Array } {
  const scales = Array.from({ length: T }, () => 0);
  for (let i = 0; i < w.length; i++) scales[i % T] = Math.max(scales[i % T] as number, Math.abs(w[i] as number));
  const s = scales.map((m) => (m > 0 ? m / 127 : 1));
  const bytes = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round((w[i] as number) / (s[i % T] as number))));
  return { scales: s, bytes };
}
