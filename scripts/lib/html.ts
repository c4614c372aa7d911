/** Node-side extraction: jsdom gives Readability and DOMPurify the DOM the extension gets in a page. */
import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractResult } from '../../engine/extract/article';
import { checkHtmlShape } from '../../engine/extract/html-shape';

/** Parses HTML into a jsdom document; scripts never run and nothing is fetched. */
export function parseHtml(html: string, url?: string): JSDOM {
  // A page's own console noise and CSS parse errors are not ours to print.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: url ?? 'https://example.invalid/', virtualConsole });
}

/** Runs the extension's extraction (Readability + DOMPurify) on an HTML string. */
export function extractFromHtml(html: string, url?: string): ExtractResult {
  // Refused before jsdom builds the DOM: for the pages the caps are for, that is the slow part.
  const shape = checkHtmlShape(html);
  if (shape) return shape;
  const dom = parseHtml(html, url);
  const purify = createDOMPurify(dom.window as unknown as Window & typeof globalThis);
  const result = extractArticle(dom.window.document, {
    sanitize: (content) => purify.sanitize(content, { RETURN_DOM_FRAGMENT: true }),
  });
  if (result.ok && result.article.url === 'https://example.invalid/') result.article.url = null;
  const hint = result.ok || result.why !== 'little-prose' ? '' : noTextHint(dom.window.document);
  dom.window.close();
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
