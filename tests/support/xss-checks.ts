/**
 * What "stays text" means for each output, as checks that list every problem (empty when none):
 * HTML with no active element, attribute or URL; terminal and plain text with no control
 * characters.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * Markdown as the most trusting renderer would show it: CommonMark + GFM with raw HTML and every
 * link protocol let through (micromark escapes both by default), so only our escaping keeps it text.
 */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true, allowDangerousProtocol: true });
}

/** The elements our own Markdown makes (headings, paragraphs, lists, emphasis, the names table, the source link). */
const OWN_ELEMENTS = new Set(['h1', 'h2', 'p', 'ul', 'li', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a']);

/**
 * Every element, attribute or URL in `html` (micromark's output) that is not our own markup: any
 * tag a browser would parse (`<` and a letter) outside OWN_ELEMENTS, a comment or CDATA, any
 * attribute but the source link's href, a link other than `sourceUrl`, and blocks nested where our
 * Markdown never nests them (a heading in a line, a nested list that is not a translation).
 */
export function activeHtml(html: string, sourceUrl: string | null): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][^\s/>]*)([^>]*)>|<[!?]/g)) {
    const [all, close, tag, attrs] = m;
    if (tag === undefined) problems.push(`markup ${html.slice(m.index, m.index + 40)}`);
    else if (!OWN_ELEMENTS.has(tag)) problems.push(`element ${all}`);
    else if (close) continue;
    else if (tag === 'a') {
      // micromark percent-encodes what the URL parser leaves as is (an apostrophe): compare decoded.
      const href = /^ href="([^"]*)"$/.exec(attrs ?? '')?.[1]?.replaceAll('&amp;', '&');
      const same = href !== undefined && sourceUrl !== null && decodeURI(href) === decodeURI(sourceUrl);
      if (!same || !/^https?:\/\//.test(href)) problems.push(`link ${all}`);
    } else if (attrs) problems.push(`attribute ${all}`);
  }
  for (const m of html.matchAll(/<li>\s*<(h\d|ul)>\s*(?:<li>)?(.{0,12})/g)) {
    // A line holds text; only a translation (<li><em>…) sits in a list under it.
    if (m[1] !== 'ul' || !(m[2] ?? '').startsWith('<em>')) problems.push(`block in a line: ${m[0]}`);
  }
  return problems;
}

/** C0 controls but the newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The control characters in `text`, as code points (empty when none). With `sgr`, the terminal
 * renderer's own styling (ESC [ n m) is allowed.
 */
export function controlChars(text: string, options: { sgr?: boolean } = {}): string[] {
  const t = options.sgr ? text.replace(/\u001b\[\d+m/g, '') : text;
  return [...t.matchAll(CONTROL)].map((m) => `U+${(m[0].codePointAt(0) as number).toString(16).padStart(4, '0').toUpperCase()} at ${m.index}`);
}

/** Folds white space and drops the characters the text renderers drop: how a payload reads as text. */
export function asShownText(text: string): string {
  return text
    .replace(CONTROL, (c) => (c === '\t' ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
}
