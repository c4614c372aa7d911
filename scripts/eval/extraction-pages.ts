/**
 * One page of an extraction benchmark, scored for every system. A page is a plain-data task, so
 * the pool can send it to a worker process and get plain data back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../lib/html';
import { runSystem, SYSTEMS, type SystemId } from './extractors';
import { benchmarkTokens, exactMatch, pageF1, precisionScore, recallScore, shingleCounts, type ShingleCounts } from './shingles';
import { normalizeSpace, scoreSnippets, type SnippetResult } from './snippets';

/** One system on one page scored by shingles. */
export interface ShinglePageResult {
  ok: boolean;
  ms: number;
  counts: ShingleCounts;
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
  tokens: number;
  title: string;
  /** Readability pages only: the title equals expected-metadata's (whitespace collapsed). */
  titleMatch?: boolean;
}

/** A page of a shingle-scored dataset (scrapinghub, readability). */
export interface ShinglePage {
  id: string;
  url: string;
  truthTokens: number;
  expectedTitle?: string;
  systems: Record<SystemId, ShinglePageResult>;
}

/** One system on one trafilatura page. */
export interface SnippetPageResult extends SnippetResult {
  ok: boolean;
  ms: number;
}

/** A trafilatura page. */
export interface SnippetPage {
  url: string;
  file: string;
  systems: Record<SystemId, SnippetPageResult>;
}

/** A page to score, with everything needed to find its files. */
export type PageTask =
  | { kind: 'scrapinghub'; id: string; htmlPath: string; url: string; truth: string }
  | { kind: 'trafilatura'; url: string; file: string; htmlPath: string; with: string[]; without: string[] }
  | { kind: 'readability'; name: string; dir: string };

/** A scored page. */
export type PageOutcome = { kind: 'scrapinghub'; page: ShinglePage } | { kind: 'trafilatura'; page: SnippetPage } | { kind: 'readability'; page: ShinglePage };

/** The URL Readability's own test suite gives its test pages. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

/** Reads a gzipped UTF-8 file (every page in the data set is UTF-8). */
export function gunzipText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

/** Builds a record with one entry per system. */
export function bySystem<T>(make: (s: SystemId) => T): Record<SystemId, T> {
  return { ours: make('ours'), readability: make('readability') };
}

function scoreShingles(truth: string, html: string, url: string | undefined): Record<SystemId, ShinglePageResult> {
  return bySystem((s) => {
    const x = runSystem(s, html, url);
    const counts = shingleCounts(truth, x.text);
    return {
      ok: x.ok,
      ms: x.ms,
      counts,
      precision: precisionScore(counts),
      recall: recallScore(counts),
      f1: pageF1(counts),
      exact: exactMatch(truth, x.text),
      tokens: benchmarkTokens(x.text).length,
      title: x.title,
    };
  });
}

// The text of a saved Readability result: textContent of expected.html's body.
function htmlText(html: string): string {
  const dom = parseHtml(html, READABILITY_TEST_URL);
  const text = dom.window.document.body?.textContent ?? '';
  dom.window.close();
  return text;
}

/** Scores one page for every system. */
export function runTask(task: PageTask): PageOutcome {
  switch (task.kind) {
    case 'scrapinghub': {
      const html = gunzipText(task.htmlPath);
      const systems = scoreShingles(task.truth, html, task.url || undefined);
      return { kind: task.kind, page: { id: task.id, url: task.url, truthTokens: benchmarkTokens(task.truth).length, systems } };
    }
    case 'trafilatura': {
      const html = gunzipText(task.htmlPath);
      const systems = bySystem((s) => {
        const x = runSystem(s, html, task.url);
        return { ...scoreSnippets(x.text, task.with, task.without), ok: x.ok, ms: x.ms };
      });
      return { kind: task.kind, page: { url: task.url, file: task.file, systems } };
    }
    case 'readability': {
      const dir = join(task.dir, task.name);
      const source = gunzipText(join(dir, 'source.html.gz'));
      const expected = htmlText(gunzipText(join(dir, 'expected.html.gz')));
      const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string | null };
      const expectedTitle = normalizeSpace(meta.title ?? '');
      const systems = scoreShingles(expected, source, READABILITY_TEST_URL);
      for (const s of SYSTEMS) systems[s].titleMatch = normalizeSpace(systems[s].title) === expectedTitle;
      const page = { id: task.name, url: READABILITY_TEST_URL, truthTokens: benchmarkTokens(expected).length, expectedTitle, systems };
      return { kind: task.kind, page };
    }
  }
}
