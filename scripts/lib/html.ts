/** Node-side extraction: jsdom gives Readability and DOMPurify the DOM the extension gets in a page. */
import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractResult } from '../../engine/extract/article';

/** The address a page read from a file gets: it came from nowhere. */
const NOWHERE = 'https://example.invalid/';

/** Parses HTML into a jsdom document; scripts never run and nothing is fetched. */
export function parseHtml(html: string, url?: string): JSDOM {
  // A page's own console noise and CSS parse errors are not ours to print.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: url ?? NOWHERE, virtualConsole });
}

/** Runs the extension's extraction (Readability + DOMPurify) on an HTML string. */
export function extractFromHtml(html: string, url?: string): ExtractResult {
  const dom = parseHtml(html, url);
  const purify = createDOMPurify(dom.window as unknown as Window & typeof globalThis);
  const result = extractArticle(dom.window.document, {
    sanitize: (content) => purify.sanitize(content, { RETURN_DOM_FRAGMENT: true }),
  });
  // Without an address of its own, a page's relative canonical link resolves against NOWHERE: it
  // names no real place (a page once got "https://example.invalid/<img src=x …>" as its source).
  if (result.ok && url === undefined && result.article.url?.startsWith(NOWHERE)) result.article.url = null;
  closeQuietly(dom);
  return result;
}

/**
 * Closes a jsdom window. jsdom 29 counts an `<iframe>` parsed inside `<svg>` (an SVG element, with
 * no window) among the window's frames, and `close()` then throws reading the missing frame: a page
 * with `<svg><iframe></iframe></svg><iframe></iframe>` made the CLI fail after its article was read.
 */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // Nothing runs in these windows (no scripts, no loads): what close() did not clear is dropped with the DOM.
  }
}
