/**
 * The training set: the labelled sentences (two blind passes, disagreements adjudicated) joined to
 * their texts, rebuilt from ../shared/data and training/articles by corpus.ts. A parallel document
 * (NTREX, our own articles) gives an English and a Hindi document with the same labels; both keep
 * the same `group`, so cross-validation never splits them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_IDS } from '../../engine/topics/taxonomy';
import type { PhraseIndex } from '../../engine/topics/lexicon';
import type { ModelDocument } from '../../engine/topics/model/features';
import { modelDocument } from '../../engine/topics/assign';
import { assignInput } from '../../engine/topics/model/sentence';
import type { Lang, TopicId } from '../../engine/types';
import { type CorpusDoc, loadCorpus, SOURCES, type SourceId } from './corpus';
import { readLabelFile } from './labels';

/** One labelled document in one language. */
export interface TrainDoc {
  /** `<source>:<doc>`; the two languages of a parallel document share it. */
  group: string;
  source: SourceId;
  lang: Lang;
  /** May its labels train the shipped weights (the source's licence allows it)? */
  ship: boolean;
  model: ModelDocument;
  /** Paragraph of each body sentence. */
  blocks: number[];
  /** Texts: body sentences in order, then the headline (if any), as in documentFeatures. */
  texts: string[];
  /** Gold labels per row (same order as texts), as a bit set over TOPIC_IDS. */
  gold: Uint16Array;
  /** Sentence ids, same order. */
  ids: string[];
}

/** Every label of one pass (pass-a or pass-b), by sentence id; an id labelled twice keeps its first. */
export function readPass(dir: string): Map<string, TopicId[]> {
  const out = new Map<string, TopicId[]>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    for (const l of readLabelFile(join(dir, f))) if (!out.has(l.id)) out.set(l.id, l.topics);
  }
  return out;
}

/** The gold label of every sentence id: the passes' labels where they agree, else the adjudication. */
export function goldLabels(labelDir: string): Map<string, TopicId[]> {
  const a = readPass(join(labelDir, 'pass-a'));
  const b = readPass(join(labelDir, 'pass-b'));
  const adjudicated = new Map(readLabelFile(join(labelDir, 'adjudicated.jsonl')).map((l) => [l.id, l.topics]));
  const gold = new Map<string, TopicId[]>();
  for (const [id, la] of a) {
    const lb = b.get(id);
    if (!lb) continue;
    const same = la.length === lb.length && la.every((t) => lb.includes(t));
    const settled = same ? la : adjudicated.get(id);
    if (settled) gold.set(id, settled);
  }
  return gold;
}

const bits = (topics: readonly TopicId[]): number => topics.reduce((m, t) => m | (1 << TOPIC_IDS.indexOf(t)), 0);

/** Labelled documents, one per language version; sentences without a gold label are left out. */
export function trainingDocs(dataDir: string, articlesDir: string, labelDir: string, index: PhraseIndex): { docs: TrainDoc[]; labelled: number } {
  const gold = goldLabels(labelDir);
  const docs: TrainDoc[] = [];
  const ship = new Map(SOURCES.map((s) => [s.id, s.ship]));
  const build = (d: CorpusDoc, lang: Lang): TrainDoc | null => {
    const rows = d.sentences.filter((s) => gold.has(s.id) && (s[lang] ?? '').trim());
    const body = rows.filter((s) => !s.isTitle);
    if (body.length === 0) {
      // A headline alone (AG News titles, Hindi headlines) is a one-sentence document.
      if (rows.length === 0) return null;
    }
    const title = body.length ? rows.find((s) => s.isTitle) : undefined;
    const sentences = body.length ? body : rows;
    const ordered = title ? [...sentences, title] : sentences;
    // The headline is read as the pipeline reads an article's title: a heading of no paragraph.
    const { doc: model } = modelDocument(
      index,
      sentences.map((s) => assignInput(s[lang] as string, Math.max(0, s.block))),
      title ? assignInput(title[lang] as string, -1, true) : undefined,
    );
    return {
      group: `${d.source}:${d.doc}`,
      source: d.source,
      lang,
      ship: ship.get(d.source) ?? false,
      model,
      blocks: sentences.map((s) => Math.max(0, s.block)),
      texts: ordered.map((s) => s[lang] as string),
      gold: Uint16Array.from(ordered.map((s) => bits(gold.get(s.id) ?? []))),
      ids: ordered.map((s) => s.id),
    };
  };
  for (const d of loadCorpus(dataDir, articlesDir)) {
    for (const lang of ['en', 'hi'] as Lang[]) {
      if (!d.sentences.some((s) => s[lang])) continue;
      const doc = build(d, lang);
      if (doc) docs.push(doc);
    }
  }
  return { docs, labelled: gold.size };
}
