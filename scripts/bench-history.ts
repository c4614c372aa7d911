/**
 * Benchmarks the dossier's logic on 10,000 generated saved cards (scripts/lib/history-corpus.ts,
 * fixed seed): building the entries and the search index, bilingual search (median over queries in
 * both scripts), grouping and filtering, and export and import of all of them. Each figure has a
 * baseline from the same process: search against a plain substring scan over the same entries'
 * text, grouping against one pass that only counts countries, exports and import against
 * JSON.stringify / JSON.parse of the same cards (the least any export or import can cost).
 *
 *   npm run bench:history            a table
 *   npm run bench:history -- --json  only the figures
 *   npm run bench:history -- --cards N
 */
import { performance } from 'node:perf_hooks';
import { entryOf } from '../engine/dossier/entry';
import { dossierCsv } from '../engine/dossier/export-csv';
import { dossierMarkdown } from '../engine/dossier/export-md';
import { filterEntries, whatChanged } from '../engine/dossier/filters';
import { buildSearchIndex, search } from '../engine/dossier/search';
import { groupByThread } from '../engine/dossier/threads';
import { dossierJson, parseDossierFile, planMerge } from '../engine/dossier/transfer';
import { generateCards } from './lib/history-corpus';

const json = process.argv.includes('--json');
const countArg = process.argv.indexOf('--cards');
const COUNT = countArg > 0 ? Number(process.argv[countArg + 1]) : 10_000;
const QUERIES = [
  'defence',
  'रक्षा',
  'Russia',
  'रूस',
  'defence cooperation',
  'रक्षा सहयोग',
  'crude oil',
  'कच्चा तेल',
  'satellite',
  'उपग्रह',
  'terrorism',
  'आतंकवाद',
  'Japan trade',
  'जापान व्यापार',
  'visas',
  'छात्रों',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
/** Median ms of `runs` calls (after one warm-up call). */
function time(fn: () => unknown, runs = 5): number {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}
const round = (ms: number) => Math.round(ms * 10) / 10;

const t0 = performance.now();
const cards = generateCards(COUNT);
const generateMs = performance.now() - t0;
const shared = new Map<string, string>();
const entries = cards.map((c) => entryOf(c, shared));
const index = buildSearchIndex(entries);

// Search: each query's median over runs, then the median over queries; the baseline scans every entry's text.
const haystacks = entries.map((e) => [e.title, ...e.lines.map((l) => l.text), ...e.entities.map((n) => `${n.hi} ${n.en}`)].join('\n').toLowerCase());
const hits: Record<string, number> = {};
const searchMs = median(QUERIES.map((q) => time(() => (hits[q] = search(index, q).length), 7)));
const scanMs = median(QUERIES.map((q) => time(() => haystacks.filter((h) => h.includes(q.toLowerCase())).length, 7)));

const exportText = dossierJson(cards, 0);
const stored = new Map(entries.slice(0, COUNT / 2).map((e) => [e.url, e.savedAt]));
const figures = {
  cards: COUNT,
  generateMs: round(generateMs),
  entriesMs: round(
    time(() => {
      const memo = new Map<string, string>();
      cards.map((c) => entryOf(c, memo));
    }, 3),
  ),
  indexMs: round(time(() => buildSearchIndex(entries), 3)),
  searchMedianMs: round(searchMs),
  searchBaselineScanMs: round(scanMs),
  groupMs: round(time(() => groupByThread(entries))),
  groupBaselineMs: round(time(() => entries.reduce((n, e) => n + e.entities.filter((x) => x.kind === 'country').length, 0))),
  filterMs: round(time(() => filterEntries(entries, { topics: ['defence'], language: 'hi', from: Date.UTC(2025, 5, 1) }))),
  whatChangedMs: round(time(() => whatChanged(groupByThread(entries)[0]?.entries ?? []))),
  exportMarkdownMs: round(time(() => dossierMarkdown(groupByThread(entries), 0), 3)),
  exportCsvMs: round(time(() => dossierCsv(entries), 3)),
  exportJsonMs: round(time(() => dossierJson(cards, 0), 3)),
  exportBaselineStringifyMs: round(time(() => JSON.stringify(cards), 3)),
  importMs: round(
    time(() => {
      const parsed = parseDossierFile(exportText);
      if (parsed.ok) planMerge(stored, parsed.cards);
    }, 3),
  ),
  importBaselineParseMs: round(time(() => JSON.parse(exportText), 3)),
  exportMB: round(exportText.length / 1024 / 1024),
};

if (json) {
  console.log(JSON.stringify(figures));
} else {
  const rows: [string, number, string][] = [
    ['entries from cards', figures.entriesMs, ''],
    ['search index', figures.indexMs, ''],
    [`search, median of ${QUERIES.length} queries (both scripts)`, figures.searchMedianMs, `substring scan ${figures.searchBaselineScanMs}`],
    ['group by thread', figures.groupMs, `count countries ${figures.groupBaselineMs}`],
    ['filter (topic, language, date)', figures.filterMs, ''],
    ['what changed (largest thread)', figures.whatChangedMs, ''],
    ['export Markdown', figures.exportMarkdownMs, ''],
    ['export CSV', figures.exportCsvMs, ''],
    [`export JSON (${figures.exportMB} MB)`, figures.exportJsonMs, `JSON.stringify ${figures.exportBaselineStringifyMs}`],
    ['import JSON (validate + merge)', figures.importMs, `JSON.parse ${figures.importBaselineParseMs}`],
  ];
  console.log(`${COUNT} generated saved cards (made in ${Math.round(generateMs)} ms); medians, ms\n`);
  console.log('| step | ms | baseline, same process |\n|---|---:|---|');
  for (const [name, ms, base] of rows) console.log(`| ${name} | ${ms} | ${base} |`);
  console.log(`\nhits: ${QUERIES.map((q) => `${q} ${hits[q]}`).join(', ')}`);
}
