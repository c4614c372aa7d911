/**
 * Properties of extraction on random hostile HTML (fast-check, fixed seed), on the CLI's path
 * (jsdom + Readability + DOMPurify, scripts/lib/html.ts): it never throws, the HTML it keeps holds
 * no script, no event handler and no javascript: address, and nothing from a script, a style, a
 * handler or a javascript: address reaches the article's text or fields.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractFromHtml } from '../../../scripts/lib/html';

/** Marks every piece of active content the page has: none may reach the article. */
const EVIL = 'EVILMARK';

const PROSE = [
  'The foreign ministers of India and Japan met in Tokyo on Monday to discuss defence cooperation and trade.',
  'Both sides agreed to expand joint exercises and to speed up work on a new semiconductor supply chain.',
  'भारत और जापान के विदेश मंत्रियों ने सोमवार को टोक्यो में रक्षा सहयोग और व्यापार पर बातचीत की।',
  'दोनों पक्षों ने संयुक्त अभ्यास बढ़ाने और नई आपूर्ति श्रृंखला पर काम तेज करने पर सहमति जताई।',
  'Short line.',
  'Read more',
];
const TAGS = [
  'p',
  'div',
  'article',
  'section',
  'main',
  'span',
  'b',
  'a',
  'h1',
  'h2',
  'ul',
  'li',
  'blockquote',
  'table',
  'td',
  'form',
  'button',
  'svg',
  'math',
  'template',
  'noscript',
  'details',
  'figure',
  'select',
  'option',
];
const CLASSES = ['article-body', 'content', 'story', 'comment', 'share', 'sidebar', 'byline', 'related'];

const attribute = fc.oneof(
  fc.constantFrom('onclick', 'onerror', 'onload', 'onmouseover', 'ONFOCUS', 'onbegin').map((on) => `${on}="${EVIL}()"`),
  fc
    .constantFrom('href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background')
    .chain((name) =>
      fc
        .constantFrom(
          `javascript:${EVIL}()`,
          ` JaVaScRiPt:${EVIL}`,
          `java&#x09;script:${EVIL}`,
          `&#106;avascript:${EVIL}`,
          `data:text/html,<script>${EVIL}</script>`,
          'https://news.example/a',
        )
        .map((v) => `${name}="${v}"`),
    ),
  fc.constantFrom(...CLASSES).map((c) => `class="${c}"`),
  fc.constantFrom(`srcdoc="<script>${EVIL}</script>"`, `style="background:url(javascript:${EVIL})"`, 'id="main"', 'lang="hi"'),
);

/** Active content and markup that has fooled sanitizers (mutation XSS), as raw HTML. */
const ACTIVE = [
  `<script>${EVIL}()</script>`,
  `<script src="javascript:${EVIL}"></script>`,
  `<style>body{background:url("javascript:${EVIL}")} /* ${EVIL} */</style>`,
  `<img src=x onerror=${EVIL}()>`,
  `<svg><script>${EVIL}</script><a xlink:href="javascript:${EVIL}">x</a><animate onbegin=${EVIL}() /></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${EVIL}()>`,
  `<noscript><p title="</noscript><img src=x onerror=${EVIL}()>">`,
  `<iframe srcdoc="<script>${EVIL}</script>"></iframe>`,
  `<object data="javascript:${EVIL}"></object><embed src="javascript:${EVIL}">`,
  `<form action="javascript:${EVIL}"><button formaction="javascript:${EVIL}">go</button></form>`,
  `<a href="javascript:${EVIL}()">a link</a>`,
  `<template><script>${EVIL}</script></template>`,
  '<!-- <p>comment</p> -->',
  '</p></div><p>',
  '<![CDATA[ x ]]>',
];

const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
    { weight: 2, arbitrary: fc.constantFrom(...ACTIVE) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }))
        .map(([tag, attrs, children]) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${children.join('\n')}</${tag}>`),
    },
  ),
})).node;

const head = fc.array(
  fc.constantFrom(
    `<link rel="canonical" href="javascript:${EVIL}()">`,
    `<meta property="og:url" content="javascript:${EVIL}">`,
    '<link rel="canonical" href="https://news.example/story">',
    `<base href="javascript:${EVIL}/">`,
    `<meta http-equiv="refresh" content="0;url=javascript:${EVIL}">`,
    '<title>Ministers meet in Tokyo</title>',
    `<script>${EVIL}</script>`,
  ),
  { maxLength: 3 },
);
/** A page: a head, then a body of random nodes, usually with a run of real prose so Readability finds an article. */
const page = fc.tuple(head, fc.array(node, { maxLength: 6 }), fc.boolean(), fc.array(node, { maxLength: 4 })).map(
  ([h, before, prose, after]) =>
    `<!doctype html><html><head>${h.join('')}</head><body>${before.join('')}${
      prose
        ? `<article>${PROSE.slice(0, 4)
            .map((p) => `<p>${p} ${p}</p>`)
            .join('')}</article>`
        : ''
    }${after.join('')}</body></html>`,
);

/** Every element and attribute of the kept HTML: no script, handler, or javascript: address. */
function checkInert(kept: DocumentFragment): void {
  const walker = kept.ownerDocument.createTreeWalker(kept, 1 /* elements */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    expect(['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link']).not.toContain(el.localName);
    for (const a of Array.from(el.attributes)) {
      expect(a.name).not.toMatch(/^on/i);
      // As a browser reads a URL: controls and whitespace dropped, any case.
      expect(a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase()).not.toMatch(/^(?:javascript|vbscript|data:text\/html)/);
    }
  }
}

describe('extractFromHtml on hostile pages', () => {
  test('never throws; keeps no active HTML; nothing active reaches the article', () => {
    let articles = 0;
    fc.assert(
      fc.property(page, (html) => {
        const kept: DocumentFragment[] = [];
        const result = extractFromHtml(html, undefined, (f) => kept.push(f));
        for (const fragment of kept) checkInert(fragment);
        if (!result.ok) return;
        articles++;
        const a = result.article;
        const fields = [a.title, a.byline, a.siteName, a.publishedTime, a.url, a.lang, ...a.blocks.map((b) => b.text)];
        for (const f of fields) expect(f ?? '').not.toContain(EVIL);
        if (a.url !== null) expect(a.url).toMatch(/^https?:/);
      }),
      { seed: 3301, numRuns: 24 },
    );
    expect(articles).toBeGreaterThan(6);
    // jsdom and Readability took about 35 ms a page each here (2 cores, load average 9): 24 pages, 2–3 s.
  }, 20_000);
});
