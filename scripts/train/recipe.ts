/**
 * The training recipe, one function used for cross-validation folds and for the shipped model
 * alike: the first stage on the training documents; the second stage on the first stage's
 * out-of-fold outputs over those documents (so it learns how the first stage errs on unseen text);
 * thresholds from the second stage's out-of-fold probabilities.
 */
import { contextInputs } from '../../engine/topics/model/context-inputs';
import { documentVectors, type SparseVector } from '../../engine/topics/model/features';
import { modelFromWeights, type TopicModel } from '../../engine/topics/model/model';
import type { TrainDoc } from './dataset';
import { bestThresholds, logits1, permutation, rng, STAGE1_DEFAULTS, type Stage1Options, trainStage1, trainStage2 } from './learn';

/** A document's feature vectors, computed once per document. */
const featureCache = new WeakMap<TrainDoc, SparseVector[]>();
export function featuresOf(doc: TrainDoc): SparseVector[] {
  let f = featureCache.get(doc);
  if (!f) featureCache.set(doc, (f = documentVectors(doc.model)));
  return f;
}

/** Splits documents into k folds by group (a parallel document's two languages stay together). */
export function folds<D extends { group: string }>(docs: readonly D[], k: number, seed: number): D[][] {
  const groups = [...new Set(docs.map((d) => d.group))].sort();
  const order = permutation(groups.length, rng(seed));
  const foldOf = new Map<string, number>();
  order.forEach((g, n) => foldOf.set(groups[g] as string, n % k));
  const out: D[][] = Array.from({ length: k }, () => []);
  for (const d of docs) out[foldOf.get(d.group) as number]?.push(d);
  return out;
}

function stack(docs: readonly TrainDoc[]): { x: SparseVector[]; y: Uint16Array } {
  const x = docs.flatMap(featuresOf);
  const y = new Uint16Array(x.length);
  let n = 0;
  for (const d of docs) for (const g of d.gold) y[n++] = g;
  return { x, y };
}

/** What the recipe produced: the model, and the out-of-fold second-stage probabilities it was tuned on. */
export interface Trained {
  model: TopicModel;
  w1: Float32Array;
  w2: Float32Array[];
  thresholds: number[];
}

/** The recipe's settings (defaults: STAGE1_DEFAULTS, STAGE2_COLUMNS, 4 inner folds, seed 7). */
export interface RecipeOptions {
  stage1?: Stage1Options;
  /** The second stage's inputs (CONTEXT_INPUTS entries); the others keep weight 0. */
  columns?: readonly string[];
  innerFolds?: number;
  seed?: number;
}

/** The first stage's part of the recipe: out-of-fold logits for every training document, and the weights on all. */
export interface Stage1Result {
  oof: Map<TrainDoc, Float32Array[]>;
  w1: Float32Array;
}

/** Trains the first stage on inner folds (for the second stage's inputs) and on all of `docs`. */
export function trainFirstStage(docs: readonly TrainDoc[], options: RecipeOptions = {}): Stage1Result {
  const stage1 = options.stage1 ?? STAGE1_DEFAULTS;
  const k = options.innerFolds ?? 4;
  const seed = options.seed ?? 7;
  const oof = new Map<TrainDoc, Float32Array[]>();
  for (const held of folds(docs, k, seed)) {
    const heldSet = new Set(held);
    const train = stack(docs.filter((d) => !heldSet.has(d)));
    const w = trainStage1(train.x, train.y, stage1);
    for (const d of held)
      oof.set(
        d,
        featuresOf(d).map((v) => logits1(w, v)),
      );
  }
  const all = stack(docs);
  return { oof, w1: trainStage1(all.x, all.y, stage1) };
}

/** The second stage and the thresholds, on the first stage's out-of-fold logits. */
export function trainSecondStage(docs: readonly TrainDoc[], first: Stage1Result, options: RecipeOptions = {}): Trained {
  const { oof, w1 } = first;
  const ctx: Float32Array[] = [];
  const yAll: number[] = [];
  for (const d of docs) {
    ctx.push(...contextInputs(oof.get(d) as Float32Array[], d.blocks, d.model));
    yAll.push(...d.gold);
  }
  const y = Uint16Array.from(yAll);
  const w2 = trainStage2(ctx, y, options.columns);
  // Thresholds on the second stage's probabilities over the out-of-fold first stage.
  const probe = modelFromWeights(new Float32Array(0), w2, []);
  const probs: Float32Array[] = [];
  for (const d of docs) {
    const logits = oof.get(d) as Float32Array[];
    probs.push(...stage2Probs(probe, logits, d));
  }
  const thresholds = bestThresholds(probs, y);
  return { model: modelFromWeights(w1, w2, thresholds), w1, w2, thresholds };
}

/** Trains the two stages and the thresholds on `docs` (inner folds for the second stage). */
export function trainRecipe(docs: readonly TrainDoc[], options: RecipeOptions = {}): Trained {
  return trainSecondStage(docs, trainFirstStage(docs, options), options);
}

/** The second stage's probabilities from given first-stage logits (the model's own path, reused). */
function stage2Probs(model: TopicModel, logits: Float32Array[], doc: TrainDoc): Float32Array[] {
  // modelFromWeights' predict recomputes the first stage; here the logits are given, so the
  // second stage is applied directly with the same arithmetic.
  return model.fromLogits(logits, doc.blocks, doc.model);
}
