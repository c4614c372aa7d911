/**
 * Document-level cross-validation of the training recipe: each fold's documents are predicted by a
 * model trained (stages, thresholds) without them. Only documents whose source may ship train;
 * every labelled document is predicted, so sources kept out of the weights (licences) are scored
 * as unseen text.
 */
import { TOPIC_IDS } from '../../engine/topics/taxonomy';
import type { TopicModel } from '../../engine/topics/model/model';
import type { TrainDoc } from './dataset';
import { folds, type RecipeOptions, trainRecipe } from './recipe';

/** Out-of-fold predictions for one document, and the fold model that made them. */
export interface FoldPrediction {
  doc: TrainDoc;
  probs: Float32Array[];
  thresholds: Float32Array;
  model: TopicModel;
}

/** Cross-validates; `share` trains each fold on that share of its training groups (learning curve). */
export function crossValidate(
  docs: readonly TrainDoc[],
  options: { k?: number; seed?: number; share?: number; recipe?: RecipeOptions } = {},
): FoldPrediction[] {
  const k = options.k ?? 5;
  const out: FoldPrediction[] = [];
  for (const held of folds(docs, k, options.seed ?? 11)) {
    const heldSet = new Set(held);
    let train = docs.filter((d) => (d.ship || process.env.ALL_SOURCES === '1') && !heldSet.has(d));
    if (options.share !== undefined && options.share < 1) {
      // A seeded subset of whole groups (both languages of a parallel document together).
      const groups = [...new Set(train.map((d) => d.group))].sort();
      const keep = new Set(
        folds(
          groups.map((g) => ({ group: g })),
          100,
          5,
        )
          .flat()
          .slice(0, Math.round(groups.length * options.share))
          .map((g) => g.group),
      );
      train = train.filter((d) => keep.has(d.group));
    }
    const { model } = trainRecipe(train, options.recipe ?? {});
    for (const d of held) out.push({ doc: d, probs: model.predict(d.model, d.blocks), thresholds: model.thresholds, model });
  }
  return out;
}

/** True/false positives and false negatives of one topic. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** F1 of counts. */
export const f1 = (c: Counts): number => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);

/** Sentence-level counts per topic over predictions, filtered by `keep`. */
export function sentenceCounts(preds: readonly FoldPrediction[], keep: (p: FoldPrediction) => boolean): Counts[] {
  const counts = TOPIC_IDS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const p of preds) {
    if (!keep(p)) continue;
    p.probs.forEach((row, n) => {
      const gold = p.doc.gold[n] as number;
      TOPIC_IDS.forEach((_, t) => {
        const g = (gold >> t) & 1;
        const y = (row[t] as number) >= (p.thresholds[t] as number) ? 1 : 0;
        const c = counts[t] as Counts;
        if (g && y) c.tp++;
        else if (y) c.fp++;
        else if (g) c.fn++;
      });
    });
  }
  return counts;
}

/** Micro-F1 over all topics. */
export function micro(counts: readonly Counts[]): number {
  return f1(counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 }));
}
