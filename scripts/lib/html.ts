/** Node-side extraction: jsdom gives Readability and DOMPurify the DOM the extension gets in a page. */
import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractResult, tooLarge } from '../../engine/extract/article';
import { checkHtmlShape } from '../../engine/extract/html-shape';

/**
 * Largest page handed to jsdom, in bytes of UTF-8 (the largest of 160 real news pages we have is
 * 1.6 MB; a generated 5 MB page gives a card in about 2 s). jsdom's parse alone takes about 0.8 s
 * a megabyte of text here: a 10 MB page took 7.7 s before its size was ever checked.
 */
export const MAX_HTML_BYTES = 8 * 1024 * 1024;

/** The address a page read from a file gets: it came from nowhere. */
const NOWHERE = 'https://example.invalid/';

/** Parses HTML into a jsdom document; scripts never run and nothing is fetched. */
export function parseHtml(html: string, url?: string): JSDOM {
  // A page's own console noise and CSS parse errors are not ours to print.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: url ?? NOWHERE, virtualConsole });
}

/**
 * Runs the extension's extraction (Readability + DOMPurify) on an HTML string. `inspect` sees each
 * fragment DOMPurify returns (the HTML extraction keeps), for tests.
 */
export function extractFromHtml(html: string, url?: string, inspect?: (kept: DocumentFragment) => void): ExtractResult {
  // Refused before jsdom builds the DOM: for the pages the caps are for, that is the slow part.
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_HTML_BYTES) return tooLarge(`${bytes.toLocaleString('en')} bytes of HTML (the limit is ${MAX_HTML_BYTES.toLocaleString('en')})`);
  const shape = checkHtmlShape(html);
  if (shape) return shape;
  const dom = parseHtml(html, url);
  const purify = createDOMPurify(dom.window as unknown as Window & typeof globalThis);
  const sanitize = (content: string) => {
    const kept = purify.sanitize(content, { RETURN_DOM_FRAGMENT: true });
    inspect?.(kept);
    return kept;
  };
  const result = extractArticle(dom.window.document, { sanitize });
  // Without an address of its own, a page's relative canonical link resolves against NOWHERE: it
  // names no real place (a page once got "https://example.invalid/<img src=x …>" as its source).
  if (result.ok && url === undefined && result.article.url?.startsWith(NOWHERE)) result.article.url = null;
  const hint = result.ok || result.why !== 'little-prose' ? '' : noTextHint(dom.window.document);
  closeQuietly(dom);
  return hint && !result.ok ? { ...result, message: `${result.message} ${hint}` } : result;
}

/**
 * Why a page with no running text may still show one in a browser: its text is in its frames, or
 * its scripts write it (the CLI runs none). Empty when neither.
 */
function noTextHint(doc: Document): string {
  if (doc.querySelector('frameset')) return 'It is a frameset: its text is in the pages of its frames; summarise those.';
  // Data blocks (JSON, JSON-LD) are not scripts that run.
  const scripts = [...doc.querySelectorAll('script')].filter((s) => !/json/i.test(s.type));
  if (scripts.length > 0) {
    return 'Its text may be written by its scripts, which the command-line tool does not run: save the page from the browser once it has loaded, or copy its text into a .txt file.';
  }
  return '';
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
