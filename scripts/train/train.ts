/**
 * npm run train: builds the topic model from the labels, deterministically, and measures it.
 *
 * 1. The training set (dataset.ts): gold labels joined to their texts from ../shared/data and
 *    training/articles.
 * 2. Document-level 5-fold cross-validation of the recipe (recipe.ts), trained only on sources
 *    whose licence lets the weights ship: sentence figures per language and per topic, the card
 *    figures (card-metrics.ts), and a learning curve at 25 / 50 / 100 % of the training groups.
 * 3. The shipped model: the recipe on every shippable document, quantised to int8, written to
 *    engine/topics/model/weights.generated.ts with the data version it came from; the figures go to
 *    training/report.json (docs/QUALITY.md shows them).
 *
 * Set KOOTNITI_DATA to use another copy of the data folder; `--no-curve` skips the learning curve.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lexiconIndex } from '../../engine/topics/lexicons';
import { CONTEXT_INPUTS } from '../../engine/topics/model/context-inputs';
import { HASH_BITS } from '../../engine/topics/model/features';
import type { CardRule } from '../../engine/summary/sections';
import { DEFAULT_CARD_RULE, type SerializedModel, type TopicModel } from '../../engine/topics/model/model';
import { TOPIC_IDS } from '../../engine/topics/taxonomy';
import { type CardDoc, cardScores, emptyTally, scoreCard } from './card-metrics';
import { SOURCES } from './corpus';
import { crossValidate, f1, type FoldPrediction, micro, sentenceCounts } from './cv';
import { readPass, type TrainDoc, trainingDocs } from './dataset';
import { passAgreement } from './labels';
import { quantise, STAGE1_DEFAULTS } from './learn';
import { trainRecipe } from './recipe';

const dataDir = resolve(process.env.KOOTNITI_DATA ?? '../shared/data');
if (!existsSync(join(dataDir, 'labels'))) {
  console.error(
    `train: the data is not at ${dataDir}. It ships beside the project as ../shared/data (not in a user's clone); set KOOTNITI_DATA to its folder.`,
  );
  process.exit(2);
}
const labelDir = resolve('training/labels');
const articlesDir = resolve('training/articles');
const SEED = STAGE1_DEFAULTS.seed;
const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

const { docs, labelled } = trainingDocs(dataDir, articlesDir, labelDir, lexiconIndex());
const shipDocs = docs.filter((d) => d.ship);
console.log(`${labelled} labelled sentences; ${docs.length} documents by language, ${shipDocs.length} may train the shipped weights (${secs()})`);

/** The data version: a hash of every label file and article the model was trained from. */
function dataVersion(): string {
  const h = createHash('sha256');
  const files = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(jsonl?|json)$/.test(f))
          .sort()
      : [];
  for (const f of files(labelDir)) h.update(f).update(readFileSync(join(labelDir, f)));
  for (const f of files(articlesDir)) h.update(f).update(readFileSync(join(articlesDir, f)));
  return h.digest('hex').slice(0, 16);
}

const cardDoc = (d: TrainDoc): CardDoc => {
  const n = d.model.sentences.length;
  return { lang: d.lang, body: d.texts.slice(0, n), blocks: d.blocks, title: d.model.title ? (d.texts[n] as string) : null, gold: d.gold };
};

/** A fold's model drawing the card by `rule`. */
const withRule = (model: TopicModel, rule: CardRule): TopicModel => ({ ...model, card: rule });

/** Card figures of out-of-fold predictions with a card rule, for a subset of documents. */
function cardFigures(preds: readonly FoldPrediction[], keep: (d: TrainDoc) => boolean, rule: CardRule | null) {
  const tally = emptyTally();
  for (const p of preds) {
    if (!keep(p.doc) || p.doc.model.sentences.length < 2) continue;
    scoreCard(cardDoc(p.doc), rule ? withRule(p.model, rule) : null, tally);
  }
  return { ...cardScores(tally), documents: tally.documents };
}

/** Sentence and card figures of out-of-fold predictions, for a subset of documents. */
function figures(preds: readonly FoldPrediction[], keep: (d: TrainDoc) => boolean, rule: CardRule) {
  const counts = sentenceCounts(preds, (p) => keep(p.doc));
  const pooled = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const card = cardFigures(preds, keep, rule);
  return {
    documents: preds.filter((p) => keep(p.doc)).length,
    sentences: preds.filter((p) => keep(p.doc)).reduce((n, p) => n + p.probs.length, 0),
    precision: pooled.tp / Math.max(1, pooled.tp + pooled.fp),
    recall: pooled.tp / Math.max(1, pooled.tp + pooled.fn),
    microF1: micro(counts),
    perTopic: Object.fromEntries(TOPIC_IDS.map((t, i) => [t, { f1: f1(counts[i]!), positives: counts[i]!.tp + counts[i]!.fn }])),
    card,
    rulesCard: cardFigures(preds, keep, null),
  };
}

console.log('cross-validating (5 folds by document)…');
const preds = crossValidate(docs, { k: 5, seed: 11 });
// The card rule: the grid point with the best mean of the three card measures, English and Hindi
// alike, over the out-of-fold predictions on the shippable sources.
console.log('choosing the card rule…');
const shipEn = (d: TrainDoc) => d.lang === 'en' && d.ship;
const shipHi = (d: TrainDoc) => d.lang === 'hi' && d.ship;
let cardRule: CardRule = DEFAULT_CARD_RULE;
let bestScore = -1;
const grid: { rule: CardRule; score: number }[] = [];
for (const lineProbability of [0.4, 0.5, 0.6, 0.7]) {
  for (const sectionMass of [0.6, 0.8, 1, 1.25, 1.5, 2]) {
    const rule = { lineProbability, sectionMass };
    const mean = (c: ReturnType<typeof cardFigures>) => (c.linePrecision + c.sectionPrecision + c.mainTopicRecall) / 3;
    const score = (mean(cardFigures(preds, shipEn, rule)) + mean(cardFigures(preds, shipHi, rule))) / 2;
    grid.push({ rule, score });
    if (score > bestScore + 1e-9) {
      bestScore = score;
      cardRule = rule;
    }
  }
}
console.log(`  card rule: a line at probability ${cardRule.lineProbability}, a section at ${cardRule.sectionMass} expected sentences (${secs()})`);
const sets = {
  en: (d: TrainDoc) => d.lang === 'en',
  hi: (d: TrainDoc) => d.lang === 'hi',
  'en, shippable sources': (d: TrainDoc) => d.lang === 'en' && d.ship,
  'hi, shippable sources': (d: TrainDoc) => d.lang === 'hi' && d.ship,
  'en, AG News (never trained on)': (d: TrainDoc) => d.source === 'agnews',
  'hi, headlines (never trained on)': (d: TrainDoc) => d.source === 'hihead',
};
const cv = Object.fromEntries(Object.entries(sets).map(([name, keep]) => [name, figures(preds, keep, cardRule)]));
for (const [name, f] of Object.entries(cv)) {
  console.log(
    `  ${name.padEnd(34)} micro-F1 ${f.microF1.toFixed(3)}  card lines ${f.card.linePrecision.toFixed(3)}  sections ${f.card.sectionPrecision.toFixed(3)}  main topics ${f.card.mainTopicRecall.toFixed(3)}`,
  );
}
console.log(`(${secs()})`);

const curve: { share: number; en: number; hi: number }[] = [{ share: 1, en: cv.en!.microF1, hi: cv.hi!.microF1 }];

console.log('training the shipped model…');
const trained = trainRecipe(shipDocs);
const q = quantise(trained.w1);
const version = dataVersion();
const serialized: SerializedModel = {
  format: 1,
  trainedOn: {
    labels: labelled,
    sentences: shipDocs.reduce((n, d) => n + d.texts.length, 0),
    documents: shipDocs.length,
    sources: SOURCES.filter((s) => s.ship).map((s) => `${s.name} (${s.licence})`),
    dataVersion: version,
    seed: SEED,
  },
  hashBits: HASH_BITS,
  topics: TOPIC_IDS,
  stage1: { scales: q.scales.map((s) => Number(s.toPrecision(6))), weights: Buffer.from(q.bytes.buffer).toString('base64') },
  stage2: trained.w2.map((row) => [...row].map((v) => Number(v.toPrecision(6)))),
  thresholds: trained.thresholds.map((t) => Number(t.toFixed(4))),
  card: cardRule,
};
const header = `/* Generated by scripts/train/train.ts (npm run train) from training/labels at data version ${version}: do not edit. */\n`;
writeFileSync(
  'engine/topics/model/weights.generated.ts',
  `${header}import type { SerializedModel } from './model';\n\n/** The shipped topic model. */\nexport const MODEL: SerializedModel = ${JSON.stringify(serialized)};\n`,
);
const agreement = passAgreement(readPass(join(labelDir, 'pass-a')), readPass(join(labelDir, 'pass-b')));
const report = () => ({
  note: 'Written by npm run train; docs/QUALITY.md shows these figures.',
  dataVersion: version,
  agreement: agreement.microF1,
  labelledTwice: agreement.sentences,
  seed: SEED,
  labelled,
  stage1: STAGE1_DEFAULTS,
  contextInputs: CONTEXT_INPUTS,
  sources: SOURCES,
  thresholds: Object.fromEntries(TOPIC_IDS.map((t, i) => [t, serialized.thresholds[i]])),
  cardRule,
  cardRuleGrid: grid,
  crossValidation: cv,
  learningCurve: curve,
});
const writeReport = () =>
  writeFileSync('training/report.json', `${JSON.stringify(report(), (_, v) => (typeof v === 'number' ? Number(v.toFixed(4)) : v), 1)}\n`);
writeReport();
console.log(`wrote engine/topics/model/weights.generated.ts (data version ${version}) and training/report.json (${secs()})`);

// The learning curve: the same cross-validation on a share of the training groups (after the
// weights and report are written, so a long run still leaves them; the report is rewritten).
if (!process.argv.includes('--no-curve')) {
  for (const share of [0.5, 0.25]) {
    const p = crossValidate(docs, { k: 5, seed: 11, share });
    curve.unshift({ share, en: micro(sentenceCounts(p, (x) => x.doc.lang === 'en')), hi: micro(sentenceCounts(p, (x) => x.doc.lang === 'hi')) });
    console.log(`  learning curve ${share * 100} %: en ${curve[0]!.en.toFixed(3)}, hi ${curve[0]!.hi.toFixed(3)} (${secs()})`);
    writeReport();
  }
}
