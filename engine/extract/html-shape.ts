/**
 * A page's size and nesting read from its HTML string, before any parser builds a DOM. The caps in
 * article.ts run on the DOM, but building one is itself the expensive part for some pages: jsdom
 * took 28 s and 2.6 GB for a million tiny elements, and 12 s (then overflowed its stack on close)
 * for 10,000 levels. The CLI checks this first; the browser has parsed the page already.
 */
import { type ExtractResult, MAX_PAGE_DEPTH, MAX_PAGE_ELEMENTS, tooLarge } from './article';

/** Elements with no end tag: they never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame']);
/**
 * Elements a parser closes by itself (the next <p> or <li> ends the open one) and the implied
 * frame of the page: they are counted as elements, never as nesting, so sloppy HTML is not "deep".
 */
const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);

/** Start tags (about the element count) and how deep elements nest, by a cheap scan of the HTML. */
export function measureHtml(html: string): { elements: number; depth: number } {
  // Comments and the text of raw-text elements hold no elements, whatever they look like (the
  // element itself is kept, emptied).
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|textarea|title|xmp|noembed|noframes)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '<$1></$1>');
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      if (!VOID.has(name) && !IMPLIED_END.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (VOID.has(name) || IMPLIED_END.has(name) || m[3]) continue;
    if (++depth > deepest) deepest = depth;
  }
  return { elements, depth: deepest };
}

/**
 * A too-large result for HTML far past the caps (beyond the slack the estimate needs), or null.
 * What passes is parsed and checked exactly by extractArticle.
 */
export function checkHtmlShape(html: string, limits: { maxElements?: number; maxDepth?: number } = {}): ExtractResult | null {
  const maxElements = limits.maxElements ?? MAX_PAGE_ELEMENTS;
  const maxDepth = limits.maxDepth ?? MAX_PAGE_DEPTH;
  const { elements, depth } = measureHtml(html);
  // Slack: a start tag may not become an element (a stray tag, a template's content), and
  // unclosed tags the scan cannot close make a page look deeper than its DOM.
  if (elements > maxElements * 1.1) return tooLarge(`about ${elements.toLocaleString('en')} elements (the limit is ${maxElements.toLocaleString('en')})`);
  if (depth > maxDepth * 4) return tooLarge(`elements nested more than ${maxDepth.toLocaleString('en')} deep`);
  return null;
}
