/**
 * Is what Readability kept an article? Measurable signals of the extracted blocks and of the
 * original page, and a verdict that names the rule that decided it. Pure: signals in, verdict out.
 *
 * An article is a run of prose: paragraphs of real sentences. What else gets summarised by mistake
 * is something else dressed as text: a form (its fields are gone after extraction, its guidance
 * notes remain), a caption and an author bio around a "read more" link, a grid of teasers, a list
 * of results or specs. The thresholds come from what each kind of page is, with the fixture pages
 * (tests/fixtures/pages) on either side; they were then checked against the news pages of the
 * extraction benchmarks (dev pages only, never the reserved ones), whose ranges are quoted beside
 * each number. Each number says why it is what it is.
 */
import type { Block } from '../types';
import type { BlockNote } from './blocks';
import type { PageSignals } from './page-signals';
import { isFieldLine, textShape } from './prose';

/** What the verdict is made of; every field is a count or a share that a test can state. */
export interface ArticleSignals {
  /** Words of the body blocks (headings left out). */
  words: number;
  /** Words in statements of prose blocks, captions and author bios set aside. */
  proseWords: number;
  /** Prose blocks (most of their words in real sentences), asides left out. */
  proseParagraphs: number;
  /** Words of captions and author boxes or bios, set aside from the prose. */
  asideWords: number;
  /** Words of label-like lines: "Date of birth *", "Publisher: …", short lines with no sentence. */
  labelWords: number;
  /** Share of the body's characters inside links, 0–1. */
  linkShare: number;
  headings: number;
  bodyBlocks: number;
  /** Form fields on the original page (page-signals.ts) … */
  fields: number;
  /** … and the words of its visible text. */
  pageWords: number;
  /** Readability's own readerability check of the page. */
  readerable: boolean;
}

/** Why a page is not an article: the rule that decided. */
export type NotArticleWhy = 'little-prose' | 'teaser-grid' | 'form' | 'fragments' | 'links';

/** The verdict, with the signals it was made from. */
export type ArticleVerdict = { article: true; signals: ArticleSignals } | { article: false; why: NotArticleWhy; signals: ArticleSignals };

/** All the reasons, in the order the rules run. */
export const NOT_ARTICLE_WHYS: readonly NotArticleWhy[] = ['little-prose', 'form', 'links', 'fragments', 'teaser-grid'];

/**
 * Fewer words of prose than this is not an article. A short news item has about 100 (the shortest
 * fixtures: en-short-news-item 100, hi-short-news 160); a teaser's caption and author bio have none
 * once they are set aside. The same floor as the word-count rule this replaced.
 */
export const MIN_PROSE_WORDS = 60;
/** A prose block has most of its words in real sentences: a label with a question in it has not. */
export const PROSE_SENTENCE_SHARE = 0.6;
/** A line of this many words or fewer with no sentence in it is a label, a spec line or a menu item. */
export const LABEL_MAX_WORDS = 10;
/**
 * Text in a box with a picture is a caption when there are at most this many such boxes (a teaser's
 * lead photo, a portrait); more are a photo story, whose texts are its body.
 */
export const MAX_CAPTIONS = 3;
/** Teaser grid (a section front): at least this many headings, each over a teaser or two. */
export const GRID_MIN_HEADINGS = 4;
/** … whose teasers average fewer words than this (a news paragraph under a subhead has more). */
export const GRID_MAX_TEASER_WORDS = 25;
/**
 * A form has at least this many fields: more than a news page's own forms add up to (a search box,
 * a newsletter box, a comment form of four, a sign-in dialog of two).
 */
export const FORM_MIN_FIELDS = 10;
/**
 * … at least this many per 100 words of the page's text: a form's text is its labels, one or two
 * lines a field, while a news page's forms sit beside hundreds of words of story and navigation
 * (the benchmark news pages: at most 1.2, with up to 23 fields; the form fixtures: 6.4 to 8.4).
 */
export const FORM_MIN_FIELDS_PER_100_WORDS = 3;
/**
 * … and no more than this many words of prose per field: a form's guidance notes (the fixtures: 2
 * to 6), not a story that happens to sit beside a form.
 */
export const FORM_MAX_PROSE_PER_FIELD = 10;
/**
 * Link-dominated content (a list of links, a menu) is no article: Readability itself drops a
 * candidate whose link density passes 0.5 (the benchmark news pages: at most 0.11).
 */
export const MAX_LINK_SHARE = 0.5;
/**
 * Fragments: less than half of the body is prose: a product page (specs, prices, ratings: 0.43), a
 * form's labels (0.33), a list of snippets cut off with "…". An article is mostly sentences (the
 * benchmark news pages: 0.70 and up).
 */
export const MIN_PROSE_SHARE = 0.5;
/** … unless it has this much prose: then it is an article with a big table or list in it. */
export const FRAGMENTS_MAX_PROSE_WORDS = 250;

/** Measures the signals of extracted blocks (with the walker's notes) and the page's form fields. */
export function measureArticle(
  blocks: readonly Block[],
  notes: readonly BlockNote[],
  page: Pick<PageSignals, 'fields' | 'words'>,
  readerable: boolean,
): ArticleSignals {
  const s: ArticleSignals = {
    words: 0,
    proseWords: 0,
    proseParagraphs: 0,
    asideWords: 0,
    labelWords: 0,
    linkShare: 0,
    headings: 0,
    bodyBlocks: 0,
    fields: page.fields,
    pageWords: page.words,
    readerable,
  };
  let chars = 0;
  let linkChars = 0;
  const captions = notes.filter((n) => n.aside === 'media').length;
  const setAside = (note: BlockNote | undefined): boolean => note?.aside === 'bio' || (note?.aside === 'media' && captions <= MAX_CAPTIONS);
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      s.headings++;
      return;
    }
    const note = notes[i];
    const shape = textShape(b.text);
    s.words += shape.words;
    s.bodyBlocks++;
    const length = b.text.length;
    chars += length;
    linkChars += length * (note?.linkShare ?? 0);
    if (setAside(note)) {
      s.asideWords += shape.words;
      return;
    }
    if (shape.statementWords > 0 && shape.sentenceWords >= PROSE_SENTENCE_SHARE * shape.words) {
      s.proseWords += shape.statementWords;
      s.proseParagraphs++;
    } else if (shape.words <= LABEL_MAX_WORDS || isFieldLine(b.text)) {
      s.labelWords += shape.words;
    }
  });
  s.linkShare = chars > 0 ? linkChars / chars : 0;
  return s;
}

/** Decides from the signals; the first rule that says "not an article" names the reason. */
export function judgeArticle(s: ArticleSignals): ArticleVerdict {
  const no = (why: NotArticleWhy): ArticleVerdict => ({ article: false, why, signals: s });
  if (s.proseWords < MIN_PROSE_WORDS) return no('little-prose');
  if (s.fields >= FORM_MIN_FIELDS && s.fields * 100 >= FORM_MIN_FIELDS_PER_100_WORDS * s.pageWords && s.proseWords <= FORM_MAX_PROSE_PER_FIELD * s.fields)
    return no('form');
  if (s.linkShare > MAX_LINK_SHARE) return no('links');
  if (s.proseWords < FRAGMENTS_MAX_PROSE_WORDS && s.proseWords < MIN_PROSE_SHARE * s.words) return no('fragments');
  if (isTeaserGrid(s)) return no('teaser-grid');
  // One paragraph on a page Readability does not find readerable is a blurb, not a story.
  if (!s.readerable && s.proseParagraphs < 2) return no('little-prose');
  return { article: true, signals: s };
}

// Headlines over one-line teasers, counted two ways: every body block (date lines and "By" lines
// included), or the prose paragraphs alone (when such lines outnumber the headings).
function isTeaserGrid(s: ArticleSignals): boolean {
  if (s.headings < GRID_MIN_HEADINGS) return false;
  const few = (blocks: number, words: number): boolean => s.headings * 1.5 >= blocks && words < GRID_MAX_TEASER_WORDS * Math.max(1, blocks);
  return few(s.bodyBlocks, s.words) || few(s.proseParagraphs, s.proseWords);
}
