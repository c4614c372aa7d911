/**
 * The topic model's training documents, rebuilt from ../shared/data (dataset text never enters the
 * repository: labels are stored as sentence ids with a hash of the text) and from the team's own
 * articles in training/articles/. Every source is listed with its licence, and the reserved
 * (held-out) and dev documents are never loaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../engine/text/segment';
import type { Lang } from '../../engine/types';

/** One labelled unit: a sentence, in one language or two (NTREX and our own articles are parallel). */
export interface CorpusSentence {
  /** `<source>:<doc>:<i>`: the label files' key. */
  id: string;
  i: number;
  en?: string;
  hi?: string;
  isTitle: boolean;
  /** Index of the paragraph it sits in (the title is -1). */
  block: number;
  /** FNV-1a of the text (the English side when there are two): detects a changed source or segmenter. */
  hash: string;
}

/** A training document. */
export interface CorpusDoc {
  source: SourceId;
  doc: string;
  sentences: CorpusSentence[];
}

/** Where a source comes from and whether weights trained on it may ship. */
export interface SourceInfo {
  id: SourceId;
  name: string;
  licence: string;
  langs: Lang[];
  /** Trained into the shipped weights (openly licensed or ours); otherwise evaluation only. */
  ship: boolean;
}

export type SourceId = 'ntrex' | 'bbcnews' | 'bbchi' | 'own' | 'agnews' | 'hihead';

/** The sources, with the licence each carries (../shared/data/SOURCES.md, licenses/). */
export const SOURCES: readonly SourceInfo[] = [
  { id: 'ntrex', name: 'NTREX-128 news documents (English with professional Hindi translation)', licence: 'CC BY-SA 4.0', langs: ['en', 'hi'], ship: true },
  { id: 'bbcnews', name: 'BBC News Summary articles (business, politics, tech)', licence: 'CC0 (data)', langs: ['en'], ship: true },
  {
    id: 'bbchi',
    name: 'BBC Hindi articles (bbc-hindi-v0.1, india/international/science)',
    licence: 'MIT as listed for hindi2vec (no licence in the copying repo)',
    langs: ['hi'],
    ship: true,
  },
  {
    id: 'own',
    name: 'Diplomatic articles written by the Kootniti team (training/articles)',
    licence: 'MIT (this repository)',
    langs: ['en', 'hi'],
    ship: true,
  },
  { id: 'agnews', name: 'AG News World and Business items', licence: 'academic, non-commercial', langs: ['en'], ship: false },
  { id: 'hihead', name: 'Hindi news headlines (India & World)', licence: 'none stated', langs: ['hi'], ship: false },
];

/** 32-bit FNV-1a of a string's UTF-16 units, as 8 hex digits. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  const s = text.normalize('NFC').trim();
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') {
        field += '"';
        k++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[k + 1] === '\n') k++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The reserved (held-out) ids of labels/RESERVED.md: never loaded here. */
function reserved(dataDir: string): { ntrex: Set<string>; bbchiRows: Set<number> } {
  const text = readFileSync(join(dataDir, 'labels/RESERVED.md'), 'utf8');
  // Each list runs from its bold heading to the next blank line.
  const part = (heading: string): string => {
    const at = text.indexOf(`**${heading}**`);
    if (at < 0) return '';
    const end = text.indexOf('\n\n', at);
    const block = text.slice(at, end < 0 ? undefined : end);
    return block.slice(block.indexOf('):') >= 0 ? block.indexOf('):') + 2 : block.indexOf(':\n') + 2);
  };
  const ntrex = new Set(
    part('NTREX')
      .split(/[,\s]+/)
      .filter((s) => /^[\w.-]+\.\d+$/.test(s)),
  );
  const bbchiRows = new Set(
    part('BBC Hindi')
      .split(/[,\s]+/)
      .filter((s) => /^\d+$/.test(s))
      .map(Number),
  );
  if (ntrex.size < 10 || bbchiRows.size < 10) throw new Error('RESERVED.md: could not read the reserved ids');
  // The dev documents are for validation only (RESERVED.md lists their BBC Hindi rows too).
  for (const m of text.matchAll(/bbchi:\d+ → (\d+)/g)) bbchiRows.add(Number(m[1]));
  return { ntrex, bbchiRows };
}

function sentencesOf(prefix: string, title: string | null, paras: readonly string[], lang: Lang, limit: number): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  const push = (text: string, block: number, isTitle: boolean): void => {
    const t = text.trim();
    if (!t || out.length >= limit) return;
    out.push({ id: `${prefix}:${out.length}`, i: out.length, [lang]: t, isTitle, block, hash: textHash(t) });
  };
  if (title) push(title, -1, true);
  paras.forEach((p, b) => {
    for (const s of splitSentences(p, lang)) push(p.slice(s.start, s.end), b, false);
  });
  return out;
}

/** NTREX: sentence-aligned English/Hindi documents; sentence 0 is the headline. */
function ntrex(dataDir: string, skip: Set<string>): CorpusDoc[] {
  const dev = new Set(readJsonl<{ doc: string }>(join(dataDir, 'labels/dev_ntrex.jsonl')).map((r) => r.doc));
  const docs = readJsonl<{ doc_id: string; en_sentences: string[]; hi_sentences: string[] }>(join(dataDir, 'parallel/ntrex128_docs_en_hi.jsonl'));
  return docs
    .filter((d) => !skip.has(d.doc_id) && !dev.has(d.doc_id))
    .map((d) => ({
      source: 'ntrex' as const,
      doc: d.doc_id,
      sentences: d.en_sentences.map((en, i) => {
        const e = en.trim();
        const h = (d.hi_sentences[i] ?? '').trim();
        return { id: `ntrex:${d.doc_id}:${i}`, i, en: e, hi: h, isTitle: i === 0, block: i === 0 ? -1 : i - 1, hash: textHash(e) };
      }),
    }));
}

/** BBC News Summary (CC0): the business, politics and tech articles; first line is the title. */
function bbcNews(dataDir: string): CorpusDoc[] {
  const rows = readJsonl<{ id: string; category: string; title: string; text: string }>(join(dataDir, 'summarization/en_bbc_extractive100.jsonl'));
  return rows
    .filter((r) => ['business', 'politics', 'tech'].includes(r.category))
    .map((r) => {
      const paras = r.text
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
      // The text repeats the title as its first line.
      if (paras[0] === r.title.trim()) paras.shift();
      return { source: 'bbcnews' as const, doc: r.id, sentences: sentencesOf(`bbcnews:${r.id}`, r.title, paras, 'en', 40) };
    });
}

/** BBC Hindi: one text per article, sentences glued by full stops; no headline. */
function bbcHindi(dataDir: string, skipRows: Set<number>): CorpusDoc[] {
  const rows = parseCsv(readFileSync(join(dataDir, 'topic/hi_bbc_hindi_test_5class.csv'), 'utf8'));
  const out: CorpusDoc[] = [];
  rows.forEach((r, row) => {
    if (row === 0 || skipRows.has(row)) return;
    const [label, text] = r;
    if (!text || !label || !['india', 'international', 'science'].includes(label)) return;
    out.push({ source: 'bbchi', doc: String(row), sentences: sentencesOf(`bbchi:${row}`, null, [text], 'hi', 30) });
  });
  return out;
}

/** AG News: label 1 (World) and 3 (Business); title plus description. */
function agNews(dataDir: string): CorpusDoc[] {
  const rows = parseCsv(readFileSync(join(dataDir, 'topic/en_agnews_test.csv'), 'utf8'));
  const out: CorpusDoc[] = [];
  rows.forEach((r, row) => {
    const [label, title, desc] = r;
    if ((label !== '1' && label !== '3') || !title || !desc) return;
    const body = desc.replace(/\\/g, ' ').replace(/\s+/g, ' ');
    out.push({ source: 'agnews', doc: String(row), sentences: sentencesOf(`agnews:${row}`, title.replace(/\s+/g, ' '), [body], 'en', 6) });
  });
  return out;
}

/** Hindi headlines, India & World: each a one-sentence document. */
function hindiHeadlines(dataDir: string): CorpusDoc[] {
  const rows = parseCsv(readFileSync(join(dataDir, 'topic/hi_headlines_6class.csv'), 'utf8'));
  const out: CorpusDoc[] = [];
  rows.forEach((r, row) => {
    const [title, category] = r;
    if (row === 0 || !title || category !== 'India & World') return;
    out.push({ source: 'hihead', doc: String(row), sentences: sentencesOf(`hihead:${row}`, title, [], 'hi', 1) });
  });
  return out;
}

/** One of our own parallel articles (training/articles/<slug>.json). */
interface OwnArticle {
  title: { en: string; hi: string };
  paragraphs: { en: string; hi: string }[][];
}

/** The team's own articles: parallel English/Hindi, sentence by sentence. */
export function ownArticles(dir: string): CorpusDoc[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
  return files.map((f) => {
    const slug = f.replace(/\.json$/, '');
    const a = JSON.parse(readFileSync(join(dir, f), 'utf8')) as OwnArticle;
    const sentences: CorpusSentence[] = [{ id: `own:${slug}:0`, i: 0, en: a.title.en, hi: a.title.hi, isTitle: true, block: -1, hash: textHash(a.title.en) }];
    a.paragraphs.forEach((para, b) => {
      for (const s of para) {
        const i = sentences.length;
        sentences.push({ id: `own:${slug}:${i}`, i, en: s.en, hi: s.hi, isTitle: false, block: b, hash: textHash(s.en) });
      }
    });
    return { source: 'own' as const, doc: slug, sentences };
  });
}

/** Every candidate training document, by source (reserved and dev documents excluded). */
export function loadCorpus(dataDir: string, articlesDir: string): CorpusDoc[] {
  const skip = reserved(dataDir);
  return [
    ...ntrex(dataDir, skip.ntrex),
    ...bbcNews(dataDir),
    ...bbcHindi(dataDir, skip.bbchiRows),
    ...ownArticles(articlesDir),
    ...agNews(dataDir),
    ...hindiHeadlines(dataDir),
  ];
}
