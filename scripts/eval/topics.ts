/**
 * Topic quality on the labelled dev sentences (../shared/data/labels): each document goes through
 * the engine whole, as a page would, and the engine's sentences are matched to the labelled ones
 * by text overlap. A labelled line gets the union of the topics of the engine sentences that
 * overlap it (a line may hold two sentences glued together; the engine may split it).
 * Beside the engine: a keyword baseline that assigns a topic on any lexicon match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, summarize } from '../../engine/pipeline';
import { type CardTally, emptyTally } from '../train/card-metrics';
import { TOPIC_IDS } from '../../engine/topics/taxonomy';
import type { Article, Lang, TopicId } from '../../engine/types';

interface Labelled {
  doc: string;
  i: number;
  topics: TopicId[];
  isTitle?: boolean;
  en?: string;
  hi?: string;
}

/** True/false positives and false negatives of one topic. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores of one system on one set of sentences. */
export interface TopicScores {
  sentences: number;
  perTopic: Record<TopicId, Counts>;
}

/**
 * The topic report: by language ('en', 'hi') and by corpus, for the engine (the learned model),
 * the rule classifier it replaced, and a keyword baseline; and what the reader sees of the card.
 */
export interface TopicReport {
  engine: Record<string, TopicScores>;
  rules: Record<string, TopicScores>;
  baseline: Record<string, TopicScores>;
  card: Record<string, CardTally>;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function emptyScores(): TopicScores {
  return { sentences: 0, perTopic: Object.fromEntries(TOPIC_IDS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<TopicId, Counts> };
}

function score(into: TopicScores, gold: readonly TopicId[], predicted: ReadonlySet<TopicId>): void {
  into.sentences++;
  for (const t of TOPIC_IDS) {
    const g = gold.includes(t);
    const p = predicted.has(t);
    const c = into.perTopic[t];
    if (g && p) c.tp++;
    else if (p) c.fp++;
    else if (g) c.fn++;
  }
}

/** A labelled line's span in its block's text. */
interface Span {
  block: number;
  start: number;
  end: number;
}

/** The topics a sentence's lexicon evidence names (the keyword baseline). */
const keywordTopics = (v: { evidence?: ReadonlyMap<TopicId, number> }): TopicId[] => [...(v.evidence ?? [])].filter(([, w]) => w > 0).map(([t]) => t);

/**
 * Runs one document: `blocks` are its paragraphs, `spans` where each labelled line sits in them.
 * Returns, per labelled line, the engine's topics, the rules' and the keyword baseline's, plus the
 * title's; and scores the card against the labels (`gold`, one per span) into `card`.
 */
function runDocument(article: Article, spans: readonly Span[], gold: readonly (readonly TopicId[])[], card: CardTally[]) {
  const result = analyze(article);
  const ruled = analyze(article, { topicModel: null });
  if (!result.ok || !ruled.ok) throw new Error(`${article.title}: not analysed`);
  const { sentences, topics, titleTopics } = result.analysis;
  const engine = spans.map(() => new Set<TopicId>());
  const rules = spans.map(() => new Set<TopicId>());
  const baseline = spans.map(() => new Set<TopicId>());
  // Each engine sentence's gold: every labelled line it overlaps.
  const goldOf = sentences.map(() => new Set<TopicId>());
  const labelled = sentences.map(() => false);
  sentences.forEach((s, k) => {
    const verdict = topics[k];
    if (!verdict) return;
    spans.forEach((span, j) => {
      if (span.block !== s.block || s.end <= span.start || s.start >= span.end) return;
      for (const t of verdict.topics) engine[j]?.add(t);
      for (const t of ruled.analysis.topics[k]?.topics ?? []) rules[j]?.add(t);
      for (const t of keywordTopics(verdict)) baseline[j]?.add(t);
      for (const t of gold[j] ?? []) goldOf[k]?.add(t);
      labelled[k] = true;
    });
  });
  const summary = summarize(article);
  if (summary.ok) {
    const goldCount = new Map<TopicId, number>();
    for (const g of gold) for (const t of g) goldCount.set(t, (goldCount.get(t) ?? 0) + 1);
    for (const tally of card) {
      tally.documents++;
      for (const section of summary.summary.sections) {
        if (!section.minor) {
          tally.sections++;
          if ((goldCount.get(section.topic) ?? 0) > 0) tally.goodSections++;
        }
        for (const line of section.sentences) {
          if (!labelled[line.index]) continue;
          tally.lines++;
          if (goldOf[line.index]?.has(section.topic)) tally.goodLines++;
        }
      }
      const shown = new Set(summary.summary.sections.filter((x) => !x.minor).map((x) => x.topic));
      for (const [t, n] of goldCount) {
        if (n >= 2 && n >= 0.1 * gold.length) {
          tally.mainTopics++;
          if (shown.has(t)) tally.shownMainTopics++;
        }
      }
    }
  }
  return {
    engine,
    rules,
    baseline,
    title: new Set(titleTopics.topics),
    titleRules: new Set(ruled.analysis.titleTopics.topics),
    titleBaseline: new Set(keywordTopics(titleTopics)),
  };
}

function add(report: TopicReport, keys: readonly string[], gold: readonly TopicId[], engine: Set<TopicId>, rules: Set<TopicId>, baseline: Set<TopicId>): void {
  for (const key of keys) {
    score((report.engine[key] ??= emptyScores()), gold, engine);
    score((report.rules[key] ??= emptyScores()), gold, rules);
    score((report.baseline[key] ??= emptyScores()), gold, baseline);
  }
}

const tallies = (report: TopicReport, keys: readonly string[]): CardTally[] => keys.map((k) => (report.card[k] ??= emptyTally()));

/** NTREX: sentence-aligned documents, so the same labels score the English and the Hindi side. */
function evalNtrex(dataDir: string, report: TopicReport): void {
  const rows = readJsonl<Labelled>(join(dataDir, 'labels/dev_ntrex.jsonl'));
  const byDoc = new Map<string, Labelled[]>();
  for (const r of rows) {
    const lines = byDoc.get(r.doc) ?? [];
    lines.push(r);
    byDoc.set(r.doc, lines);
  }
  for (const lines of byDoc.values()) {
    lines.sort((a, b) => a.i - b.i);
    for (const lang of ['en', 'hi'] as Lang[]) {
      const title = lines.find((l) => l.isTitle);
      const body = lines.filter((l) => !l.isTitle);
      // One paragraph per line: NTREX keeps no paragraph structure.
      const article: Article = { title: (title?.[lang] ?? '').trim(), lang, blocks: body.map((l) => ({ kind: 'paragraph', text: (l[lang] ?? '').trim() })) };
      const spans = body.map((l, b) => ({ block: b, start: 0, end: (l[lang] ?? '').trim().length }));
      const keys = [lang, `ntrex-${lang}`];
      const run = runDocument(
        article,
        spans,
        body.map((l) => l.topics),
        tallies(report, keys),
      );
      if (title) add(report, keys, title.topics, run.title, run.titleRules, run.titleBaseline);
      body.forEach((l, j) => add(report, keys, l.topics, run.engine[j] as Set<TopicId>, run.rules[j] as Set<TopicId>, run.baseline[j] as Set<TopicId>));
    }
  }
}

/** BBC Hindi: whole articles as paragraphs; each labelled line is found in its paragraph. */
function evalBbcHindi(dataDir: string, report: TopicReport): void {
  const docs = readJsonl<{ doc: string; paras: string[] }>(join(dataDir, 'labels/dev_docs_bbchi.jsonl'));
  const rows = readJsonl<Labelled>(join(dataDir, 'labels/dev_bbchi.jsonl'));
  for (const doc of docs) {
    const lines = rows.filter((r) => r.doc === doc.doc).sort((a, b) => a.i - b.i);
    const paras = doc.paras.map((p) => p.trim());
    const spans: Span[] = [];
    const kept: Labelled[] = [];
    let block = 0;
    let from = 0;
    for (const l of lines) {
      const text = (l.hi ?? '').trim();
      for (let b = block; b < paras.length; b++) {
        const at = (paras[b] as string).indexOf(text, b === block ? from : 0);
        if (at >= 0) {
          spans.push({ block: b, start: at, end: at + text.length });
          kept.push(l);
          block = b;
          from = at + text.length;
          break;
        }
      }
    }
    // The BBC articles come without their headlines: the body alone is summarised.
    const article: Article = { title: '', lang: 'hi', blocks: paras.map((text) => ({ kind: 'paragraph', text })) };
    const run = runDocument(
      article,
      spans,
      kept.map((l) => l.topics),
      tallies(report, ['hi', 'bbc-hi']),
    );
    kept.forEach((l, j) =>
      add(report, ['hi', 'bbc-hi'], l.topics, run.engine[j] as Set<TopicId>, run.rules[j] as Set<TopicId>, run.baseline[j] as Set<TopicId>),
    );
  }
}

/** Scores the engine and the keyword baseline on every labelled dev sentence. */
export function evalTopics(dataDir: string): TopicReport {
  const report: TopicReport = { engine: {}, rules: {}, baseline: {}, card: {} };
  evalNtrex(dataDir, report);
  evalBbcHindi(dataDir, report);
  return report;
}

/** Precision, recall and F1 of counts. */
export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Micro F1 (all topics pooled) and macro F1 (mean over topics with any gold label). */
export function microMacro(s: TopicScores): { micro: ReturnType<typeof prf>; macro: number } {
  const pooled = { tp: 0, fp: 0, fn: 0 };
  const f1s: number[] = [];
  for (const t of TOPIC_IDS) {
    const c = s.perTopic[t];
    pooled.tp += c.tp;
    pooled.fp += c.fp;
    pooled.fn += c.fn;
    if (c.tp + c.fn > 0) f1s.push(prf(c).f1);
  }
  return { micro: prf(pooled), macro: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0 };
}
