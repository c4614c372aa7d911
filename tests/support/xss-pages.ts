/**
 * Hostile article pages: the real article of ./xss-articles.ts with payloads of ./xss-payloads.ts
 * planted where a page controls text: the title, the byline (meta author and .byline), og:site_name,
 * headings, paragraphs, an image's alt, a link's text and href, lang and dir, the canonical link.
 *
 * Two variants per batch of payloads. "text": every payload is the page's *text* (escaped, so the
 * page itself shows it as written and never runs it); whatever runs is the reader's doing. "markup":
 * the paragraphs' payloads are planted raw, as live markup, and the page is served with
 * MARKUP_PAGE_CSP, so the page's own copy of them cannot run or load anything: whatever does, is
 * the extension rendering page markup.
 */
import type { Lang } from '../../engine/types';
import { XSS_ARTICLES } from './xss-articles';
import type { XssPayload } from './xss-payloads';

/** Where a payload sits on a page. */
export type Placement =
  | 'title'
  | 'meta-author'
  | 'byline'
  | 'og-site-name'
  | 'canonical'
  | 'og-url'
  | 'heading'
  | 'img-alt'
  | 'link-text'
  | 'link-href'
  | 'lang'
  | 'dir'
  | 'paragraph-text'
  | 'paragraph-markup';

/** The slots that hold one payload each, filled in this order from the page's payloads. */
const SLOTS: Placement[] = [
  'title',
  'meta-author',
  'byline',
  'og-site-name',
  'canonical',
  'og-url',
  'heading',
  'img-alt',
  'link-text',
  'link-href',
  'lang',
  'dir',
];

/** Every placement kind the pages use. */
export const PLACEMENTS: readonly Placement[] = [...SLOTS, 'paragraph-text', 'paragraph-markup'];

/** The page's own policy for "markup" pages: it may run and load nothing at all. */
export const MARKUP_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";

/** One hostile page. */
export interface XssPage {
  /** `xss-<batch>-<variant>` */
  slug: string;
  lang: Lang;
  variant: 'text' | 'markup';
  html: string;
  /** The page's Content-Security-Policy header, if any. */
  csp: string | null;
  payloads: XssPayload[];
  /** Each planting: which payload went where. */
  plantings: { id: string; placement: Placement }[];
}

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// A 1×1 GIF, so the figure's image loads nothing from anywhere.
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Builds the page of one batch of payloads. `batch` picks the language (even English, odd Hindi). */
export function buildXssPage(batch: number, variant: XssPage['variant'], payloads: XssPayload[]): XssPage {
  if (payloads.length === 0) throw new Error('a hostile page needs at least one payload');
  const article = XSS_ARTICLES[batch % 2 === 0 ? 'en' : 'hi'];
  const plantings: XssPage['plantings'] = [];
  // Each slot takes the next payload (wrapping round when there are fewer payloads than slots); the
  // "markup" page starts from the batch's end, so with 20 a page every payload fills a slot.
  const slot = new Map<Placement, XssPayload>();
  const first = variant === 'markup' ? Math.max(0, payloads.length - SLOTS.length) : 0;
  SLOTS.forEach((placement, k) => {
    const p = payloads[(first + k) % payloads.length] as XssPayload;
    slot.set(placement, p);
    plantings.push({ id: p.id, placement });
  });
  const at = (placement: Placement) => (slot.get(placement) as XssPayload).text;
  const e = escapeHtml;

  // Every payload also goes into a paragraph, after that paragraph's first sentence: as text, or
  // on "markup" pages as live markup (unless it would swallow or navigate the page).
  const extra = new Map<number, string[]>();
  payloads.forEach((p, k) => {
    const para = k % article.paragraphs.length;
    const pieces = extra.get(para) ?? [];
    const raw = variant === 'markup' && p.raw;
    pieces.push(raw ? p.text : e(p.text));
    plantings.push({ id: p.id, placement: raw ? 'paragraph-markup' : 'paragraph-text' });
    extra.set(para, pieces);
  });

  const paragraphs = article.paragraphs.map((sentences, k) => {
    const [first, ...rest] = sentences;
    const inside = [first, ...(extra.get(k) ?? []).map((x) => `${x}.`), ...rest].join(' ');
    const heading =
      k > 0 && k % 2 === 0 ? `<h2>${e(article.headings[(k / 2 - 1) % article.headings.length] as string)}${k === 2 ? ` ${e(at('heading'))}` : ''}</h2>\n` : '';
    const attrs = k === 1 ? ` lang="${e(at('lang'))}" dir="${e(at('dir'))}"` : '';
    return `${heading}<p${attrs}>${inside}</p>`;
  });
  const link = `<p>${article.lang === 'hi' ? 'पूरा संयुक्त बयान यहां पढ़ें:' : 'The full joint statement is published at'} <a href="${e(at('link-href'))}">${e(at('link-text'))}</a>.</p>`;
  const figure = `<figure><img src="${PIXEL}" width="1" height="1" alt="${e(at('img-alt'))}"><figcaption>${article.lang === 'hi' ? 'वार्ता से पहले दोनों मंत्री।' : 'The two ministers before the talks.'}</figcaption></figure>`;

  const html = `<!doctype html>
<html lang="${article.lang}">
<head>
<meta charset="utf-8">
<title>${e(article.headline)} ${e(at('title'))}</title>
<meta name="author" content="${e(at('meta-author'))}">
<meta property="og:site_name" content="${e(at('og-site-name'))}">
<meta property="og:url" content="${e(at('og-url'))}">
<link rel="canonical" href="${e(at('canonical'))}">
</head>
<body>
<header><a href="/">${e(article.site)}</a></header>
<main>
<article>
<h1>${e(article.headline)}</h1>
<p class="byline">${article.lang === 'hi' ? 'लेखक' : 'By'} ${e(article.author)} ${e(at('byline'))}</p>
<time datetime="2026-11-24T09:00:00Z">24 November 2026</time>
${paragraphs[0]}
${figure}
${paragraphs.slice(1, 4).join('\n')}
${link}
${paragraphs.slice(4).join('\n')}
</article>
</main>
<footer><p>© ${e(article.site)}</p></footer>
</body>
</html>
`;
  return { slug: `xss-${batch}-${variant}`, lang: article.lang, variant, html, csp: variant === 'markup' ? MARKUP_PAGE_CSP : null, payloads, plantings };
}

/**
 * Payloads per page: 160 payloads make 8 batches, 16 pages. More per page and a Hindi page's
 * Latin-script payloads outweigh its Hindi (the engine then reads it as another language).
 */
export const XSS_PER_PAGE = 20;

/** Every payload in batches of `perPage`, each batch as a "text" and a "markup" page. */
export function buildXssPages(payloads: XssPayload[], perPage = XSS_PER_PAGE): XssPage[] {
  const pages: XssPage[] = [];
  for (let start = 0, batch = 0; start < payloads.length; start += perPage, batch++) {
    const slice = payloads.slice(start, start + perPage);
    pages.push(buildXssPage(batch, 'text', slice), buildXssPage(batch, 'markup', slice));
  }
  return pages;
}
