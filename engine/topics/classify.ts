/**
 * Topic assignment: each sentence gets every topic it is substantially about. Evidence is the sum
 * of its matched lexicon weights; context (its heading, its paragraph, the whole article) adds to a
 * topic the sentence already shows; list-like sentences that name many topics in passing are damped.
 */
import type { KeyTerm, TopicId } from '../types';
import { matchPhrases, type Credit, type PhraseIndex } from './lexicon';

/** Score at which a topic is assigned. A weight-3 term alone reaches it; a weight-2 term needs help. */
export const THRESHOLD = 3;
const HEADING_BONUS = 1;
const PARAGRAPH_BONUS = 1;
const DOCUMENT_BONUS = 0.5;
/** Penalty per topic for enumeration sentences ("defence, trade, energy and space were discussed"). */
const ENUMERATION_PENALTY = 1;

/** What the classifier needs to know about one sentence. */
export interface ClassifyInput {
  stems: readonly string[];
  block: number;
  isHeading: boolean;
  /** Raw text, used only to recognise list structure. */
  text: string;
  /** Content-word stems (no function words), for the article-theme step. */
  content?: readonly string[];
}

/** The classifier's verdict on one sentence. */
export interface SentenceTopics {
  /** Assigned topics, strongest first. */
  topics: TopicId[];
  /** Final score of every topic with any evidence. */
  scores: Partial<Record<TopicId, number>>;
  /** Key-term pairs matched, by topic. */
  terms: Partial<Record<TopicId, KeyTerm[]>>;
  enumeration: boolean;
  /** The lexicons' raw evidence per topic (the model's input). */
  evidence?: ReadonlyMap<TopicId, number>;
  /** Topics of the reader's own keywords in the sentence (always assigned). */
  user?: readonly TopicId[];
}

/** What the lexicons found in one sentence. */
export interface Evidence {
  raw: Map<TopicId, number>;
  terms: Map<TopicId, KeyTerm[]>;
  /** Topics of the reader's own keywords found in the sentence: always assigned. */
  user?: Set<TopicId>;
}

// Shared by every sentence without a match (most of them); never written to.
const NO_EVIDENCE: Evidence = { raw: new Map(), terms: new Map() };

/** The lexicons' evidence in a sentence: raw weight per topic, key-term pairs, the reader's keywords. */
export function evidenceOf(index: PhraseIndex, stems: readonly string[]): Evidence {
  const matches = matchPhrases(index, stems);
  if (matches.length === 0) return NO_EVIDENCE;
  const raw = new Map<TopicId, number>();
  const terms = new Map<TopicId, KeyTerm[]>();
  const seen = new Set<Credit>();
  let user: Set<TopicId> | undefined;
  for (const m of matches) {
    for (const c of m.credits) {
      // Every form of a concept shares one Credit object, so identity dedupes repeats.
      const key = c;
      if (c.term) {
        const list = terms.get(c.topic) ?? [];
        list.push(c.term);
        terms.set(c.topic, list);
      }
      if (c.user) (user ??= new Set()).add(c.topic);
      if (seen.has(key)) continue; // a concept repeated in one sentence counts once
      seen.add(key);
      raw.set(c.topic, (raw.get(c.topic) ?? 0) + c.weight);
    }
  }
  return user ? { raw, terms, user } : { raw, terms };
}

// Two or more separators (commas, "and", "और", "तथा", "एवं") make a sentence list-like.
const LIST_SEPARATORS = /,|،|\band\b|\bor\b|\s(?:और|तथा|एवं|व)\s/g;

function isEnumeration(text: string, raw: Map<TopicId, number>): boolean {
  let weak = 0;
  for (const score of raw.values()) if (score > 0 && score <= 2) weak++;
  if (weak < 3) return false;
  return (text.match(LIST_SEPARATORS)?.length ?? 0) >= 2;
}

/** The topics of an article's sentences, in order, and of its title. */
export interface Classification {
  topics: SentenceTopics[];
  title: SentenceTopics;
}

/** Assigns topics to an article's sentences, in order; the title (if given) is scored as a heading. */
export function classifySentences(index: PhraseIndex, input: readonly ClassifyInput[], title?: ClassifyInput): Classification {
  const titleEvidence = title ? evidenceOf(index, title.stems) : { raw: new Map<TopicId, number>(), terms: new Map<TopicId, KeyTerm[]>() };
  const evidence = input.map((s) => evidenceOf(index, s.stems));

  // Context 1: the heading each sentence sits under (until the next heading).
  const headingTopics: Set<TopicId>[] = [];
  let current = new Set<TopicId>();
  input.forEach((s, i) => {
    if (s.isHeading) {
      current = new Set([...(evidence[i]?.raw ?? [])].filter(([, v]) => v >= 2).map(([t]) => t));
      headingTopics.push(new Set());
    } else {
      headingTopics.push(current);
    }
  });

  // Context 2: topics a paragraph shows strongly; context 3: topics the article is clearly about.
  const strongByBlock = new Map<number, Map<TopicId, number>>();
  const strongSentences = new Map<TopicId, number>();
  input.forEach((s, i) => {
    for (const [t, v] of evidence[i]?.raw ?? []) {
      if (v < THRESHOLD) continue;
      const block = strongByBlock.get(s.block) ?? new Map<TopicId, number>();
      block.set(t, (block.get(t) ?? 0) + 1);
      strongByBlock.set(s.block, block);
      strongSentences.set(t, (strongSentences.get(t) ?? 0) + 1);
    }
  });

  const verdict = (s: ClassifyInput, i: number, { raw, terms, user }: Evidence): SentenceTopics => {
    const enumeration = !s.isHeading && isEnumeration(s.text, raw);
    const scores: Partial<Record<TopicId, number>> = {};
    const assigned: [TopicId, number][] = [];
    for (const [t, v] of raw) {
      if (v <= 0) continue;
      let score = v;
      if (s.isHeading) score += HEADING_BONUS;
      if (headingTopics[i]?.has(t)) score += HEADING_BONUS;
      const inBlock = strongByBlock.get(s.block)?.get(t) ?? 0;
      // Another sentence of the same paragraph is strongly about t.
      if (inBlock - (v >= THRESHOLD ? 1 : 0) > 0) score += PARAGRAPH_BONUS;
      const inDoc = strongSentences.get(t) ?? 0;
      if (inDoc - (v >= THRESHOLD ? 1 : 0) >= 2) score += DOCUMENT_BONUS;
      if (enumeration) score -= ENUMERATION_PENALTY;
      scores[t] = score;
      // The reader's own keyword always counts, a list sentence's damping notwithstanding.
      if (score >= THRESHOLD || user?.has(t)) assigned.push([t, Math.max(score, THRESHOLD)]);
    }
    assigned.sort((a, b) => b[1] - a[1]);
    return {
      topics: assigned.map(([t]) => t),
      scores,
      terms: (terms.size ? Object.fromEntries(terms) : {}) as Partial<Record<TopicId, KeyTerm[]>>,
      enumeration,
      evidence: raw,
      ...(user ? { user: [...user] } : {}),
    };
  };
  const topics = input.map((s, i) => verdict(s, i, evidence[i] as Evidence));
  const titleVerdict = title ? verdict(title, -1, titleEvidence) : { topics: [], scores: {}, terms: {}, enumeration: false };
  spreadThemes(input, topics, title, titleVerdict);
  smoothParagraphs(input, topics);
  return { topics, title: titleVerdict };
}

/** A theme covers at least this share of the body's sentences (or is the headline's topic). */
const THEME_SHARE = 0.25;
/** A sentence joins a theme when this share of its content words recur in the theme's sentences. */
const THEME_OVERLAP = 0.3;
const THEME_MIN_SHARED = 2;
/** A report with this many topics (two sentences or more each) is a round-up: no single theme. */
const ROUND_UP_TOPICS = 4;
/** Forums are where things are said ("told the UN General Assembly"), rarely what a story is about. */
const VENUE_TOPICS: ReadonlySet<TopicId> = new Set(['multilateral']);

/**
 * Article themes: when one topic runs through an article (a quarter of its sentences, or its
 * headline), the sentences that carry the story on without naming the topic (a weak cue, or, for a
 * sentence with no topic of its own, the same actors, places and things) belong to it too. Multi-topic reports have no theme, so their
 * sections stay as sharp as the sentences' own evidence.
 */
function spreadThemes(input: readonly ClassifyInput[], topics: SentenceTopics[], title: ClassifyInput | undefined, titleVerdict: SentenceTopics): void {
  const body = input.map((_, i) => i).filter((i) => !input[i]?.isHeading);
  if (body.length < 3) return;
  const support = new Map<TopicId, number>();
  for (const i of body) for (const t of topics[i]?.topics ?? []) support.set(t, (support.get(t) ?? 0) + 1);
  if ([...support.values()].filter((n) => n >= 2).length >= ROUND_UP_TOPICS) return;
  const themes = new Set<TopicId>(titleVerdict.topics);
  for (const [t, n] of support) if (n >= 2 && n >= THEME_SHARE * body.length) themes.add(t);
  for (const t of VENUE_TOPICS) themes.delete(t);
  // Topics the sentences show on their own evidence, before any theme is spread.
  const ownTopics = topics.map((v) => v.topics.length);
  // Each sentence's distinct content words, made once for all themes.
  const distinct = new Map<number, Set<string>>();
  const wordsOf = (i: number): Set<string> => {
    let set = distinct.get(i);
    if (!set) distinct.set(i, (set = new Set(input[i]?.content ?? [])));
    return set;
  };

  for (const t of themes) {
    const vocabulary = new Set<string>(titleVerdict.topics.includes(t) ? (title?.content ?? []) : []);
    for (const i of body) if (topics[i]?.topics.includes(t)) for (const w of input[i]?.content ?? []) vocabulary.add(w);
    for (const i of body) {
      const v = topics[i] as SentenceTopics;
      if (v.topics.includes(t) || v.enumeration) continue;
      const words = wordsOf(i);
      let shared = 0;
      for (const w of words) if (vocabulary.has(w)) shared++;
      const weakCue = (v.scores[t] ?? 0) > 0;
      // Shared actors and places say a sentence carries the story on, not which strand of it: a
      // sentence already about another topic of its own joins this theme only on a cue of its own.
      const carriesOn = (ownTopics[i] ?? 0) === 0 && shared >= THEME_MIN_SHARED && shared >= THEME_OVERLAP * words.size;
      if (weakCue || carriesOn) v.topics.push(t);
    }
  }
}

/**
 * Paragraph smoothing: a sentence between two sentences of its own paragraph that share a topic
 * carries that thread on ("It was the third such test this year."), so it takes the topic when
 * its own words lean that way too (any evidence, below the threshold). Lists are left alone.
 * Linear in the article's length.
 */
function smoothParagraphs(input: readonly ClassifyInput[], topics: SentenceTopics[]): void {
  const inherited: [number, TopicId][] = [];
  for (let i = 1; i + 1 < input.length; i++) {
    const cur = input[i] as ClassifyInput;
    if (cur.isHeading || input[i - 1]?.block !== cur.block || input[i + 1]?.block !== cur.block) continue;
    const v = topics[i] as SentenceTopics;
    if (v.enumeration) continue;
    for (const t of topics[i - 1]?.topics ?? []) {
      if (v.topics.includes(t) || !topics[i + 1]?.topics.includes(t)) continue;
      if ((v.scores[t] ?? 0) > 0) inherited.push([i, t]);
    }
  }
  // Decided on the neighbours' topics before any inheritance, so the order of sentences is moot.
  for (const [i, t] of inherited) topics[i]?.topics.push(t);
}
