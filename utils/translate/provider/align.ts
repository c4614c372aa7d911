/**
 * Whether a batch's translations sit under the lines they translate. A model can answer one line
 * off and keep the count and the numbering: each output then passes the per-line checks, being a
 * fine translation of its neighbour. Some evidence survives translation and says which input an
 * output belongs to: its numbers, its length (against the batch's own ratio of lengths), a few marks
 * (? ! double quotes, brackets, a colon) and Latin words that Hindi text keeps as written (G20,
 * BRICS). Each (input, output) pair gets a cost from that evidence; the batch is refused when its
 * outputs read one or two lines off cost clearly less per line than read in place.
 */
import type { Lang } from '../../../engine/types';
import { numbersOf } from './checks';

/** The verdict on a batch: `gain` is how much less a line costs, on average, read `shift` lines off. */
export interface AlignmentVerdict {
  aligned: boolean;
  /** The cheapest reading other than in place (output i translates input i + shift). */
  shift: number;
  /** Cost per line in place minus cost per line at `shift`: positive when the shift explains more. */
  gain: number;
}

/** Shifts weighed against reading in place; ±2 too, which refused no more correct news batches. */
export const SHIFTS = [-2, -1, 1, 2] as const;
/**
 * How much cheaper per line a shift must be to refuse the batch. Set before measuring and kept after
 * `npm run eval:alignment` on NTREX-128 news (reserved documents skipped): 0.1 % of correct batches
 * refused, 94 % of batches answered one line off caught (0.1 would catch 97 % for 0.3 %). A refused
 * batch costs only one request per line; a missed one shows translations under the wrong lines.
 */
export const MIN_GAIN = 0.25;

// Cost of one number on one side only; of one mark class on one side only; of one Latin word of the
// Hindi side missing on the other. A length off the batch's ratio by a factor of e (2.7) costs 1.
const NUMBER_COST = 1;
const MARK_COST = 0.5;
const LATIN_COST = 0.5;

// Marks that translators keep, as measured on the aligned news: each is on both sides or on neither
// in at least 99 % of sentence pairs (commas, hyphens and single quotes are not).
const MARKS = [/\?/, /!/, /["“”«»]/, /[()[\]]/, /(?<!\d):(?!\d)/];
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g;

interface Evidence {
  numbers: Set<string>;
  length: number;
  marks: boolean[];
  /** Latin words, lower-cased: on the Hindi side those it kept, on the English side all it has. */
  latin: Set<string>;
}

function evidence(text: string): Evidence {
  return {
    numbers: numbersOf(text),
    length: Math.max(1, text.replace(/\s/g, '').length),
    marks: MARKS.map((re) => re.test(text)),
    latin: new Set((text.match(LATIN_WORD) ?? []).map((w) => w.toLowerCase())),
  };
}

/** The cost of reading `output` as the translation of `input`; `ratio` is the batch's output/input length. */
function pairCost(input: Evidence, output: Evidence, ratio: number, to: Lang): number {
  let cost = Math.abs(Math.log(output.length / input.length / ratio));
  for (const n of input.numbers) if (!output.numbers.has(n)) cost += NUMBER_COST;
  for (const n of output.numbers) if (!input.numbers.has(n)) cost += NUMBER_COST;
  input.marks.forEach((has, k) => {
    if (has !== output.marks[k]) cost += MARK_COST;
  });
  const [hindi, english] = to === 'en' ? [input, output] : [output, input];
  for (const w of hindi.latin) if (!english.latin.has(w)) cost += LATIN_COST;
  return cost;
}

/**
 * Checks that `outputs[i]` translates `inputs[i]` (into `to`) rather than a neighbour: refuses the
 * batch when some shift in SHIFTS makes each line cheaper by at least MIN_GAIN on average. Batches
 * of one line pass.
 */
export function checkAlignment(inputs: readonly string[], outputs: readonly string[], to: Lang): AlignmentVerdict {
  const n = Math.min(inputs.length, outputs.length);
  const from = inputs.slice(0, n).map(evidence);
  const into = outputs.slice(0, n).map(evidence);
  // The ratio of the totals is the same whichever way the lines are read, so no reading sets its own.
  const ratio =
    into.reduce((s, e) => s + e.length, 0) /
    Math.max(
      1,
      from.reduce((s, e) => s + e.length, 0),
    );
  const perLine = (shift: number): number => {
    let sum = 0;
    let pairs = 0;
    for (let j = Math.max(0, -shift); j < n && j + shift < n; j++) {
      sum += pairCost(from[j + shift] as Evidence, into[j] as Evidence, ratio, to);
      pairs++;
    }
    // A reading that pairs fewer than half the lines explains too little to outweigh the others.
    return 2 * pairs >= n ? sum / Math.max(1, pairs) : Infinity;
  };
  const inPlace = perLine(0);
  let best: AlignmentVerdict = { aligned: true, shift: 0, gain: -Infinity };
  for (const shift of SHIFTS) {
    const gain = inPlace - perLine(shift);
    if (gain > best.gain) best = { aligned: gain < MIN_GAIN, shift, gain };
  }
  return best;
}
