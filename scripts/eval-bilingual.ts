/**
 * npm run eval:bilingual: how far the offline bilingual data (glossary, lexicons, name tables,
 * transliteration) goes with no translator, measured on the NTREX-128 English–Hindi news in
 * ../shared/data/parallel (set KOOTNITI_DATA to use another copy of the data folder).
 *
 * - Glossary precision: for each Hindi sentence, the glossed terms found in it (normalised, stemmed,
 *   longest phrase first) and the share whose English rendering (any English form of any concept
 *   spelled that way) appears in the reference English sentence; then English → Hindi likewise.
 * - Coverage: share of topic-bearing sentences (non-empty `keyword_topics`) with a glossed term.
 * - Name accuracy: countries, cities and people, Devanagari → Latin and Latin → Devanagari.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import cities from '../utils/entities/data/cities.json';
import countries from '../utils/entities/data/countries.json';
import people from '../utils/entities/data/people.json';
import { latinToDevanagari } from '../utils/entities/latin-to-devanagari';
import { devanagariToLatin } from '../utils/entities/transliterate';
import glossary from '../utils/glossary/diplomatic.json';
import { normalizeHindi } from '../utils/text/normalize';
import { stemsOf } from '../utils/topics/lexicon';
import { LEXICONS } from '../utils/topics/lexicons';

const TARGET_PRECISION = 0.9;
const dataDir = resolve(process.env.KOOTNITI_DATA ?? '../shared/data');
const tsvPath = resolve(dataDir, 'parallel/ntrex128_en_hi.tsv');
if (!existsSync(tsvPath)) {
  console.error(`eval:bilingual: ${tsvPath} not found. The evaluation data ships beside the project as ../shared/data; set KOOTNITI_DATA to its folder.`);
  process.exit(2);
}

type Side = 'en' | 'hi';
interface Concept {
  en: string[];
  hi: string[];
}
interface Row {
  en: string;
  hi: string;
  topics: string;
}

/** The glossary's terms, then every lexicon term that has both an English and a Hindi form. */
function concepts(): { glossaryOnly: Concept[]; all: Concept[] } {
  const glossaryOnly: Concept[] = glossary.terms.map((t) => ({ en: t.en, hi: t.hi }));
  const all = [...glossaryOnly];
  for (const file of LEXICONS) for (const t of file.terms) if (t.en.length && t.hi.length) all.push({ en: t.en, hi: t.hi });
  return { glossaryOnly, all };
}

/** A phrase index for one side: first stem → phrases (longest first), each with the concepts spelled that way. */
type Index = Map<string, { stems: string[]; concepts: number[] }[]>;

function buildIndex(list: readonly Concept[], side: Side): Index {
  const byKey = new Map<string, { stems: string[]; concepts: number[] }>();
  list.forEach((c, i) => {
    for (const form of c[side]) {
      const stems = stemsOf(form);
      if (!stems.length) continue;
      const key = stems.join(' ');
      const entry = byKey.get(key) ?? { stems, concepts: [] };
      if (!entry.concepts.includes(i)) entry.concepts.push(i);
      byKey.set(key, entry);
    }
  });
  const index: Index = new Map();
  for (const e of byKey.values()) {
    const list = index.get(e.stems[0]!) ?? [];
    list.push(e);
    index.set(e.stems[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

/** Greedy longest-first matches: each is the list of concepts its phrase may stand for. */
function match(index: Index, stems: readonly string[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < stems.length; ) {
    const hit = index.get(stems[i]!)?.find((p) => p.stems.every((s, k) => stems[i + k] === s));
    if (hit) {
      out.push(hit.concepts);
      i += hit.stems.length;
    } else i++;
  }
  return out;
}

/** True when `phrase` occurs as a contiguous run in `stems`. */
function contains(stems: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= stems.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (stems[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

function readRows(): Row[] {
  const lines = readFileSync(tsvPath, 'utf8').split('\n');
  const header = lines[0]!.split('\t').map((h) => h.trim());
  const col = (name: string): number => header.indexOf(name);
  const [en, hi, topics] = [col('en'), col('hi'), col('keyword_topics')];
  if (en < 0 || hi < 0) {
    console.error(`eval:bilingual: ${tsvPath} has no "en" and "hi" columns (header: ${header.join(', ')})`);
    process.exit(2);
  }
  // Fields may carry stray carriage returns; rows end at "\n".
  return lines
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t').map((f) => f.trim()))
    .map((f) => ({ en: f[en] ?? '', hi: f[hi] ?? '', topics: topics >= 0 ? (f[topics] ?? '') : '' }));
}

interface Direction {
  matched: number;
  correct: number;
  covered: number;
  coveredTopical: number;
}

function scoreDirection(rows: readonly Row[], list: readonly Concept[], from: Side, to: Side): Direction {
  const index = buildIndex(list, from);
  const targetForms = list.map((c) => c[to].map(stemsOf).filter((s) => s.length > 0));
  const d: Direction = { matched: 0, correct: 0, covered: 0, coveredTopical: 0 };
  for (const row of rows) {
    const hits = match(index, stemsOf(row[from]));
    const ref = stemsOf(row[to]);
    for (const ids of hits) {
      d.matched++;
      if (ids.some((id) => targetForms[id]!.some((form) => contains(ref, form)))) d.correct++;
    }
    if (hits.length) {
      d.covered++;
      if (row.topics) d.coveredTopical++;
    }
  }
  return d;
}

/** Latin comparison: case, spaces, hyphens, dots, apostrophes and diacritics ignored. */
const foldLatin = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
/** Devanagari comparison that also ignores nukta, anusvara/chandrabindu, long vs short vowels and ॉ/ो. */
const foldHindiLoose = (s: string): string =>
  normalizeHindi(s)
    .replace(/[\u0902\u0901]/g, '')
    .replace(/ी/g, 'ि').replace(/ू/g, 'ु').replace(/ई/g, 'इ').replace(/ऊ/g, 'उ')
    .replace(/ॉ/g, 'ो').replace(/ऑ/g, 'ओ')
    .replace(/[\s\-.]/g, '');
const foldHindi = (s: string): string => normalizeHindi(s).replace(/\s+/g, ' ').trim();

interface NameScores {
  n: number;
  toLatinExact: number;
  toLatinLoose: number;
  toHindiExact: number;
  toHindiLoose: number;
}

function scoreNames(entries: readonly { en: string; hi: string }[]): NameScores {
  const s: NameScores = { n: entries.length, toLatinExact: 0, toLatinLoose: 0, toHindiExact: 0, toHindiLoose: 0 };
  for (const { en, hi } of entries) {
    const latin = devanagariToLatin(hi);
    if (latin === en) s.toLatinExact++;
    if (foldLatin(latin) === foldLatin(en)) s.toLatinLoose++;
    const deva = latinToDevanagari(en);
    if (foldHindi(deva) === foldHindi(hi)) s.toHindiExact++;
    if (foldHindiLoose(deva) === foldHindiLoose(hi)) s.toHindiLoose++;
  }
  return s;
}

const t0 = performance.now();
const rows = readRows();
const { glossaryOnly, all: list } = concepts();
const topical = rows.filter((r) => r.topics).length;
const directions: [string, Direction][] = [
  ['Hindi → English, glossary + lexicons', scoreDirection(rows, list, 'hi', 'en')],
  ['English → Hindi, glossary + lexicons', scoreDirection(rows, list, 'en', 'hi')],
  ['Hindi → English, glossary only', scoreDirection(rows, glossaryOnly, 'hi', 'en')],
  ['English → Hindi, glossary only', scoreDirection(rows, glossaryOnly, 'en', 'hi')],
];
const names: [string, NameScores][] = [
  ['countries', scoreNames(countries.countries)],
  ['cities', scoreNames(cities.cities)],
  ['people', scoreNames(people.people)],
];
const seconds = (performance.now() - t0) / 1000;

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '—');
const ok = (a: number, b: number): string => (b && a / b >= TARGET_PRECISION ? '✅ met' : '❌ not met');

console.log(`eval:bilingual on ${rows.length} NTREX-128 sentence pairs (${topical} topic-bearing), ${list.length} bilingual concepts (${glossary.terms.length} glossary + ${list.length - glossary.terms.length} lexicon)\n`);
console.log('| glossary | terms matched | correct | precision | target ≥ 0.90 | coverage (all) | coverage (topic-bearing) |');
console.log('|---|---:|---:|---:|---|---:|---:|');
for (const [label, d] of directions) {
  console.log(`| ${label} | ${d.matched} | ${d.correct} | ${ratio(d.correct, d.matched)} | ${ok(d.correct, d.matched)} | ${pct(d.covered, rows.length)} | ${pct(d.coveredTopical, topical)} |`);
}
console.log('\n| names | n | hi → Latin ≈ en | hi → Latin exact | en → Devanagari = hi | en → Devanagari ≈ hi (loose) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [label, s] of names) {
  console.log(`| ${label} | ${s.n} | ${pct(s.toLatinLoose, s.n)} | ${pct(s.toLatinExact, s.n)} | ${pct(s.toHindiExact, s.n)} | ${pct(s.toHindiLoose, s.n)} |`);
}
console.log(`\n≈: case, spaces, hyphens and diacritics ignored. = hi: after normalizeHindi. loose: also nukta, anusvara, long/short vowels, ॉ/ो. (${seconds.toFixed(1)} s)`);
