/**
 * The topic stage's cost beside a baseline, in one process: `assignTopics` (the rules' evidence,
 * the model's two stages, the verdicts) with this tree's bundled model and with another tree's
 * (default /tmp/kootniti-base, e.g. `git archive <commit> engine | tar -x -C /tmp/kootniti-base`),
 * on the sample article repeated to about 1k and 10k words.
 * Interleaved runs; medians and the ratio this tree / baseline.
 *
 *   npx tsx scripts/train/bench-topics.ts [baseline folder] [folder in place of this tree]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { articleSentences } from '../../engine/pipeline';
import type { assignTopics, AssignInput } from '../../engine/topics/assign';
import type { lexiconIndex } from '../../engine/topics/lexicons';
import type { bundledModel } from '../../engine/topics/model/bundled';
import { assignInput } from '../../engine/topics/model/sentence';
import type { Article, Lang } from '../../engine/types';
import { extractFromHtml } from '../lib/html';
import { SAMPLE } from '../lib/sample';

type Assign = typeof assignTopics;
/** A tree's topic stage, imported from its folder (the same module files, loaded apart). */
async function stageOf(dir: string) {
  return {
    assign: ((await import(`${dir}/engine/topics/assign.ts`)) as { assignTopics: Assign }).assignTopics,
    model: ((await import(`${dir}/engine/topics/model/bundled.ts`)) as { bundledModel: typeof bundledModel }).bundledModel(),
    index: ((await import(`${dir}/engine/topics/lexicons.ts`)) as { lexiconIndex: typeof lexiconIndex }).lexiconIndex(),
  };
}
const base = await stageOf(resolve(process.argv[2] ?? '/tmp/kootniti-base'));
// A second argument benchmarks another folder in place of this tree (base against a copy of itself: the harness's own bias).
const mine = await stageOf(resolve(process.argv[3] ?? '.'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function inputsOf(article: Article, lang: Lang, words: number): { input: AssignInput[]; title: AssignInput } {
  const sentences = articleSentences(article, lang);
  const input: AssignInput[] = [];
  let n = 0;
  for (let round = 0; n < words; round++) {
    for (const s of sentences) {
      const a = assignInput(s.text, s.block + round * 1000, s.isHeading);
      input.push(a);
      n += a.norms.length;
    }
  }
  return { input, title: assignInput(article.title, -1, true) };
}

const extracted = extractFromHtml(readFileSync(SAMPLE, 'utf8'));
if (!extracted.ok) throw new Error('the sample has no article');
const article = extracted.article;
for (const words of [1_000, 10_000]) {
  const { input, title } = inputsOf(article, 'hi', words);
  const runs = words > 5000 ? 31 : 81;
  const times = { base: [] as number[], mine: [] as number[] };
  for (let r = 0; r < runs; r++) {
    for (const [name, m] of (r % 2
      ? [
          ['base', base],
          ['mine', mine],
        ]
      : [
          ['mine', mine],
          ['base', base],
        ]) as [keyof typeof times, typeof mine][]) {
      const t = performance.now();
      m.assign(m.index, m.model, input, title);
      times[name].push(performance.now() - t);
    }
  }
  const b = median(times.base);
  const m = median(times.mine);
  console.log(`${words} words (${input.length} sentences): baseline ${b.toFixed(2)} ms, this tree ${m.toFixed(2)} ms, ratio ${(m / b).toFixed(3)}`);
}
