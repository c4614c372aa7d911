/** Quick cross-validated figures while choosing the model (not part of npm run train). */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lexiconIndex } from '../../utils/topics/lexicons';
import { TOPIC_IDS } from '../../utils/topics/taxonomy';
import { crossValidate, f1, micro, sentenceCounts } from './cv';
import { trainingDocs } from './dataset';
import { STAGE1_DEFAULTS } from './learn';

const t0 = performance.now();
const { docs, labelled } = trainingDocs(resolve('../shared/data'), resolve('training/articles'), resolve('training/labels'), lexiconIndex());
console.log(`${labelled} gold labels, ${docs.length} documents (${docs.filter((d) => d.ship).length} may train), ${docs.reduce((n, d) => n + d.texts.length, 0)} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const epochs = Number(process.env.EPOCHS ?? STAGE1_DEFAULTS.epochs);
const rate = Number(process.env.RATE ?? STAGE1_DEFAULTS.rate);
const l2 = Number(process.env.L2 ?? STAGE1_DEFAULTS.l2);
const t1 = performance.now();
const preds = crossValidate(docs, { stage1: { ...STAGE1_DEFAULTS, epochs, rate, l2 } });
console.log(`CV in ${((performance.now() - t1) / 1000).toFixed(1)} s (epochs ${epochs}, rate ${rate}, l2 ${l2})`);
for (const [name, keep] of [
  ['en', (p: (typeof preds)[number]) => p.doc.lang === 'en'],
  ['hi', (p: (typeof preds)[number]) => p.doc.lang === 'hi'],
  ['en shipped sources', (p: (typeof preds)[number]) => p.doc.lang === 'en' && p.doc.ship],
  ['hi shipped sources', (p: (typeof preds)[number]) => p.doc.lang === 'hi' && p.doc.ship],
  ['en unseen sources (agnews)', (p: (typeof preds)[number]) => p.doc.source === 'agnews'],
  ['hi unseen sources (headlines)', (p: (typeof preds)[number]) => p.doc.source === 'hihead'],
] as const) {
  const c = sentenceCounts(preds, keep);
  console.log(`${name.padEnd(30)} micro-F1 ${micro(c).toFixed(3)}   ${TOPIC_IDS.map((t, i) => `${t.slice(0, 5)} ${f1(c[i]!).toFixed(2)}`).join(' ')}`);
}
