/**
 * Cross-validation of recipe variants, for choosing changes by CV on the training documents only:
 *
 *   npx tsx scripts/train/experiment.ts '<stage1 options>' '[<variant>, …]' [--card]
 *
 * The folds are crossValidate's (cv.ts); the first stage is trained once per fold for the given
 * options, then each variant (`{ "columns": [...] }`: the second stage's inputs, default all of CONTEXT_INPUTS) trains its
 * second stage and thresholds on it. Prints each variant's sentence micro-F1 per language and, with
 * --card, the card figures at the shipped card rule.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lexiconIndex } from '../../engine/topics/lexicons';
import { CONTEXT_INPUTS } from '../../engine/topics/model/context-inputs';
import { MODEL } from '../../engine/topics/model/weights.generated';
import { cardScores, emptyTally, scoreCard } from './card-metrics';
import { type FoldPrediction, micro, sentenceCounts } from './cv';
import { type TrainDoc, trainingDocs } from './dataset';
import { STAGE1_DEFAULTS } from './learn';
import { folds, type RecipeOptions, trainFirstStage, trainSecondStage } from './recipe';

const t0 = performance.now();
const dataDir = resolve(process.env.KOOTNITI_DATA ?? '../shared/data');
const { docs } = trainingDocs(dataDir, resolve('training/articles'), resolve('training/labels'), lexiconIndex());
const stage1 = { ...STAGE1_DEFAULTS, ...JSON.parse(process.argv[2] ?? '{}') };
const variants: { columns?: string[] }[] = JSON.parse(process.argv[3] ?? '[{}]');
const options = variants.map((v): RecipeOptions => ({ stage1, columns: v.columns ?? CONTEXT_INPUTS }));
const preds: FoldPrediction[][] = variants.map(() => []);
for (const held of folds(docs, 5, 11)) {
  const heldSet = new Set(held);
  const train = docs.filter((d) => d.ship && !heldSet.has(d));
  const first = trainFirstStage(train, { stage1 });
  options.forEach((o, v) => {
    const { model } = trainSecondStage(train, first, o);
    for (const d of held) preds[v]?.push({ doc: d, probs: model.predict(d.model, d.blocks), thresholds: model.thresholds, model });
  });
}
variants.forEach((variant, v) => {
  const p = preds[v] as FoldPrediction[];
  const out: Record<string, number | string> = { stage1: process.argv[2] ?? '{}', variant: JSON.stringify(variant) };
  for (const lang of ['en', 'hi'] as const) out[lang] = Number(micro(sentenceCounts(p, (x) => x.doc.lang === lang)).toFixed(4));
  if (process.argv.includes('--card')) {
    for (const lang of ['en', 'hi'] as const) {
      const tally = emptyTally();
      for (const x of p) {
        const d: TrainDoc = x.doc;
        if (d.lang !== lang || d.model.sentences.length < 2) continue;
        const n = d.model.sentences.length;
        const doc = { lang: d.lang, body: d.texts.slice(0, n), blocks: d.blocks, title: d.model.title ? (d.texts[n] as string) : null, gold: d.gold };
        scoreCard(doc, { ...x.model, card: MODEL.card }, tally);
      }
      const c = cardScores(tally);
      out[`${lang}Card`] = [c.linePrecision, c.sectionPrecision, c.mainTopicRecall].map((r) => r.toFixed(3)).join(' / ');
    }
  }
  out.seconds = Math.round((performance.now() - t0) / 1000);
  console.log(JSON.stringify(out));
});
