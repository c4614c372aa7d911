/**
 * What the reader sees, scored against the gold labels: each document goes through the whole
 * engine (summarize) as an article, and the card's sections and lines are checked.
 *
 * - card line precision: lines in topic sections (and the minor topics' group) whose sentence
 *   carries that topic in the gold labels;
 * - section precision: sections shown whose topic has at least one gold sentence in the article;
 * - main-topic recall: the article's main topics (at least two gold sentences and at least 10 % of
 *   its sentences) that are shown as a section.
 */
import { summarize } from '../../engine/pipeline';
import type { TopicModel } from '../../engine/topics/model/model';
import { TOPIC_IDS } from '../../engine/topics/taxonomy';
import type { Article, TopicId } from '../../engine/types';

/** A labelled document as the card metrics need it. */
export interface CardDoc {
  lang: 'hi' | 'en';
  /** Body sentences (in order) and their paragraphs, the headline, and each row's gold bits. */
  body: readonly string[];
  blocks: readonly number[];
  title: string | null;
  gold: Uint16Array;
}

/** Tallies of the three card measures. */
export interface CardTally {
  lines: number;
  goodLines: number;
  sections: number;
  goodSections: number;
  mainTopics: number;
  shownMainTopics: number;
  documents: number;
}

export const emptyTally = (): CardTally => ({ lines: 0, goodLines: 0, sections: 0, goodSections: 0, mainTopics: 0, shownMainTopics: 0, documents: 0 });

/** The ratios of a tally. */
export function cardScores(t: CardTally): { linePrecision: number; sectionPrecision: number; mainTopicRecall: number } {
  return {
    linePrecision: t.goodLines / Math.max(1, t.lines),
    sectionPrecision: t.goodSections / Math.max(1, t.sections),
    mainTopicRecall: t.shownMainTopics / Math.max(1, t.mainTopics),
  };
}

/** The document as an article: its headline, and its sentences joined into their paragraphs. */
export function articleOf(doc: CardDoc): Article {
  const paras: string[][] = [];
  doc.body.forEach((text, i) => {
    const b = doc.blocks[i] ?? 0;
    (paras[b] ??= []).push(text);
  });
  return { title: doc.title ?? '', lang: doc.lang, blocks: paras.filter(Boolean).map((p) => ({ kind: 'paragraph' as const, text: p.join(' ') })) };
}

/** Scores one document's card into `into`; `model` is the fold's model (null: the rules). */
export function scoreCard(doc: CardDoc, model: TopicModel | null, into: CardTally): void {
  const result = summarize(articleOf(doc), { topicModel: model });
  if (!result.ok) return;
  const s = result.summary;
  // Gold topics by sentence text (the engine's sentences are the document's, re-segmented).
  const goldOf = new Map<string, number>();
  doc.body.forEach((text, i) => goldOf.set(text.trim(), doc.gold[i] as number));
  const has = (bits: number, t: TopicId) => ((bits >> TOPIC_IDS.indexOf(t)) & 1) === 1;
  const goldCount = new Map<TopicId, number>();
  for (const bits of doc.gold.slice(0, doc.body.length)) for (const t of TOPIC_IDS) if (has(bits, t)) goldCount.set(t, (goldCount.get(t) ?? 0) + 1);
  into.documents++;
  for (const section of s.sections) {
    if (!section.minor) {
      into.sections++;
      if ((goldCount.get(section.topic) ?? 0) > 0) into.goodSections++;
    }
    for (const line of section.sentences) {
      const bits = goldOf.get(line.text.trim());
      if (bits === undefined) continue;
      into.lines++;
      if (has(bits, section.topic)) into.goodLines++;
    }
  }
  const shown = new Set(s.sections.filter((x) => !x.minor).map((x) => x.topic));
  for (const [t, n] of goldCount) {
    if (n >= 2 && n >= 0.1 * doc.body.length) {
      into.mainTopics++;
      if (shown.has(t)) into.shownMainTopics++;
    }
  }
}
