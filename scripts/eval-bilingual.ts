/**
 * npm run eval:bilingual: how far the offline bilingual data (glossary, lexicons, name tables,
 * transliteration) goes with no translator, measured on the NTREX-128 English–Hindi news in
 * ../shared/data/parallel (set KOOTNITI_DATA to use another copy of the data folder). Prints the
 * figures and writes them to docs/BILINGUAL.md (`--no-write` skips that; `--misses` lists the terms
 * that miss most often, `--misses=N` the worst N).
 *
 * - Glossary precision: for each Hindi sentence, the glossed terms the glossary matcher finds
 *   (engine/glossary/match.ts: inflected forms, longest phrase first, one concept per match) and the
 *   share whose concept has an English form (in any inflection) in the reference English sentence;
 *   then English → Hindi likewise.
 * - Coverage: share of sentences, and of topic-bearing sentences (non-empty `keyword_topics`), with
 *   at least one glossed term.
 * - Name accuracy: countries, cities and people, Devanagari → Latin and Latin → Devanagari.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import cities from '../engine/entities/data/cities.json';
import countries from '../engine/entities/data/countries.json';
import people from '../engine/entities/data/people.json';
import { latinToDevanagari } from '../engine/entities/latin-to-devanagari';
import { devanagariToLatin } from '../engine/entities/transliterate';
import { GLOSSARY, GLOSSARY_SENSES } from '../engine/glossary/glossary-sources';
import {
  compileGlossary,
  compilePhrase,
  containsPhrase,
  glossTokens,
  matchGlossary,
  type Concept,
  type GlossPhrase,
  type Sense,
  type Side,
} from '../engine/glossary/match';
import { normalizeHindi } from '../engine/text/normalize';
import { stem } from '../engine/text/stem';
import { words } from '../engine/text/tokenize';
import { LEXICONS } from '../engine/topics/lexicon-sources';

const TARGET_PRECISION = 0.9;
const stemsOf = (text: string): string[] => words(text).map(stem);
const REPORT = 'docs/BILINGUAL.md';
const write = !process.argv.includes('--no-write');
const missesArg = process.argv.find((a) => a.startsWith('--misses'));
const showMisses = missesArg ? Number(missesArg.split('=')[1] ?? 40) : 0;
const dataDir = resolve(process.env.KOOTNITI_DATA ?? '../shared/data');
const tsvPath = resolve(dataDir, 'parallel/ntrex128_en_hi.tsv');
if (!existsSync(tsvPath)) {
  console.error(`eval:bilingual: ${tsvPath} not found. The evaluation data ships beside the project as ../shared/data; set KOOTNITI_DATA to its folder.`);
  process.exit(2);
}

interface Row {
  en: string;
  hi: string;
  topics: string;
}
interface Source {
  concepts: Concept[];
  senses: Sense[];
  label: string[];
}

/** The glossary's terms, then (for the second source) every lexicon term with both forms, and the lexicons' senses. */
function sources(): { glossaryOnly: Source; all: Source } {
  const glossaryOnly: Source = { concepts: [...GLOSSARY], senses: [...GLOSSARY_SENSES], label: GLOSSARY.map(() => 'glossary') };
  const all: Source = { concepts: [...glossaryOnly.concepts], senses: [...glossaryOnly.senses], label: [...glossaryOnly.label] };
  for (const file of LEXICONS) {
    for (const t of file.terms) {
      if (!t.en.length || !t.hi.length) continue;
      all.concepts.push({ en: t.en, hi: t.hi });
      all.label.push(file.id);
    }
    for (const s of file.senses ?? []) all.senses.push(s);
  }
  return { glossaryOnly, all };
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
  /** The same, over topic-bearing sentences only (the diplomatic-news domain the card serves). */
  matchedTopical: number;
  correctTopical: number;
  covered: number;
  coveredTopical: number;
  /** Per matched concept: how often matched, and how often the reference lacked it. */
  byConcept: Map<number, { n: number; missed: number }>;
}

function scoreDirection(rows: readonly Row[], src: Source, from: Side, to: Side): Direction {
  const index = compileGlossary(src.concepts, from, src.senses);
  // A Hindi reference that keeps a Latin-script term (FBI, NATO, Instagram) or spells it out in
  // Devanagari (सेशन, ज्यूडिशियरी: NTREX's translators often do both) has rendered it: the concept's
  // English forms, and their Latin → Devanagari spelling, count as Hindi renderings too.
  const renderings = (c: Concept): readonly string[] => (to === 'hi' ? [...c.hi, ...c.en, ...c.en.map(latinToDevanagari)] : c.en);
  const targets: GlossPhrase[][] = src.concepts.map((c) =>
    renderings(c)
      .map((f) => compilePhrase(f, 0))
      .filter((p): p is GlossPhrase => p !== null),
  );
  // The reference may carry the rendering in any inflected or derived form (defence/defended,
  // संघर्ष/संघर्षों): besides the rendering's inflections, its stems (engine/text/stem.ts) count.
  const targetStems: string[][][] = src.concepts.map((c) =>
    renderings(c)
      .map(stemsOf)
      .filter((s) => s.length > 0),
  );
  const d: Direction = { matched: 0, correct: 0, matchedTopical: 0, correctTopical: 0, covered: 0, coveredTopical: 0, byConcept: new Map() };
  for (const row of rows) {
    const hits = matchGlossary(index, glossTokens(row[from]));
    const ref = glossTokens(row[to]);
    const refStems = stemsOf(row[to]);
    for (const { concept } of hits) {
      const ok = targets[concept]!.some((p) => containsPhrase(ref, p)) || targetStems[concept]!.some((p) => containsRun(refStems, p));
      d.matched++;
      if (ok) d.correct++;
      if (row.topics) {
        d.matchedTopical++;
        if (ok) d.correctTopical++;
      }
      const c = d.byConcept.get(concept) ?? { n: 0, missed: 0 };
      c.n++;
      if (!ok) c.missed++;
      d.byConcept.set(concept, c);
    }
    if (hits.length) {
      d.covered++;
      if (row.topics) d.coveredTopical++;
    }
  }
  return d;
}

/** True when `run` occurs as a contiguous run in `stems`. */
function containsRun(stems: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= stems.length; i++) {
    for (let k = 0; k < run.length; k++) if (stems[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/** Latin comparison: case, spaces, hyphens, dots, apostrophes and diacritics ignored. */
const foldLatin = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
/** Devanagari comparison that also ignores nukta, anusvara/chandrabindu, long vs short vowels and ॉ/ो. */
const foldHindiLoose = (s: string): string =>
  normalizeHindi(s)
    .replace(/[\u0902\u0901]/g, '')
    .replace(/ी/g, 'ि')
    .replace(/ू/g, 'ु')
    .replace(/ई/g, 'इ')
    .replace(/ऊ/g, 'उ')
    .replace(/ॉ/g, 'ो')
    .replace(/ऑ/g, 'ओ')
    .replace(/[\s\-.]/g, '');
const foldHindi = (s: string): string => normalizeHindi(s).replace(/\s+/g, ' ').trim();

/** Levenshtein distance over code points (short strings only). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

interface Named {
  en: string;
  hi: string;
  enAliases?: readonly string[];
  hiAliases?: readonly string[];
}
interface NameScores {
  n: number;
  toLatinExact: number;
  toLatinLoose: number;
  toLatinNear: number;
  toHindiExact: number;
  toHindiLoose: number;
  toHindiNear: number;
}

/**
 * Exact: the transliteration equals the table's display form (after normalizeHindi for Devanagari).
 * Loose: equals the display form or an alias after folding (Latin: case, spaces, diacritics;
 * Devanagari: also nukta, anusvara, vowel length, ॉ/ो). Near: a folded edit distance ≤ 1 from one.
 */
function scoreNames(entries: readonly Named[]): NameScores {
  const s: NameScores = { n: entries.length, toLatinExact: 0, toLatinLoose: 0, toLatinNear: 0, toHindiExact: 0, toHindiLoose: 0, toHindiNear: 0 };
  for (const e of entries) {
    const latin = devanagariToLatin(e.hi);
    const enForms = [e.en, ...(e.enAliases ?? [])].map(foldLatin);
    if (latin === e.en) s.toLatinExact++;
    if (enForms.includes(foldLatin(latin))) s.toLatinLoose++;
    if (enForms.some((f) => editDistance(f, foldLatin(latin)) <= 1)) s.toLatinNear++;
    const deva = latinToDevanagari(e.en);
    const hiForms = [e.hi, ...(e.hiAliases ?? [])].map(foldHindiLoose);
    if (foldHindi(deva) === foldHindi(e.hi)) s.toHindiExact++;
    if (hiForms.includes(foldHindiLoose(deva))) s.toHindiLoose++;
    if (hiForms.some((f) => editDistance(f, foldHindiLoose(deva)) <= 1)) s.toHindiNear++;
  }
  return s;
}

const t0 = performance.now();
const rows = readRows();
const { glossaryOnly, all } = sources();
const topical = rows.filter((r) => r.topics).length;
const directions: [string, Source, Side, Direction][] = [
  ['Hindi → English, glossary only', glossaryOnly, 'hi', scoreDirection(rows, glossaryOnly, 'hi', 'en')],
  ['English → Hindi, glossary only', glossaryOnly, 'en', scoreDirection(rows, glossaryOnly, 'en', 'hi')],
  ['Hindi → English, glossary + lexicons', all, 'hi', scoreDirection(rows, all, 'hi', 'en')],
  ['English → Hindi, glossary + lexicons', all, 'en', scoreDirection(rows, all, 'en', 'hi')],
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
const kinds = new Map<string, number>();
for (const t of GLOSSARY) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);

const summary = [
  `Glossary: **${GLOSSARY.length} terms** (${[...kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}), ` +
    `${GLOSSARY.reduce((n, t) => n + t.en.length + t.hi.length, 0)} written forms, ${GLOSSARY_SENSES.length} sense entries; ` +
    `with the topic lexicons' bilingual terms, ${all.concepts.length} concepts.`,
  `Measured on ${rows.length} NTREX-128 sentence pairs (${topical} topic-bearing).`,
];
const precisionTable = [
  '| glossary | terms matched | correct | precision | target ≥ 0.90 | precision, topic-bearing sentences (matches) | coverage (all) | coverage (topic-bearing) |',
  '|---|---:|---:|---:|---|---:|---:|---:|',
  ...directions.map(
    ([label, , , d]) =>
      `| ${label} | ${d.matched} | ${d.correct} | ${ratio(d.correct, d.matched)} | ${ok(d.correct, d.matched)} | ${ratio(d.correctTopical, d.matchedTopical)} (${d.matchedTopical}) | ${pct(d.covered, rows.length)} | ${pct(d.coveredTopical, topical)} |`,
  ),
];
// Glossary-only precision by kind of term (title, office, agreement, diplomacy, general).
const kindTable = ['| glossary only, by kind | precision (matches) |', '|---|---|'];
for (const [label, src, , d] of directions.slice(0, 2)) {
  const agg = new Map<string, { n: number; missed: number }>();
  for (const [id, c] of d.byConcept) {
    const kind = GLOSSARY[id]?.kind ?? src.label[id]!;
    const a = agg.get(kind) ?? { n: 0, missed: 0 };
    a.n += c.n;
    a.missed += c.missed;
    agg.set(kind, a);
  }
  kindTable.push(
    `| ${label} | ${[...agg]
      .sort((a, b) => b[1].n - a[1].n)
      .map(([k, a]) => `${k} ${ratio(a.n - a.missed, a.n)} (${a.n})`)
      .join(' · ')} |`,
  );
}
const nameTable = [
  '| names | n | hi → Latin exact | hi → Latin ≈ | hi → Latin ≤ 1 edit | en → Devanagari exact | en → Devanagari ≈ | en → Devanagari ≤ 1 edit |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...names.map(
    ([label, s]) =>
      `| ${label} | ${s.n} | ${pct(s.toLatinExact, s.n)} | ${pct(s.toLatinLoose, s.n)} | ${pct(s.toLatinNear, s.n)} | ${pct(s.toHindiExact, s.n)} | ${pct(s.toHindiLoose, s.n)} | ${pct(s.toHindiNear, s.n)} |`,
  ),
];
const legend =
  "Exact: equals the table's display form (Devanagari after normalizeHindi). ≈: equals the display form or an alias after folding " +
  '(Latin: case, spaces, hyphens, diacritics; Devanagari: also nukta, anusvara, vowel length, ॉ/ो). ≤ 1 edit: a folded form one edit away.';
console.log([...summary, '', ...precisionTable, '', ...kindTable, '', ...nameTable].join('\n'));
console.log(`\n${legend} (${seconds.toFixed(1)} s)`);

if (showMisses) {
  for (const [label, src, side, d] of directions) {
    const to: Side = side === 'hi' ? 'en' : 'hi';
    console.log(`\nMost-missed terms, ${label} (missed/matched: ${side} form ⇒ accepted ${to} forms [source])`);
    const worst = [...d.byConcept].filter(([, c]) => c.missed > 0).sort((a, b) => b[1].missed - a[1].missed || b[1].n - a[1].n);
    for (const [id, c] of worst.slice(0, showMisses)) {
      const concept = src.concepts[id]!;
      console.log(`  ${c.missed}/${c.n}  ${concept[side][0]} ⇒ ${concept[to].join(' | ')} [${src.label[id]}]`);
    }
  }
}

if (write) {
  const doc = [
    '# Bilingual data: how far the offline tier goes',
    '',
    '<!-- Generated by `npm run eval:bilingual` (scripts/eval-bilingual.ts): do not edit by hand. -->',
    '',
    'With no translator (tier 3 of issue 4) the card shows glossed key terms and names in both languages.',
    'These figures measure that data on the NTREX-128 English–Hindi news test set (WMT19 general news, professional',
    'Hindi translation, CC BY-SA 4.0) in `../shared/data/parallel/`.',
    '',
    '## Glossary',
    '',
    ...summary,
    '',
    ...precisionTable,
    '',
    ...kindTable,
    '',
    '- **Precision**: of the terms the matcher glosses in a sentence, the share whose rendering appears in the reference',
    "  translation: any form of the matched concept, inflected (the matcher's inflections or the project stemmer), or, in a",
    '  Hindi reference, the English term kept in Latin script or spelled out in Devanagari (FBI, सेशन). A translator who',
    '  paraphrases counts as a miss, so this is a lower bound on how often a gloss is right. NTREX is general news (sport,',
    '  weather, celebrity): the topic-bearing column is the diplomatic-news domain the card serves.',
    '- **Coverage**: sentences with at least one glossed term; topic-bearing sentences are those the topic labels mark.',
    '- **Matching** (`engine/glossary/match.ts`, the same code a consumer calls through `glossText`): each written form',
    '  plus its inflections (Hindi plural and oblique -ों, -ें, -ियों, -ियां, -ाएं, -े, participles किया/किए/की; English',
    '  plural -s/-es/-ies; past and -ing forms are listed in the data), longest phrase first, one concept per match (the',
    '  one whose forms match the text most exactly, then the one that lists the form first). Acronyms match only in',
    "  capitals (UN, not Kim Jong Un). Phrases in `engine/glossary/senses.json` (and the lexicons' senses) gloss nothing:",
    '  other senses, and words too general to gloss alone, which stay accepted renderings of more specific terms.',
    '',
    '## Names',
    '',
    ...nameTable,
    '',
    legend,
    '',
    'Countries and cities come from CLDR via `scripts/build-names.ts` (plus hand-written variants and places); people',
    'from the hand-kept gazetteer `engine/entities/data/people.json` (heads of state and government, foreign and defence',
    "ministers of the G20 and India's neighbours, with an `asOf` date and its update procedure). Transliteration is",
    'rule-based (`engine/entities/transliterate.ts`, `engine/entities/latin-to-devanagari.ts`): translated names (Egypt ↔',
    'मिस्र, United Kingdom ↔ ब्रिटेन) and language-specific spellings can only come from the tables.',
    '',
  ].join('\n');
  writeFileSync(REPORT, doc);
  console.log(`\nwrote ${REPORT}`);
}
