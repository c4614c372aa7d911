/**
 * Benchmarks the engine against Readability on the same pages: articles of about 1k, 10k and
 * 50k words built from the bundled Hindi sample page. Reports medians and ratios from one run.
 * Engine time is summarize() on the extracted article, with its word memos emptied first;
 * Readability time is Readability.parse() on a fresh clone of the page's jsdom document.
 *
 * Cold start: the ~1k-word article goes to fresh processes (scripts/lib/bench-cold.ts), each
 * timing its very first summarize() (every compile, decode and first-use cost included) and then
 * later ones on the same article (warm); the medians over the processes are reported.
 *
 *   npm run bench            a table, and the cold and warm figures
 *   npm run bench -- --json  only { "rows": [{ "words", "engineMs", "readabilityMs" }, …], "coldEngineMs", "warmEngineMs" }
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { summarize } from '../engine/pipeline';
import { clearStemCache } from '../engine/text/stem';
import { clearWordCache, words } from '../engine/text/tokenize';
import type { Article } from '../engine/types';
import { extractFromHtml, parseHtml } from './lib/html';
import { SAMPLE } from './lib/sample';

const SIZES = [1_000, 10_000, 50_000];
const RUNS: Record<number, number> = { 1000: 21, 10000: 9, 50000: 5 };
/** Fresh processes for the cold figure (each gives one first call). */
const COLD_PROCESSES = 5;
const json = process.argv.includes('--json');

/**
 * The bundled sample page (header, navigation, related box, footer and all) with its article's
 * paragraphs repeated until the body has about `target` words, a heading every eight paragraphs.
 */
function pageOfWords(target: number): string {
  const dom = parseHtml(readFileSync(SAMPLE, 'utf8'));
  const doc = dom.window.document;
  const paras = [...doc.querySelectorAll('p')].filter((p) => words(p.textContent ?? '').length >= 12);
  const container = paras[0]?.parentElement;
  if (!container) throw new Error(`no article paragraphs in ${SAMPLE}`);
  const originals = paras.filter((p) => p.parentElement === container);
  let n = originals.reduce((sum, p) => sum + words(p.textContent ?? '').length, 0);
  for (let i = 0; n < target; i++) {
    const p = originals[i % originals.length] as Element;
    if (i % 8 === 0) {
      const h = doc.createElement('h2');
      h.textContent = `भाग ${i / 8 + 1}`;
      container.appendChild(h);
    }
    container.appendChild(p.cloneNode(true));
    n += words(p.textContent ?? '').length;
  }
  const html = dom.serialize();
  dom.window.close();
  return html;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The first summarize() of `article` in a fresh process, and the median of later ones there. */
function coldAndWarm(article: Article): { coldMs: number; warmMs: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lib/bench-cold.ts'], { input: JSON.stringify(article), encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the cold-start process failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { coldMs: number; warmMs: number };
}

const round = (x: number): number => Math.round(x * 100) / 100;
const rows: { words: number; engineMs: number; readabilityMs: number }[] = [];
let cold: Article | null = null;

for (const size of SIZES) {
  const html = pageOfWords(size);
  const extracted = extractFromHtml(html);
  if (!extracted.ok) throw new Error(`bench page of ${size} words was not extracted: ${extracted.message}`);
  const article = extracted.article;
  const wordCount = article.blocks.reduce((n, b) => n + words(b.text).length, 0);
  cold ??= article;
  const dom = parseHtml(html);
  const engine: number[] = [];
  const readability: number[] = [];
  for (let r = 0; r < (RUNS[size] ?? 5) + 1; r++) {
    const doc = dom.window.document.cloneNode(true) as Document;
    const t0 = performance.now();
    new Readability(doc).parse();
    // Cold word memos each run: a new article, not the same one again.
    clearWordCache();
    clearStemCache();
    const t1 = performance.now();
    const result = summarize(article);
    const t2 = performance.now();
    if (!result.ok) throw new Error(result.message);
    if (r === 0) continue; // warm-up
    readability.push(t1 - t0);
    engine.push(t2 - t1);
  }
  dom.window.close();
  rows.push({ words: wordCount, engineMs: round(median(engine)), readabilityMs: round(median(readability)) });
}

const starts = Array.from({ length: COLD_PROCESSES }, () => coldAndWarm(cold as Article));
const coldEngineMs = round(median(starts.map((s) => s.coldMs)));
const warmEngineMs = round(median(starts.map((s) => s.warmMs)));

if (json) {
  process.stdout.write(`${JSON.stringify({ rows, coldEngineMs, warmEngineMs })}\n`);
} else {
  const base = rows[0] as (typeof rows)[number];
  console.log(`Kootniti engine vs Readability.parse() on the same page (medians; jsdom, Node ${process.version})\n`);
  console.log('| words | engine ms | Readability ms | engine / Readability | engine vs 1k |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.words.toLocaleString('en')} | ${r.engineMs} | ${r.readabilityMs} | ${((r.engineMs / r.readabilityMs) * 100).toFixed(1)} % | ${(r.engineMs / base.engineMs).toFixed(1)}× |`,
    );
  }
  console.log(
    `\nCold start, ${rows[0]?.words.toLocaleString('en')} words: the first summarize() in a fresh process ${coldEngineMs} ms, later ones ${warmEngineMs} ms: ` +
      `cold/warm ${(coldEngineMs / warmEngineMs).toFixed(1)}× (medians of ${COLD_PROCESSES} processes; not in the table's medians).`,
  );
  console.log('Targets: engine ≤ 25 % of Readability; ≤ 20 ms at 1k words; 50k words ≤ 60× the 1k time; cold ≤ 2× warm.');
}
