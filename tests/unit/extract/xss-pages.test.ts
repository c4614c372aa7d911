/**
 * The hostile pages (tests/support/xss-pages.ts: 160 payloads in 16 real articles, as text and as
 * live markup) through what the CLI and the extension's page script do: jsdom, Readability,
 * DOMPurify, the engine, and the three renderers. What DOMPurify hands the block reader is inert,
 * page text reaches the article as the same text (nothing decoded into markup, nothing dropped),
 * a card is made, and its Markdown, plain text and terminal forms stay text.
 */
import createDOMPurify from 'dompurify';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../engine/extract/article';
import { summarize } from '../../../engine/pipeline';
import { toMarkdown } from '../../../engine/render/markdown';
import { toPlainText } from '../../../engine/render/plain';
import { safeUrl } from '../../../engine/render/safe';
import { toTerminal } from '../../../engine/render/terminal';
import { parseHtml } from '../../../scripts/lib/html';
import { activeHtml, asShownText, controlChars, markdownToHtml } from '../../support/xss-checks';
import { UNIT_ORIGIN, xssPayloads } from '../../support/xss-payloads';
import { buildXssPages, type XssPage } from '../../support/xss-pages';

const PAGES = buildXssPages(xssPayloads(UNIT_ORIGIN));

// What may not survive sanitising: elements that run, load, embed or submit, and their attributes.
const ACTIVE_ELEMENTS = 'script, iframe, frame, object, embed, applet, style, link, meta, base, form, template, noscript, portal';
const URL_ATTRIBUTES = /^(?:href|src|srcset|srcdoc|action|formaction|data|poster|background|xlink:href|style|ping)$/i;

/**
 * What is active in the sanitised fragment. An http(s) or mailto: address is not: the fragment
 * is parsed into an inert document, read for its text and thrown away (nothing renders it).
 */
function activeNodes(fragment: DocumentFragment): string[] {
  const problems: string[] = [];
  for (const el of fragment.querySelectorAll(ACTIVE_ELEMENTS)) problems.push(`<${el.localName}>`);
  for (const el of fragment.querySelectorAll('*')) {
    // SVG's animation elements can set an attribute (href, an on* handler) by name.
    if (/^(?:animate|set|animatemotion|animatetransform)$/i.test(el.localName)) problems.push(`<${el.localName}>`);
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) problems.push(`<${el.localName} ${name}>`);
      else if (URL_ATTRIBUTES.test(name) && !/^(?:https?:\/\/|mailto:|data:image\/gif;base64,R0lGOD)/i.test(value.trim()))
        problems.push(`<${el.localName} ${name}="${value.slice(0, 60)}">`);
    }
  }
  return problems;
}

/** Extracts `page` as the CLI does, keeping what DOMPurify returned. */
function extract(page: XssPage) {
  const dom = parseHtml(page.html, `${UNIT_ORIGIN}/pages/${page.slug}`);
  const purify = createDOMPurify(dom.window as unknown as Window & typeof globalThis);
  const fragments: DocumentFragment[] = [];
  const result = extractArticle(dom.window.document, {
    sanitize: (html) => {
      const fragment = purify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
      fragments.push(fragment);
      return fragment;
    },
  });
  return { result, fragments };
}

/** A payload as the page's text: HTML turns CR and CRLF into LF. */
const asPageText = (text: string) => asShownText(text.replace(/\r\n?/g, '\n'));

const of = (page: XssPage, placement: string) => page.payloads.find((p) => p.id === page.plantings.find((x) => x.placement === placement)?.id)?.text ?? '';

describe.each(PAGES.map((p) => [p.slug, p] as const))('%s', (_, page) => {
  test('extracted: an inert fragment, the page text as text, a card that stays text', () => {
    const { result, fragments } = extract(page);
    if (!result.ok) throw new Error(`${page.slug}: ${result.message}`);
    expect(fragments).toHaveLength(1);
    const fragment = fragments[0] as DocumentFragment;
    expect(activeNodes(fragment)).toEqual([]);

    const article = result.article;
    // Metadata: the payload as written (Readability may only cut a title at a separator).
    const headline = asShownText(page.html.match(/<h1>([^<]*)<\/h1>/)?.[1] ?? '');
    expect(`${headline} ${asPageText(of(page, 'title'))}`).toContain(asShownText(article.title));
    expect(asShownText(article.siteName ?? '')).toBe(asPageText(of(page, 'og-site-name')));
    expect(asShownText(article.byline ?? '')).toBe(asPageText(of(page, 'meta-author')));
    const body = asShownText(article.blocks.map((b) => b.text).join(' '));
    if (page.variant === 'text') {
      // Every payload planted as text is in the article, as the same text: nothing decoded, nothing dropped.
      for (const p of page.payloads) expect(body, p.id).toContain(asPageText(p.text));
      expect(body).toContain(asPageText(of(page, 'heading')));
    } else {
      // A live <script> gave no text: what runs in no page is not read as prose either.
      const inText = new Set(page.plantings.filter((x) => x.placement === 'heading' || x.placement === 'link-text').map((x) => x.id));
      for (const p of page.payloads)
        if (p.raw && !inText.has(p.id) && /^<script>/.test(p.text)) expect(body, p.id).not.toContain(p.text.slice('<script>'.length, -'</script>'.length));
    }

    const summary = summarize(article, {});
    if (!summary.ok) throw new Error(`${page.slug}: ${summary.message}`);
    const s = summary.summary;
    expect(s.language).toBe(page.lang);
    expect(s.sections.length).toBeGreaterThan(0);
    const html = markdownToHtml(toMarkdown(s));
    expect(activeHtml(html, safeUrl(s.url))).toEqual([]);
    expect(html.match(/<h[1-6]>/g)?.length).toBe(2 + s.sections.length + (s.entities.length ? 1 : 0));
    expect(controlChars(toPlainText(s)), 'plain text').toEqual([]);
    expect(controlChars(toTerminal(s)), 'terminal').toEqual([]);
    expect(controlChars(toTerminal(s, { color: true }), { sgr: true }), 'terminal with colour').toEqual([]);
  });
});

test('the pages: every payload planted, English and Hindi, as text and as markup', () => {
  const ids = new Set(PAGES.flatMap((p) => p.payloads.map((x) => x.id)));
  expect(ids.size).toBe(xssPayloads(UNIT_ORIGIN).length);
  expect(new Set(PAGES.map((p) => `${p.lang}-${p.variant}`))).toEqual(new Set(['en-text', 'en-markup', 'hi-text', 'hi-markup']));
  const placements = new Set(PAGES.flatMap((p) => p.plantings.map((x) => x.placement)));
  expect(placements.size).toBe(14);
  // Every payload sits in at least one metadata or attribute slot, and in a paragraph.
  const slotted = new Set(PAGES.flatMap((p) => p.plantings.filter((x) => !x.placement.startsWith('paragraph')).map((x) => x.id)));
  expect(slotted.size).toBe(ids.size);
});
