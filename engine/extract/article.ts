/**
 * Article extraction with Mozilla Readability, shared by the extension's page script and the CLI.
 * It reads the Document it is handed (never a global), parses a clone, sanitises Readability's
 * output with the caller's sanitizer, and returns the engine's Article, or a reason.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article, Block } from '../types';
import { readBlocks } from './blocks';
import { pageSignals } from './page-signals';
import { inlineShadowRoots } from './shadow';
import { shieldEntities } from './shield-entities';
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
  const textLength = pageTextLength(doc);
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
  const clone = doc.cloneNode(true) as Document;
  inlineShadowRoots(doc, clone);
  // Readability decodes entities in its metadata once more: page text "&lt;b&gt;" would become "<b>".
  const unshield = shieldEntities(clone);
  const parsed = new Readability(clone, { keepClasses: true }).parse();
  if (!parsed?.content) return notArticle('little-prose');
  const fragment = options.sanitize(parsed.content);
  const { blocks, notes } = readBlocks(fragment);
  const verdict = judgeArticle(measureArticle(blocks, notes, page, readerable));
  if (!verdict.article) return notArticle(verdict.why);

  const title = clean(unshield(parsed.title)) || clean(doc.title) || firstHeading(blocks) || 'Untitled';
  return {
    ok: true,
    readerable,
    article: {
      title,
      byline: clean(unshield(parsed.byline)) || null,
      siteName: clean(unshield(parsed.siteName)) || null,
      publishedTime: clean(unshield(parsed.publishedTime)) || null,
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

/** The refusal of a page too large to read, saying what is too large. */
export function tooLarge(what: string): ExtractResult {
  return { ok: false, reason: 'too-large', message: `This page is too large to read: ${what}. Select the text you want and use "Summarise selection".` };
}

/**
 * Characters of text in the page's body, less its scripts' and styles' (a site's inlined state,
 * megabytes of JSON, is no text a reader sees: a 5 MB page of a 1,500-word article was refused).
 */
function pageTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let hidden = 0;
  for (const el of body.querySelectorAll('script, style, noscript')) {
    // A script inside a noscript (parsed as elements where scripting is off) is counted once.
    if (!el.parentElement?.closest('script, style, noscript')) hidden += el.textContent?.length ?? 0;
  }
  return (body.textContent?.length ?? 0) - hidden;
}

/** A too-large result when the page has too many elements or nests them too deep; null when it is fine. */
function checkShape(doc: Document, maxElements: number, maxDepth: number): ExtractResult | null {
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

/** The page's canonical address (link, og:url, then its own), only http(s): a page may claim javascript: or data:. */
function canonicalUrl(doc: Document): string | null {
  const base = doc.URL && doc.URL !== 'about:blank' ? doc.URL : undefined;
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    base,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not a URL: try the next.
    }
  }
  return null;
}
