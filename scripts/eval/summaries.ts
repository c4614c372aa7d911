/**
 * Summary quality: ROUGE-1/2/L F of our overview against reference summaries, next to Lead-3 and
 * TextRank run on the very same sentence split (articleSentences), with each output's length in
 * words so a length advantage shows. Datasets (see data/SOURCES.md):
 *
 * - en_bbc_extractive100: `title` + `text` whose lines are paragraphs; extractive references.
 * - hi_usc_extractive20: `text` only (no title), paragraphs split by blank lines, single newlines
 *   are soft wraps; human extractive references.
 * - hi_xlsum_sample10: `title` + one-paragraph `text`; abstractive one- or two-sentence references.
 *
 * With a title the article goes through articleFromText (title line, blank line, paragraphs);
 * without one it is `{ title: '', blocks }`. If summarize() fails, our output counts as empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { articleFromText } from '../../engine/extract/text';
import { articleSentences, summarize } from '../../engine/pipeline';
import type { Article, Lang, Sentence } from '../../engine/types';
import { leadK, textRank } from './baselines';
import { rouge, rougeTokens, type RougeScores } from './rouge';

/** The systems compared. */
export type SummarySystem = 'ours' | 'lead3' | 'textrank';

/** All summary systems, ours first. */
export const SUMMARY_SYSTEMS: readonly SummarySystem[] = ['ours', 'lead3', 'textrank'];

/** One system's output on one document. */
export interface SystemOutput {
  indices: number[];
  words: number;
  scores: RougeScores;
}

/** One scored document. */
export interface SummaryDoc {
  id: string;
  lang: Lang;
  sentences: number;
  referenceWords: number;
  /** summarize() failed (its reason); our output then counts as empty. */
  failure?: string;
  systems: Record<SummarySystem, SystemOutput>;
}

/** Means over a dataset for one system: ROUGE F-measures, words and sentences per output. */
export interface SummaryTotals {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  words: number;
  sentences: number;
}

/** One dataset's results. */
export interface SummaryDataset {
  file: string;
  docs: SummaryDoc[];
  failures: number;
  referenceWords: number;
  totals: Record<SummarySystem, SummaryTotals>;
}

/** Everything evalSummaries measured. */
export interface SummaryReport {
  datasets: SummaryDataset[];
  ms: number;
}

interface Record_ {
  id: string;
  lang: string;
  title?: string;
  text: string;
  summary: string;
}

interface DatasetSpec {
  file: string;
  /** Every line of `text` is a paragraph (else blank lines separate paragraphs). */
  linesAreParagraphs: boolean;
}

/** The datasets, under `<dataDir>/summarization/`. */
export const SUMMARY_DATASETS: readonly DatasetSpec[] = [
  { file: 'en_bbc_extractive100.jsonl', linesAreParagraphs: true },
  { file: 'hi_usc_extractive20.jsonl', linesAreParagraphs: false },
  { file: 'hi_xlsum_sample10.jsonl', linesAreParagraphs: false },
];

/** Splits record text into paragraphs: per line, or per blank-line block with soft wraps joined. */
export function paragraphs(text: string, linesAreParagraphs: boolean): string[] {
  const norm = text.replace(/\r\n?/g, '\n');
  const parts = linesAreParagraphs ? norm.split('\n') : norm.split(/\n\s*\n/);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

/** Builds the engine's Article from a dataset record. */
export function articleFromRecord(rec: { title?: string; text: string }, linesAreParagraphs: boolean): Article {
  const paras = paragraphs(rec.text, linesAreParagraphs);
  const title = rec.title?.replace(/\s+/g, ' ').trim();
  if (title) {
    const article = articleFromText(`${title}\n\n${paras.join('\n\n')}`);
    if (article) return article;
  }
  return { title: '', blocks: paras.map((text) => ({ kind: 'paragraph', text })) };
}

function output(indices: number[], sentences: readonly Sentence[], reference: string): SystemOutput {
  const text = indices.map((i) => sentences[i]?.text ?? '').join('\n');
  return { indices, words: rougeTokens(text).length, scores: rouge(text, reference) };
}

/** Scores one record with the three systems. */
export function scoreRecord(rec: Record_, linesAreParagraphs: boolean): SummaryDoc {
  const article = articleFromRecord(rec, linesAreParagraphs);
  const result = summarize(article);
  const lang: Lang = result.ok ? result.summary.language : rec.lang === 'hi' ? 'hi' : 'en';
  const sentences = articleSentences(article, lang);
  const ours = result.ok ? result.summary.overview.map((s) => s.index) : [];
  for (const s of result.ok ? result.summary.overview : []) {
    if (sentences[s.index]?.text !== s.text) throw new Error(`${rec.id}: overview sentence ${s.index} is not articleSentences' sentence`);
  }
  return {
    id: rec.id,
    lang,
    sentences: sentences.length,
    referenceWords: rougeTokens(rec.summary).length,
    ...(result.ok ? {} : { failure: result.reason }),
    systems: {
      ours: output(ours, sentences, rec.summary),
      lead3: output(leadK(sentences, 3), sentences, rec.summary),
      textrank: output(textRank(sentences, 3), sentences, rec.summary),
    },
  };
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function totals(docs: readonly SummaryDoc[], system: SummarySystem): SummaryTotals {
  const outs = docs.map((d) => d.systems[system]);
  return {
    rouge1: mean(outs.map((o) => o.scores.rouge1.f)),
    rouge2: mean(outs.map((o) => o.scores.rouge2.f)),
    rougeL: mean(outs.map((o) => o.scores.rougeL.f)),
    words: mean(outs.map((o) => o.words)),
    sentences: mean(outs.map((o) => o.indices.length)),
  };
}

/** Scores one JSONL dataset. */
export function evalSummaryFile(path: string, spec: DatasetSpec): SummaryDataset {
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record_);
  const docs = records.map((rec) => scoreRecord(rec, spec.linesAreParagraphs));
  return {
    file: spec.file,
    docs,
    failures: docs.filter((d) => d.failure).length,
    referenceWords: mean(docs.map((d) => d.referenceWords)),
    totals: { ours: totals(docs, 'ours'), lead3: totals(docs, 'lead3'), textrank: totals(docs, 'textrank') },
  };
}

/** Runs the summary eval over the datasets under `<dataDir>/summarization/`. */
export async function evalSummaries(dataDir: string): Promise<SummaryReport> {
  const t0 = performance.now();
  const datasets = SUMMARY_DATASETS.map((spec) => evalSummaryFile(join(dataDir, 'summarization', spec.file), spec));
  return { datasets, ms: performance.now() - t0 };
}
