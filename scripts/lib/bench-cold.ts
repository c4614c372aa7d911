/**
 * The benchmark's fresh process (spawned by scripts/bench.ts): reads an extracted article as JSON
 * on stdin, times its very first summarize() (every compile, decode and first-use cost of the
 * engine included: nothing of the engine has run before it in this process), then the same
 * article again, word memos emptied before each run as the benchmark's table does. Prints
 * `{ "coldMs", "warmMs" }` (warm: the median of the later runs).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { summarize } from '../../engine/pipeline';
import { clearStemCache } from '../../engine/text/stem';
import { clearWordCache } from '../../engine/text/tokenize';
import type { Article } from '../../engine/types';

const WARM_RUNS = 21;

const article = JSON.parse(readFileSync(0, 'utf8')) as Article;
const t0 = performance.now();
const first = summarize(article);
const coldMs = performance.now() - t0;
if (!first.ok) throw new Error(first.message);
const warm: number[] = [];
for (let r = 0; r < WARM_RUNS; r++) {
  clearWordCache();
  clearStemCache();
  const t = performance.now();
  summarize(article);
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ coldMs, warmMs: warm[WARM_RUNS >> 1] })}\n`);
