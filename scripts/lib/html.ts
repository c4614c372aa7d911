/** Node-side extraction: jsdom gives Readability and DOMPurify the DOM the extension gets in a page. */
import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractResult, MAX_PAGE_ELEMENTS } from '../../engine/extract/article';

/**
 * Largest page handed to jsdom, in bytes of UTF-8 (the largest of 160 real news pages we have is
 * 1.6 MB). jsdom's parse alone takes about 0.8 s a megabyte of text here: a 10 MB page took 7.7 s
 * before its size was ever checked.
 */
export const MAX_HTML_BYTES = 5 * 1024 * 1024;

/**
 * Tags, counted in the markup before parsing, in one pass: "<" and a letter, outside comments,
 * scripts and styles. On 160 real news pages it is at most 1.08 times the elements jsdom builds
 * (counting inside scripts too gave up to 2.8 times), so it stands in for the element cap before
 * jsdom builds anything.
 */
export function countTags(html: string): number {
  const rawEnd = /<\/(?:script|style)/gi;
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      tags++;
      // A script's or a style's body is text, whatever it holds: skip to the next closing tag.
      if (/^(?:script|style)[\s>/]/i.test(html.slice(i + 1, i + 8))) {
        rawEnd.lastIndex = i;
        if (!rawEnd.exec(html)) break;
        i = rawEnd.lastIndex - 1;
      }
    } else if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end;
    }
  }
  return tags;
}

/** Why a page is refused before parsing (too many bytes, too many tags); null when it may be parsed. */
export function tooLargeToParse(html: string): ExtractResult | null {
  const tooLarge = (what: string): ExtractResult => ({ ok: false, reason: 'too-large', message: `This page is too large to read: ${what}.` });
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_HTML_BYTES) return tooLarge(`${bytes.toLocaleString('en')} bytes of HTML (the limit is ${MAX_HTML_BYTES.toLocaleString('en')})`);
  const tags = countTags(html);
  if (tags > MAX_PAGE_ELEMENTS) return tooLarge(`${tags.toLocaleString('en')} tags (the limit is ${MAX_PAGE_ELEMENTS.toLocaleString('en')} elements)`);
  return null;
}

/** Parses HTML into a jsdom document; scripts never run and nothing is fetched. */
export function parseHtml(html: string, url?: string): JSDOM {
  // A page's own console noise and CSS parse errors are not ours to print.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: url ?? 'https://example.invalid/', virtualConsole });
}

/**
 * Runs the extension's extraction (Readability + DOMPurify) on an HTML string. `inspect` sees each
 * fragment DOMPurify returns (the HTML extraction keeps), for tests.
 */
export function extractFromHtml(html: string, url?: string, inspect?: (kept: DocumentFragment) => void): ExtractResult {
  const refused = tooLargeToParse(html);
  if (refused) return refused;
  const dom = parseHtml(html, url);
  const purify = createDOMPurify(dom.window as unknown as Window & typeof globalThis);
  const sanitize = (content: string) => {
    const kept = purify.sanitize(content, { RETURN_DOM_FRAGMENT: true });
    inspect?.(kept);
    return kept;
  };
  const result = extractArticle(dom.window.document, { sanitize });
  if (result.ok && result.article.url === 'https://example.invalid/') result.article.url = null;
  dom.window.close();
  return result;
}
