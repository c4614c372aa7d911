/**
 * The two labelling passes side by side: their agreement (micro-F1 of one pass against the other,
 * as for the dev set's 0.93–0.97), per source and per topic, and an adjudication sheet of every
 * sentence they disagree on (written outside the repository: it quotes dataset text).
 *
 *   tsx scripts/train/agreement.ts [sheetDir]   (default /tmp/kootniti-labelling)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TOPIC_IDS } from '../../engine/topics/taxonomy';
import { loadCorpus } from './corpus';
import { readPass } from './dataset';
import { readLabelFile } from './labels';

const dataDir = resolve(process.env.KOOTNITI_DATA ?? '../shared/data');
const sheetDir = resolve(process.argv[2] ?? '/tmp/kootniti-labelling');
const labelDir = resolve('training/labels');

const a = readPass(join(labelDir, 'pass-a'));
const b = readPass(join(labelDir, 'pass-b'));
const both = [...a.keys()].filter((id) => b.has(id));

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  n: number;
  same: number;
}
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, n: 0, same: 0 });
const bySource = new Map<string, Tally>();
const byTopic = new Map<string, Tally>(TOPIC_IDS.map((t) => [t, empty()]));
const all = empty();
for (const id of both) {
  const la = new Set(a.get(id));
  const lb = new Set(b.get(id));
  const src = id.split(':')[0] as string;
  const s = bySource.get(src) ?? empty();
  bySource.set(src, s);
  for (const t of [s, all]) {
    t.n++;
    if (la.size === lb.size && [...la].every((x) => lb.has(x))) t.same++;
  }
  for (const topic of TOPIC_IDS) {
    const inA = la.has(topic);
    const inB = lb.has(topic);
    for (const t of [s, all, byTopic.get(topic) as Tally]) {
      if (inA && inB) t.tp++;
      else if (inA) t.fp++;
      else if (inB) t.fn++;
    }
  }
}
const f1 = (t: Tally) => (2 * t.tp) / Math.max(1, 2 * t.tp + t.fp + t.fn);
console.log(`sentences labelled twice: ${both.length}; identical label sets: ${((all.same / Math.max(1, all.n)) * 100).toFixed(1)} %`);
console.log(`agreement, micro-F1 between passes: ${f1(all).toFixed(3)}`);
for (const [src, t] of bySource) console.log(`  ${src.padEnd(8)} ${String(t.n).padStart(5)} sentences  micro-F1 ${f1(t).toFixed(3)}`);
for (const [topic, t] of byTopic) console.log(`  ${topic.padEnd(13)} positives A ${t.tp + t.fp}, B ${t.tp + t.fn}  F1 ${f1(t).toFixed(3)}`);

// The adjudication sheet: each document with a disagreement not yet settled, whole, the disputed
// lines marked.
const settled = new Set(existsSync(join(labelDir, 'adjudicated.jsonl')) ? readLabelFile(join(labelDir, 'adjudicated.jsonl')).map((l) => l.id) : []);
if (existsSync(join(dataDir, 'labels'))) {
  const corpus = loadCorpus(dataDir, resolve('training/articles'));
  const out: string[] = [];
  let disputed = 0;
  for (const d of corpus) {
    const ids = d.sentences.map((s) => s.id);
    if (!ids.some((id) => a.has(id) && b.has(id))) continue;
    const differs = (id: string) =>
      !settled.has(id) && a.has(id) && b.has(id) && JSON.stringify([...(a.get(id) ?? [])].sort()) !== JSON.stringify([...(b.get(id) ?? [])].sort());
    if (!ids.some(differs)) continue;
    out.push(`=== DOC ${d.source}:${d.doc} ===`);
    for (const s of d.sentences) {
      const text = s.en ?? s.hi;
      if (differs(s.id)) {
        disputed++;
        // The two passes' labels, in an order that does not say which pass gave which.
        const [x, y] = [a.get(s.id) ?? [], b.get(s.id) ?? []].sort((p, q) => JSON.stringify(p).localeCompare(JSON.stringify(q)));
        out.push(`>> ${s.id}${s.isTitle ? ' [TITLE]' : ''}\t${text}\n      options: ${JSON.stringify(x)} | ${JSON.stringify(y)}`);
      } else out.push(`   ${s.id}${s.isTitle ? ' [TITLE]' : ''}\t${text}\t(agreed: ${JSON.stringify(a.get(s.id) ?? [])})`);
    }
    out.push('');
  }
  const sheet = join(sheetDir, settled.size ? 'adjudicate-more.txt' : 'adjudicate.txt');
  writeFileSync(sheet, `${out.join('\n')}\n`);
  console.log(`${disputed} disputed sentences not yet settled (${settled.size} settled) → ${sheet}`);
}
