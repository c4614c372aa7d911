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
  dom.window.close();
  return result;
}
