/**
 * The engine: article in, summary out. Pure TypeScript with no browser or Node APIs, so the
 * background worker and the CLI run exactly the same code.
 */
import { findEntities } from './entities/find-entities';
import { withLineTerms, type LineTokens } from './glossary/gloss-lines';
import { glossTokens, type GlossToken } from './glossary/match';
import { detectLanguage } from './text/language';
import { splitSentences } from './text/segment';
import type { Token } from './text/tokenize';
import { assignTopics, type AssignInput } from './topics/assign';
import { classifySentences, type SentenceTopics } from './topics/classify';
import { bundledModel } from './topics/model/bundled';
import type { TopicModel } from './topics/model/model';
import { lexiconIndex } from './topics/lexicons';
import { pickTop, salience, type RankInput } from './summary/rank';
import { withLineMentions } from './summary/line-mentions';
import { buildSections, type CardRule } from './summary/sections';
import { SCHEMA_VERSION, type Summary, type SummaryResult } from './summary/types';
import { isContentWord, tfidfOfIds } from './summary/vectors';
import { Vocabulary } from './text/vocabulary';
import type { Article, Lang, Sentence, TopicId } from './types';

/** Settings that change what the engine produces. */
export interface EngineOptions {
  /** Sentences per topic section, 1–5 (default 3). */
  perSection?: number;
  /** The user's own keywords per topic, which extend the bundled lexicons. */
  extraKeywords?: Partial<Record<TopicId, readonly string[]>>;
  /**
   * The topic model (the bundled one by default; cross-validation passes a fold's). `null`: the
   * lexicon rules alone, the model's baseline.
   */
  topicModel?: TopicModel | null;
}

/** Largest article the engine accepts, in characters of body text (about 300k English words). */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** Characters of body text the language detector sees: plenty to decide, cheap on long reports. */
const LANGUAGE_SAMPLE_CHARS = 8_000;

function languageSample(article: Article): string {
  const parts: string[] = [];
  let n = 0;
  for (const b of article.blocks) {
    if (n >= LANGUAGE_SAMPLE_CHARS) break;
    parts.push(b.text);
    n += b.text.length;
  }
  return parts.join('\n');
}

/** Splits an article's blocks into sentences; headings stay whole, one sentence each. */
export function articleSentences(article: Article, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  article.blocks.forEach((block, b) => {
    const isHeading = block.kind === 'heading';
    const spans = isHeading ? [{ start: 0, end: block.text.length }] : splitSentences(block.text, lang);
    for (const { start, end } of spans) {
      out.push({ index: out.length, text: block.text.slice(start, end), block: b, start, end, isHeading });
    }
  });
  return out;
}

/** The engine's analysis of an article: sentences, their tokens and topics, and the title's topics. */
export interface Analysis {
  lang: Lang;
  sentences: Sentence[];
  tokens: Token[][];
  stems: string[][];
  /** Content-word stems of each sentence (function words left out). */
  content: string[][];
  topics: SentenceTopics[];
  titleTokens: Token[];
  titleContent: string[];
  /** The headline's own topics (it is context for the body, not one of its sentences). */
  titleTopics: SentenceTopics;
  /** `content` of each sentence, then of the title, as ids of an article-wide stem table. */
  contentIds: number[][];
  /** Number of distinct ids in `contentIds`. */
  contentDim: number;
  /** How the card is drawn from the model's probabilities (absent: the rules assigned the topics). */
  cardRule?: CardRule;
}

/** An analysis, or why there is none. */
export type AnalysisResult = { ok: true; analysis: Analysis } | Extract<SummaryResult, { ok: false }>;

/** Language, sentences and topics of an article: the part of the engine the summary builds on. */
export function analyze(article: Article, options: EngineOptions = {}): AnalysisResult {
  const bodyChars = article.blocks.reduce((n, b) => n + b.text.length, 0);
  if (bodyChars > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      reason: 'too-large',
      message: `The article is too large to summarise (${bodyChars.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}).`,
    };
  }
  if (!article.blocks.some((b) => /\p{L}/u.test(b.text))) {
    return { ok: false, reason: 'empty', message: 'The article has no text to summarise.' };
  }
  const guess = detectLanguage(`${article.title}\n${languageSample(article)}`, article.lang);
  if (!guess.supported) {
    return {
      ok: false,
      reason: 'unsupported-language',
      language: guess.lang,
      message: `Unsupported language (${guess.lang}): Kootniti summarises Hindi and English articles.`,
    };
  }
  const lang = guess.lang as Lang;
  const sentences = articleSentences(article, lang);
  // One pass per sentence: its tokens, their stems, and its content words.
  const vocabulary = new Vocabulary(isContentWord);
  const tokens: Token[][] = [];
  const stems: string[][] = [];
  const content: string[][] = [];
  const contentIds: number[][] = [];
  const inputs: AssignInput[] = [];
  for (const s of sentences) {
    const words = vocabulary.read(s.text);
    tokens.push(words.tokens);
    stems.push(words.stems);
    content.push(words.content);
    contentIds.push(words.contentIds);
    inputs.push({ norms: words.tokens.map((t) => t.norm), stems: words.stems, block: s.block, isHeading: s.isHeading, text: s.text, content: words.content });
  }
  const title = vocabulary.read(article.title);
  contentIds.push(title.contentIds);
  const titleInput: AssignInput = {
    norms: title.tokens.map((t) => t.norm),
    stems: title.stems,
    block: -1,
    isHeading: true,
    text: article.title,
    content: title.content,
  };
  const index = lexiconIndex(options.extraKeywords);
  const model = options.topicModel === undefined ? bundledModel() : options.topicModel;
  const { topics, title: titleTopics } = model ? assignTopics(index, model, inputs, titleInput) : classifySentences(index, inputs, titleInput);
  const titleTokens = title.tokens;
  const titleContent = title.content;
  return {
    ok: true,
    analysis: {
      lang,
      sentences,
      tokens,
      stems,
      content,
      topics,
      titleTokens,
      titleContent,
      titleTopics,
      contentIds,
      contentDim: vocabulary.size,
      ...(model ? { cardRule: model.card } : {}),
    },
  };
}

/** Summarises an article. Never throws on bad input: failures come back as a reason. */
export function summarize(article: Article, options: EngineOptions = {}): SummaryResult {
  const perSection = Math.min(5, Math.max(1, Math.round(options.perSection ?? 3)));
  const analysis = analyze(article, options);
  if (!analysis.ok) return analysis;
  const { lang, sentences, tokens, content, topics, titleTokens, contentIds, contentDim, cardRule } = analysis.analysis;

  const vectors = tfidfOfIds(contentIds, contentDim);
  const titleVector = vectors.pop() as (typeof vectors)[number];
  const ranks: RankInput[] = sentences.map((s, i) => ({
    vector: vectors[i] as (typeof vectors)[number],
    stems: content[i] as string[],
    words: tokens[i]?.length ?? 0,
    isHeading: s.isHeading,
  }));
  const sal = salience(ranks, titleVector);
  const body = sentences.filter((s) => !s.isHeading).map((s) => s.index);
  const overviewSize = body.length >= 5 ? 3 : Math.min(2, body.length);
  const overview = pickTop(body, (i) => sal[i] ?? 0, overviewSize, ranks);
  const texts = sentences.map((s) => s.text);
  // A card line's words for the glossary, key terms and names: from the tokens made above, once.
  const lineTokens = new Map<number, GlossToken[]>();
  const tokensOf: LineTokens = (ref) => {
    let words = lineTokens.get(ref.index);
    if (!words) {
      words = glossTokens(ref.text, tokens[ref.index]);
      lineTokens.set(ref.index, words);
    }
    return words;
  };
  const card: Summary = {
    schemaVersion: SCHEMA_VERSION,
    title: article.title,
    language: lang,
    siteName: article.siteName ?? null,
    byline: article.byline ?? null,
    publishedTime: article.publishedTime ?? null,
    url: article.url ?? null,
    overview: overview.map((i) => ({ index: i, text: texts[i] as string })),
    sections: buildSections(texts, ranks, topics, sal, perSection, overview, cardRule),
    entities: findEntities([article.title, ...texts], lang, [titleTokens, ...tokens]),
    sentences: sentences.map((s, i) => ({ index: s.index, text: s.text, topics: topics[i]?.topics ?? [] })),
  };

  return {
    ok: true,
    // Each card line carries what the engine found in it: its glossary terms (tier 3 of the
    // card's bilingual layer), the card's key terms and the names it mentions.
    summary: withLineMentions(withLineTerms(card, tokensOf), tokensOf),
  };
}
