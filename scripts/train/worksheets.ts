/**
 * Labelling worksheets: picks the training documents (seeded, so the pick is reproducible), splits
 * them into chunks of whole documents and writes one plain-text sheet per chunk for the labellers,
 * outside the repository (dataset text never enters it).
 *
 *   tsx scripts/train/worksheets.ts [outDir]   (default /tmp/kootniti-labelling)
 *
 * Writes training/selection.json (the picked document ids, committed) and <outDir>/chunk-NN.txt.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus, type CorpusDoc, type SourceId } from './corpus';

const dataDir = resolve(process.env.KOOTNITI_DATA ?? '../shared/data');
const outDir = resolve(process.argv[2] ?? '/tmp/kootniti-labelling');
if (!existsSync(join(dataDir, 'labels'))) {
  console.error(`worksheets: the data is not at ${dataDir} (set KOOTNITI_DATA).`);
  process.exit(2);
}

/** mulberry32: a small seeded generator, so the pick is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  const r = rng(seed);
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [out[k], out[j]] = [out[j] as T, out[k] as T];
  }
  return out;
}

const corpus = loadCorpus(dataDir, resolve('training/articles'));
const bySource = (s: SourceId): CorpusDoc[] => corpus.filter((d) => d.source === s);

/** Rows flagged by the data's keyword heuristic (used to pick, never to label). */
function flaggedRows(file: string, rowColumn: number, offset: number): Set<string> {
  const lines = readFileSync(join(dataDir, 'topic', file), 'utf8')
    .split('\n')
    .slice(1);
  const out = new Set<string>();
  for (const l of lines) {
    const cols = l.split('\t');
    if (cols.length > 3 && (cols[cols.length - 1] ?? '').trim()) out.add(String(Number(cols[rowColumn]) + offset));
  }
  return out;
}

/** The keyword heuristic's topics of each flagged row (used to pick, never to label). */
function flaggedTopics(file: string, rowColumn: number, offset: number, onlyFile?: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of readFileSync(join(dataDir, 'topic', file), 'utf8')
    .split('\n')
    .slice(1)) {
    const cols = l.split('\t');
    if (onlyFile && cols[0] !== onlyFile) continue;
    const topics = (cols[cols.length - 1] ?? '').trim();
    if (cols.length > 3 && topics) out.set(String(Number(cols[rowColumn]) + offset), topics.split(','));
  }
  return out;
}

// The CSV label of each BBC Hindi and AG News row, for a balanced pick.
const bbchiLabel = new Map<string, string>();
for (const l of readFileSync(join(dataDir, 'topic/hi_ir_keywords.tsv'), 'utf8').split('\n').slice(1)) {
  const [file, row, label] = l.split('\t');
  if (file === 'hi_bbc_hindi_test_5class.csv' && row && label) bbchiLabel.set(row, label);
}
const bbchiFlagged = flaggedRows('hi_ir_keywords.tsv', 1, 0);
const agFlagged = flaggedRows('en_agnews_test_ir_keywords.tsv', 0, -1);

function pick(docs: CorpusDoc[], n: number, seed: number, prefer: (d: CorpusDoc) => boolean = () => true): CorpusDoc[] {
  const order = shuffled(docs, seed);
  return [...order.filter(prefer), ...order.filter((d) => !prefer(d))].slice(0, n);
}

const agLabel = new Map<string, string>();
{
  const text = readFileSync(join(dataDir, 'topic/en_agnews_test.csv'), 'utf8').split('\n');
  text.forEach((l, row) => agLabel.set(String(row), l.slice(1, 2)));
}

const bbcnewsCategory = new Map<string, string>(
  readFileSync(join(dataDir, 'summarization/en_bbc_extractive100.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; category: string })
    .map((r) => [r.id, r.category]),
);

const bbchi = bySource('bbchi');
const bbcnews = bySource('bbcnews');
const ag = bySource('agnews');
const selection: CorpusDoc[] = [
  ...bySource('ntrex'),
  ...pick(
    bbcnews.filter((d) => bbcnewsCategory.get(d.doc) === 'business'),
    16,
    11,
  ),
  ...pick(
    bbcnews.filter((d) => bbcnewsCategory.get(d.doc) === 'politics'),
    16,
    12,
  ),
  ...pick(
    bbcnews.filter((d) => bbcnewsCategory.get(d.doc) === 'tech'),
    13,
    13,
  ),
  ...pick(
    bbchi.filter((d) => bbchiLabel.get(d.doc) === 'international'),
    22,
    21,
    (d) => bbchiFlagged.has(d.doc),
  ),
  ...pick(
    bbchi.filter((d) => bbchiLabel.get(d.doc) === 'india'),
    15,
    22,
    (d) => bbchiFlagged.has(d.doc),
  ),
  ...pick(
    bbchi.filter((d) => bbchiLabel.get(d.doc) === 'science'),
    18,
    23,
  ),
  ...pick(
    ag.filter((d) => agLabel.get(d.doc) === '1'),
    100,
    31,
    (d) => agFlagged.has(d.doc),
  ),
  ...pick(
    ag.filter((d) => agLabel.get(d.doc) === '3'),
    60,
    32,
    (d) => agFlagged.has(d.doc),
  ),
  ...pick(bySource('hihead'), 200, 41),
];

// Round 2: the first round was short of positives for trade, energy, multilateral, connectivity,
// space and agriculture, so documents flagged by the data's keyword heuristic for them are added
// (picked by the flags, labelled by reading like the rest).
const taken = new Set(selection.map((d) => `${d.source}:${d.doc}`));
const fresh = (docs: CorpusDoc[]) => docs.filter((d) => !taken.has(`${d.source}:${d.doc}`));
const agTopics = flaggedTopics('en_agnews_test_ir_keywords.tsv', 0, -1);
const hiTopics = flaggedTopics('hi_ir_keywords.tsv', 1, 0, 'hi_bbc_hindi_test_5class.csv');
const flaggedFor = (map: Map<string, string[]>, topics: string[]) => (d: CorpusDoc) => (map.get(d.doc) ?? []).some((t) => topics.includes(t));
const RARE = ['trade', 'energy', 'space', 'diplomacy'];
const round2: CorpusDoc[] = [
  ...fresh(bbcnews.filter((d) => bbcnewsCategory.get(d.doc) !== 'politics')),
  ...pick(fresh(bbchi).filter(flaggedFor(hiTopics, RARE)), 24, 51),
  ...pick(fresh(ag).filter(flaggedFor(agTopics, ['trade'])), 60, 52),
  ...pick(fresh(ag).filter(flaggedFor(agTopics, ['energy'])), 60, 53),
  ...pick(fresh(ag).filter(flaggedFor(agTopics, ['diplomacy'])), 40, 54),
  ...pick(
    fresh(bySource('hihead')).filter(flaggedFor(flaggedTopics('hi_ir_keywords.tsv', 1, 0, 'hi_headlines_6class.csv'), ['trade', 'energy', 'space'])),
    120,
    55,
  ),
];
const own = bySource('own');
// Round 3: the rest of the BBC Hindi articles (India, international, science): Hindi news of the
// kind the card meets most was the thinnest part of the training set.
const takenAfter2 = new Set([...taken, ...round2.map((d) => `${d.source}:${d.doc}`)]);
const round3 = bbchi.filter((d) => !takenAfter2.has(`${d.source}:${d.doc}`));

const ids = [...new Set([...selection, ...round2, ...own, ...round3].map((d) => `${d.source}:${d.doc}`))];
mkdirSync('training', { recursive: true });
writeFileSync(
  'training/selection.json',
  `${JSON.stringify({ note: 'Documents picked for labelling by scripts/train/worksheets.ts (seeded).', docs: ids }, null, 1)}\n`,
);

// Chunks of whole documents, about 560 sentences each, sources interleaved so each chunk is mixed.
const TARGET = 560;
const chunks: CorpusDoc[][] = [];
let current: CorpusDoc[] = [];
let size = 0;
for (const d of shuffled(selection, 7)) {
  current.push(d);
  size += d.sentences.length;
  if (size >= TARGET) {
    chunks.push(current);
    current = [];
    size = 0;
  }
}
if (current.length) chunks.push(current);
// Chunk 9: our own articles (round 1); 10 and on: round 2; the rest of our own articles last.
const ownRound1 = own.filter((d) => !d.doc.startsWith('b2-'));
const ownRound2 = own.filter((d) => d.doc.startsWith('b2-'));
chunks.push(ownRound1);
current = [];
size = 0;
// A document flagged for two rare topics was picked twice: it is labelled once, where it first comes.
const emitted = new Set<string>();
for (const d of shuffled(round2, 8)) {
  if (emitted.has(`${d.source}:${d.doc}`)) continue;
  emitted.add(`${d.source}:${d.doc}`);
  current.push(d);
  size += d.sentences.length;
  if (size >= TARGET) {
    chunks.push(current);
    current = [];
    size = 0;
  }
}
if (current.length) chunks.push(current);
if (ownRound2.length) chunks.push(ownRound2);
current = [];
size = 0;
for (const d of shuffled(round3, 9)) {
  current.push(d);
  size += d.sentences.length;
  if (size >= 480) {
    chunks.push(current);
    current = [];
    size = 0;
  }
}
if (current.length) chunks.push(current);

const SOURCE_NOTE: Record<SourceId, string> = {
  ntrex: 'news article (English original; its Hindi translation shares these labels)',
  bbcnews: 'BBC News article (English)',
  bbchi: 'BBC Hindi article (Hindi, no headline; first 30 sentences)',
  own: 'diplomatic article (English, with a parallel Hindi version; same labels)',
  agnews: 'AG News wire item (headline and summary)',
  hihead: 'Hindi news headline (one line)',
};

mkdirSync(outDir, { recursive: true });
chunks.forEach((docs, k) => {
  const out: string[] = [];
  for (const d of docs) {
    out.push(`=== DOC ${d.source}:${d.doc} | ${SOURCE_NOTE[d.source]} ===`);
    for (const s of d.sentences) {
      // Parallel documents are shown in English (the original): one label set covers both sides.
      const text = s.en ?? s.hi;
      out.push(`${s.id}${s.isTitle ? ' [TITLE]' : ''}\t${text}`);
    }
    out.push('');
  }
  const n = docs.reduce((a, d) => a + d.sentences.length, 0);
  writeFileSync(join(outDir, `chunk-${String(k + 1).padStart(2, '0')}.txt`), `${out.join('\n')}\n`);
  console.log(`chunk ${k + 1}: ${docs.length} documents, ${n} sentences`);
});
const total = chunks.flat().reduce((a, d) => a + d.sentences.length, 0);
console.log(`${chunks.flat().length} documents, ${total} sentences → ${outDir}`);
