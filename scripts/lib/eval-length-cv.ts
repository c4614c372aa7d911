/**
 * How the overview's informativeness prior (engine/summary/rank.ts, LENGTH_PRIOR) was chosen:
 * 5-fold cross-validation across documents, never the single best dev score.
 *
 * Every document of the three summary sets (../shared/data/summarization) is put in one of five
 * folds (document k in fold k mod 5, per set). For each fold, the grid value with the best mean
 * ROUGE-L F on the other four folds (each set weighing the same) is applied to the held-out fold.
 * The held-out scores estimate what the procedure gives on unseen documents; the value used is the
 * one chosen on all folds together. Run: npx tsx scripts/lib/eval-length-cv.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, articleSentences } from '../../engine/pipeline';
import { pickTop, salience, type LengthPrior, type RankInput } from '../../engine/summary/rank';
import { tfidfVectors } from '../../engine/summary/vectors';
import { articleFromRecord, SUMMARY_DATASETS } from '../eval/summaries';
import { textRank } from '../eval/baselines';
import { rouge } from '../eval/rouge';

/** The grid searched: exponents × caps. */
export const GRID: readonly LengthPrior[] = [0.2, 0.35, 0.5, 0.75, 1].flatMap((exponent) => [1.3, 1.6, 2, 3].map((cap) => ({ exponent, cap })));
const FOLDS = 5;

interface Doc {
  set: string;
  fold: number;
  textRank: number;
  /** ROUGE-L F of the overview under each grid value. */
  byPrior: number[];
}

// The overview exactly as summarize() builds it, with the prior given.
function overviewText(article: Parameters<typeof analyze>[0], prior: LengthPrior): { ours: string; sentences: string[]; textRank: string } {
  const result = analyze(article);
  if (!result.ok) return { ours: '', sentences: [], textRank: '' };
  const { lang, sentences, tokens, content, titleContent } = result.analysis;
  const vectors = tfidfVectors([...content, titleContent]);
  const title = vectors.pop() as RankInput['vector'];
  const ranks: RankInput[] = sentences.map((s, i) => ({
    vector: vectors[i] as RankInput['vector'],
    stems: content[i] as string[],
    words: tokens[i]?.length ?? 0,
    isHeading: s.isHeading,
  }));
  const sal = salience(ranks, title, prior);
  const body = sentences.filter((s) => !s.isHeading).map((s) => s.index);
  const picked = pickTop(body, (i) => sal[i] ?? 0, body.length >= 5 ? 3 : Math.min(2, body.length), ranks);
  const split = articleSentences(article, lang);
  return {
    ours: picked.map((i) => sentences[i]?.text ?? '').join('\n'),
    sentences: split.map((s) => s.text),
    textRank: textRank(split, 3)
      .map((i) => split[i]?.text ?? '')
      .join('\n'),
  };
}

function score(docs: readonly Doc[], g: number): number {
  const sets = [...new Set(docs.map((d) => d.set))];
  return (
    sets.reduce((sum, s) => {
      const rows = docs.filter((d) => d.set === s);
      return sum + rows.reduce((a, d) => a + (d.byPrior[g] as number), 0) / rows.length;
    }, 0) / sets.length
  );
}

const best = (docs: readonly Doc[]): number => GRID.reduce((b, _, g) => (score(docs, g) > score(docs, b) ? g : b), 0);

const dataDir = resolve(process.env.KOOTNITI_DATA ?? '../shared/data');
const docs: Doc[] = [];
for (const spec of SUMMARY_DATASETS) {
  const lines = readFileSync(join(dataDir, 'summarization', spec.file), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  lines.forEach((line, k) => {
    const rec = JSON.parse(line) as { title?: string; text: string; summary: string };
    const article = articleFromRecord(rec, spec.linesAreParagraphs);
    const byPrior = GRID.map((prior) => rouge(overviewText(article, prior).ours, rec.summary).rougeL.f);
    docs.push({ set: spec.file, fold: k % FOLDS, textRank: rouge(overviewText(article, GRID[0] as LengthPrior).textRank, rec.summary).rougeL.f, byPrior });
  });
}

const heldOut = new Map<Doc, number>();
const chosen: string[] = [];
for (let f = 0; f < FOLDS; f++) {
  const g = best(docs.filter((d) => d.fold !== f));
  chosen.push(JSON.stringify(GRID[g]));
  for (const d of docs) if (d.fold === f) heldOut.set(d, d.byPrior[g] as number);
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
for (const spec of SUMMARY_DATASETS) {
  const rows = docs.filter((d) => d.set === spec.file);
  console.log(
    `${spec.file}: cross-validated ROUGE-L ${mean(rows.map((d) => heldOut.get(d) as number)).toFixed(3)} (TextRank ${mean(rows.map((d) => d.textRank)).toFixed(3)})`,
  );
}
console.log(`chosen per fold: ${chosen.join(' ')}`);
console.log(`chosen on all folds: ${JSON.stringify(GRID[best(docs)])}`);
