/**
 * Article extraction with Mozilla Readability, shared by the extension's page script and the CLI.
 * It reads the Document it is handed (never a global), parses a clone, sanitises Readability's
 * output with the caller's sanitizer, and returns the engine's Article, or a reason.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article, Block } from '../types';
import { readBlocks } from './blocks';
import { pageSignals } from './page-signals';
import { judgeArticle, measureArticle, type NotArticleWhy } from './verdict';

/** A parsed, inert node tree (DOMPurify's RETURN_DOM_FRAGMENT result, for instance). */
export type SanitizedNode = Pick<Node, 'nodeType' | 'nodeName' | 'textContent' | 'childNodes'>;

/** What extraction needs besides the document. */
export interface ExtractOptions {
  /** Sanitises HTML and returns it parsed as an inert fragment. DOMPurify needs a window: the caller has one. */
  sanitize: (html: string) => SanitizedNode;
  /** Largest page, in characters of text, that is parsed at all. */
  maxChars?: number;
  /** Most elements, and deepest nesting, a page may have to be parsed at all. */
  maxElements?: number;
  maxDepth?: number;
}

/** Why a page gave no article. */
export type ExtractFailure = 'not-article' | 'too-large';

/** The extraction result: an article, or a reason with a message for the user (and which rule found no article). */
export type ExtractResult = { ok: true; article: Article; readerable: boolean } | { ok: false; reason: ExtractFailure; message: string; why?: NotArticleWhy };

/** Default page cap: 3 million characters of text (a long report is ~300k). */
export const MAX_PAGE_CHARS = 3_000_000;

/**
 * Most elements a page may have (the largest of 120 real news pages we measured has 6,749).
 * Readability's work grows faster than the element count: 20,000 tiny paragraphs took 4 s in jsdom.
 */
export const MAX_PAGE_ELEMENTS = 50_000;
/**
 * Deepest nesting of elements (real pages: median 18, deepest 51). Readability's work grows with
 * the square of the depth and more: in jsdom 250 levels took 1.2 s, 1,000 took 15 s, 2,000 took 141 s.
 */
export const MAX_PAGE_DEPTH = 250;

/** Extracts the main article of a document. The size checks come before any expensive work. */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const shape = checkShape(doc, options.maxElements ?? MAX_PAGE_ELEMENTS, options.maxDepth ?? MAX_PAGE_DEPTH);
  if (shape) return shape;
  const textLength = doc.body?.textContent?.length ?? 0;
  const maxChars = options.maxChars ?? MAX_PAGE_CHARS;
  if (textLength > maxChars) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page is too large to summarise (${textLength.toLocaleString('en')} characters of text; the limit is ${maxChars.toLocaleString('en')}).`,
    };
  }
  const devanagari = /[\u0900-\u097F]/.test(doc.body?.textContent?.slice(0, 5000) ?? '');
  // Readability's readerability check is tuned on English pages; Devanagari prose packs more per
  // character, and short Hindi news items fall under its 140-character paragraph floor.
  const readerable = isProbablyReaderable(doc, devanagari ? { minContentLength: 80, minScore: 12 } : {});

  // The form fields are counted on the page itself: Readability drops them from what it keeps.
  const page = pageSignals(doc);

  // keepClasses: the block walker reads class names to drop captions, promos and share bars.
  const parsed = new Readability(doc.cloneNode(true) as Document, { keepClasses: true }).parse();
  if (!parsed || !parsed.content) return notArticle('little-prose');
  const fragment = options.sanitize(parsed.content);
  const { blocks, notes } = readBlocks(fragment);
  const verdict = judgeArticle(measureArticle(blocks, notes, page, readerable));
  if (!verdict.article) return notArticle(verdict.why);

  const title = clean(parsed.title) || clean(doc.title) || firstHeading(blocks) || 'Untitled';
  return {
    ok: true,
    readerable,
    article: {
      title,
      byline: clean(parsed.byline) || null,
      siteName: clean(parsed.siteName) || null,
      publishedTime: clean(parsed.publishedTime) || null,
      url: canonicalUrl(doc),
      lang: clean(parsed.lang) || clean(doc.documentElement?.getAttribute('lang')) || null,
      blocks: dropLeadingTitle(blocks, title),
    },
  };
}

const LOOKS_LIKE: Record<NotArticleWhy, string> = {
  'little-prose': 'it has too little running text',
  'teaser-grid': 'it looks like a list of headlines',
  form: 'it looks like a form',
  links: 'it is mostly links',
  fragments: 'it is mostly short lines, not sentences',
};

/** A too-large result when the page has too many elements or nests them too deep; null when it is fine. */
function checkShape(doc: Document, maxElements: number, maxDepth: number): ExtractResult | null {
  const tooLarge = (what: string): ExtractResult => ({
    ok: false,
    reason: 'too-large',
    message: `This page is too large to read: ${what}. Select the text you want and use "Summarise selection".`,
  });
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) return tooLarge(`${elements.toLocaleString('en')} elements (the limit is ${maxElements.toLocaleString('en')})`);
  // Depth by an explicit stack (a recursive walk would overflow on the very pages it guards against).
  const root = doc.documentElement;
  if (!root) return null;
  const stack: [Element, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, depth] = top;
    if (depth > maxDepth) return tooLarge(`elements nested more than ${maxDepth.toLocaleString('en')} deep`);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return null;
}

function notArticle(why: NotArticleWhy): ExtractResult {
  return {
    ok: false,
    reason: 'not-article',
    why,
    message: `No article found on this page (${LOOKS_LIKE[why]}). Select the text you want and use "Summarise selection".`,
  };
}

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function firstHeading(blocks: readonly Block[]): string {
  return blocks.find((b) => b.kind === 'heading')?.text ?? '';
}

// Readability sometimes keeps the headline as the first heading: the card shows it once.
function dropLeadingTitle(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  return first && first.kind === 'heading' && clean(first.text) === title ? blocks.slice(1) : blocks;
}

function canonicalUrl(doc: Document): string | null {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const candidate = link || og || doc.URL || null;
  if (!candidate || candidate === 'about:blank') return null;
  try {
    return new URL(candidate, doc.URL && doc.URL !== 'about:blank' ? doc.URL : undefined).href;
  } catch {
    return null;
  }
}
