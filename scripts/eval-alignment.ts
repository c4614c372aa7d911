/**
 * npm run eval:alignment: how well the batch alignment check (utils/translate/provider/align.ts)
 * tells a model's answer read in place from one shifted by a line, on real parallel text in
 * ../shared/data/parallel (set KOOTNITI_DATA to use another copy of the data folder):
 *
 * - NTREX-128 news (English with its professional Hindi translation), the reserved documents skipped:
 *   MIN_GAIN was chosen here, and `--sweep` shows the other margins;
 * - the Hindi Wikipedia sentences with crowd English references (the first of the four), each
 *   document's segments in seg_id order: never used to choose anything, so held out.
 *
 * A document's sentences are the card's lines; batches are every run of 2 to 8 consecutive lines that
 * makeBatches would send as one request (MAX_BATCH_CHARS included), in both directions, with the
 * reference translation as the model's answer. A shifted answer moves every output one line down
 * (+1) or up (-1), the vacated line taking the translation of the document's neighbouring sentence,
 * so the count and the numbering stay right (a batch at the document's edge has no neighbour there,
 * and is not shifted that way); answers two lines off are counted too. Prints, by batch size: false alarms (correct batches
 * refused: each costs one request per line instead of one), shifted batches caught, and the lines
 * that would show under the wrong sentence (a shifted output that passes the per-line checks) before
 * and with the check. Prints figures only, never dataset text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../engine/types';
import { checkAlignment, MIN_GAIN } from '../utils/translate/provider/align';
import { checkLine } from '../utils/translate/provider/checks';
import { oneLine } from '../utils/translate/provider/numbered';
import { makeBatches, MAX_BATCH_CHARS, MAX_BATCH_LINES } from '../utils/translate/provider/translate';

/** The NTREX documents of ../shared/data/labels/RESERVED.md: held out, never read here. */
const RESERVED = new Set([
  'bbc.381647',
  'bbc.381680',
  'bbc.381736',
  'cnbc.com.6769',
  'dailymail.co.uk.298630',
  'newsweek.51307',
  'nytimes.184804',
  'reuters.218882',
  'reuters.218932',
  'reuters.218933',
  'rt.com.91335',
  'scotsman.133783',
  'thelocal.65969',
  'upi.176249',
]);

const dataDir = resolve(process.env.KOOTNITI_DATA ?? '../shared/data');
const ntrexPath = resolve(dataDir, 'parallel/ntrex128_docs_en_hi.jsonl');
const mturkPath = resolve(dataDir, 'parallel/mturk_wiki_hi_en_4refs.tsv');
if (!existsSync(ntrexPath) || !existsSync(mturkPath)) {
  console.log(`eval:alignment: the parallel data is not at ${resolve(dataDir, 'parallel')}, so there is nothing to measure.`);
  console.log('It ships beside the project as ../shared/data; set KOOTNITI_DATA to its folder.');
  process.exit(0);
}

/** One document: its sentences in each language, aligned line for line. */
interface Doc {
  en: string[];
  hi: string[];
}

function readNtrex(): Doc[] {
  const docs: Doc[] = [];
  for (const line of readFileSync(ntrexPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { doc_id: string; en_sentences: string[]; hi_sentences: string[] };
    if (RESERVED.has(doc.doc_id)) continue;
    docs.push({ en: doc.en_sentences.map(oneLine), hi: doc.hi_sentences.map(oneLine) });
  }
  return docs;
}

function readMturk(): Doc[] {
  const byDoc = new Map<string, { seg: number; hi: string; en: string }[]>();
  const [header = '', ...rows] = readFileSync(mturkPath, 'utf8').split('\n');
  const col = header.split('\t');
  const [segAt, hiAt, enAt] = ['seg_id', 'hi', 'en_ref0'].map((name) => col.indexOf(name));
  for (const row of rows) {
    const f = row.split('\t');
    const [doc, seg] = (f[segAt ?? -1] ?? '').split('_');
    if (!doc || seg === undefined) continue;
    const list = byDoc.get(doc) ?? [];
    list.push({ seg: Number(seg), hi: oneLine(f[hiAt ?? -1] ?? ''), en: oneLine(f[enAt ?? -1] ?? '') });
    byDoc.set(doc, list);
  }
  return [...byDoc.values()].map((segs) => {
    segs.sort((a, b) => a.seg - b.seg);
    return { en: segs.map((s) => s.en), hi: segs.map((s) => s.hi) };
  });
}

/** Tallies for one batch size. */
interface Tally {
  batches: number;
  refused: number;
  shifted: number;
  caught: number;
  wrongBefore: number;
  wrongAfter: number;
  /** Answers shifted by two lines (either way): SHIFTS weighs these too. */
  shiftedTwo: number;
  caughtTwo: number;
}

const newTally = (): Tally => ({ batches: 0, refused: 0, shifted: 0, caught: 0, wrongBefore: 0, wrongAfter: 0, shiftedTwo: 0, caughtTwo: 0 });

/** Best-shift gains of correct and of shifted batches, for the sweep. */
interface Gains {
  correct: number[];
  shifted: number[];
}

/** Runs every batch of `docs` in one direction; adds to `bySize` and `gains`. */
function measure(docs: readonly Doc[], from: Lang, to: Lang, bySize: Map<number, Tally>, gains: Gains): void {
  for (const doc of docs) {
    // The lines translateWithProvider batches: non-empty and with a letter (the rest pass through).
    const todo = doc[from].map((_, i) => i).filter((i) => /\p{L}/u.test(doc[from][i] ?? '') && doc[to][i]);
    const inputs = todo.map((i) => doc[from][i] ?? '');
    const refs = todo.map((i) => doc[to][i] ?? '');
    for (let start = 0; start < todo.length; start++) {
      for (let size = 2; size <= MAX_BATCH_LINES; size++) {
        const window = inputs.slice(start, start + size);
        if (window.length < size) break;
        // Only a batch the real code would send as it is: past MAX_BATCH_CHARS it is cut shorter.
        if (
          makeBatches(
            window.map((_, k) => k),
            window,
            size,
            MAX_BATCH_CHARS,
          )[0]?.length !== size
        )
          break;
        const tally = bySize.get(size) ?? newTally();
        bySize.set(size, tally);
        const correct = checkAlignment(window, refs.slice(start, start + size), to);
        tally.batches++;
        if (!correct.aligned) tally.refused++;
        gains.correct.push(correct.gain);
        for (const move of [1, -1, 2, -2]) {
          // +1: output k is the translation of line k - 1; the first takes the sentence before the batch's.
          const outputs = window.map((_, k) => refs[start + k - move]);
          if (outputs.some((o) => o === undefined)) continue;
          const shifted = outputs as string[];
          const verdict = checkAlignment(window, shifted, to);
          if (Math.abs(move) === 2) {
            tally.shiftedTwo++;
            if (!verdict.aligned) tally.caughtTwo++;
            continue;
          }
          const shown = window.filter((input, k) => checkLine(input, shifted[k] ?? '', to) === null).length;
          tally.shifted++;
          tally.wrongBefore += shown;
          if (verdict.aligned) tally.wrongAfter += shown;
          else tally.caught++;
          gains.shifted.push(verdict.gain);
        }
      }
    }
  }
}

const pct = (part: number, whole: number): string => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '–');

function report(name: string, docs: readonly Doc[]): Gains {
  const gains: Gains = { correct: [], shifted: [] };
  console.log(`\n## ${name}: ${docs.length} documents, ${docs.reduce((s, d) => s + d.en.length, 0)} sentence pairs\n`);
  for (const [from, to] of [
    ['hi', 'en'],
    ['en', 'hi'],
  ] as const) {
    const bySize = new Map<number, Tally>();
    measure(docs, from, to, bySize, gains);
    console.log(`### ${from} → ${to}\n`);
    console.log('| lines | batches | false alarms | shifted batches | caught | wrong lines before | wrong lines after |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|');
    const total = newTally();
    for (const [size, t] of [...bySize].sort(([a], [b]) => a - b)) {
      console.log(
        `| ${size} | ${t.batches} | ${t.refused} (${pct(t.refused, t.batches)}) | ${t.shifted} | ${pct(t.caught, t.shifted)} | ${t.wrongBefore} | ${t.wrongAfter} |`,
      );
      for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
    }
    console.log(
      `| all | ${total.batches} | ${total.refused} (${pct(total.refused, total.batches)}) | ${total.shifted} | ${pct(total.caught, total.shifted)} | ${total.wrongBefore} | ${total.wrongAfter} (${pct(total.wrongAfter, total.wrongBefore)}) |\n`,
    );
    console.log(`Shifted by two lines instead: ${pct(total.caughtTwo, total.shiftedTwo)} of ${total.shiftedTwo} caught.\n`);
  }
  return gains;
}

/** False alarms and catches at other margins than MIN_GAIN, both directions together. */
function sweep(gains: Gains): void {
  console.log('| margin | false alarms | shifted caught |\n|---:|---:|---:|');
  for (const margin of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1]) {
    const refused = gains.correct.filter((g) => g >= margin).length;
    const caught = gains.shifted.filter((g) => g >= margin).length;
    const mark = margin === MIN_GAIN ? ' (MIN_GAIN)' : '';
    console.log(`| ${margin}${mark} | ${pct(refused, gains.correct.length)} | ${pct(caught, gains.shifted.length)} |`);
  }
}

console.log(`# Batch alignment check (MIN_GAIN ${MIN_GAIN}, batches of 2–${MAX_BATCH_LINES} lines, ≤ ${MAX_BATCH_CHARS} characters)`);
const tuned = report('NTREX-128 news, reserved documents skipped (margin chosen here)', readNtrex());
if (process.argv.includes('--sweep')) sweep(tuned);
const heldOut = report('Hindi Wikipedia, crowd references (held out)', readMturk());
if (process.argv.includes('--sweep')) sweep(heldOut);
