/**
 * Extraction quality on three public benchmarks (see data/SOURCES.md), for our extraction and for
 * plain Readability.js run in the same harness (extractors.ts):
 *
 * - scrapinghub: token-shingle P/R/F1 against `articleBody` (evaluate.py's method, shingles.ts);
 *   file `<id>.html.gz` ↔ ground-truth key `<id>`, as the benchmark's extractors map them, and
 *   the item's `url` is the page URL.
 * - trafilatura: `with`/`without` snippets (snippets.ts).
 * - readability: shingle P/R/F1 against the text of Readability's own `expected.html`, and title
 *   agreement with `expected-metadata.json`.
 *
 * Pages run on a pool of worker processes (pool.ts); each system's `ms` is its own CPU time summed
 * over pages, and the report's `ms` is wall time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type SystemId } from './extractors';
import { bySystem, type PageOutcome, type PageTask, type ShinglePage, type SnippetPage } from './extraction-pages';
import { defaultWorkers, runTasks } from './pool';
import { aggregateShingles, type ShingleScores } from './shingles';
import { totalSnippets, type SnippetTotals } from './snippets';

export type { ShinglePage, SnippetPage } from './extraction-pages';

/** One system's totals on a shingle-scored dataset. */
export interface ShingleSystemTotals extends ShingleScores {
  /** Share of pages whose tokens equal the truth's exactly (evaluate.py's "accuracy"). */
  exactShare: number;
  /** Pages where the system returned no article (scored as an empty prediction). */
  noArticle: number;
  /** Share of pages whose title matched (readability dataset only). */
  titleShare?: number;
  ms: number;
}

/** A shingle-scored dataset. */
export interface ShingleDataset {
  pages: ShinglePage[];
  totals: Record<SystemId, ShingleSystemTotals>;
}

/** The trafilatura dataset. */
export interface SnippetDataset {
  pages: SnippetPage[];
  totals: Record<SystemId, SnippetTotals & { noArticle: number; ms: number }>;
}

/** Everything evalExtraction measured. */
export interface ExtractionReport {
  scrapinghub: ShingleDataset;
  trafilatura: SnippetDataset;
  readability: ShingleDataset;
  /** Wall time of the whole run. */
  ms: number;
  workers: number;
}

/** Options of evalExtraction. */
export interface ExtractionOptions {
  /** Worker processes (default: cores, at most 4); 1 runs in this process. */
  workers?: number;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function scrapinghubTasks(dir: string): PageTask[] {
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      kind: 'scrapinghub',
      id,
      htmlPath: join(dir, `${id}.html.gz`),
      url: truth[id]?.url ?? '',
      truth: truth[id]?.articleBody ?? '',
    }));
}

function trafilaturaTasks(dir: string): PageTask[] {
  const data = readJson(join(dir, 'evaldata-subset.json')) as Record<string, { file: string; with: string[]; without: string[] }>;
  return Object.entries(data).map(([url, item]) => ({
    kind: 'trafilatura',
    url,
    file: item.file,
    htmlPath: join(dir, item.file),
    with: item.with,
    without: item.without,
  }));
}

function readabilityTasks(dir: string): PageTask[] {
  const index = readJson(join(dir, 'index.json')) as { name: string }[];
  return index.map(({ name }) => ({ kind: 'readability', name, dir }));
}

function shingleTotals(pages: readonly ShinglePage[], withTitles: boolean): Record<SystemId, ShingleSystemTotals> {
  return bySystem((s) => {
    const rs = pages.map((p) => p.systems[s]);
    const n = Math.max(1, rs.length);
    return {
      ...aggregateShingles(rs.map((r) => r.counts)),
      exactShare: rs.filter((r) => r.exact).length / n,
      noArticle: rs.filter((r) => !r.ok).length,
      ...(withTitles ? { titleShare: rs.filter((r) => r.titleMatch).length / n } : {}),
      ms: rs.reduce((a, r) => a + r.ms, 0),
    };
  });
}

function shingleDataset(outcomes: readonly PageOutcome[], kind: 'scrapinghub' | 'readability'): ShingleDataset {
  const pages = outcomes.flatMap((o) => (o.kind === kind ? [o.page] : []));
  return { pages, totals: shingleTotals(pages, kind === 'readability') };
}

function snippetDataset(outcomes: readonly PageOutcome[]): SnippetDataset {
  const pages = outcomes.flatMap((o) => (o.kind === 'trafilatura' ? [o.page] : []));
  return {
    pages,
    totals: bySystem((s) => {
      const rs = pages.map((p) => p.systems[s]);
      return { ...totalSnippets(rs), noArticle: rs.filter((r) => !r.ok).length, ms: rs.reduce((a, r) => a + r.ms, 0) };
    }),
  };
}

/** Runs the three extraction benchmarks under `dataDir` (the folder that holds `html/`). */
export async function evalExtraction(dataDir: string, options: ExtractionOptions = {}): Promise<ExtractionReport> {
  const t0 = performance.now();
  const html = join(dataDir, 'html');
  const tasks = [
    ...scrapinghubTasks(join(html, 'scrapinghub')),
    ...trafilaturaTasks(join(html, 'trafilatura')),
    ...readabilityTasks(join(html, 'readability')),
  ];
  const workers = options.workers ?? defaultWorkers();
  const outcomes = await runTasks(tasks, workers);
  return {
    scrapinghub: shingleDataset(outcomes, 'scrapinghub'),
    trafilatura: snippetDataset(outcomes),
    readability: shingleDataset(outcomes, 'readability'),
    ms: performance.now() - t0,
    workers,
  };
}
