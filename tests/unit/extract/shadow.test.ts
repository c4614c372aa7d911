// @vitest-environment jsdom
// DOMPurify does not sanitise under happy-dom (../shared/STACK.md pitfall 2): this runs under jsdom.
/**
 * An article rendered in shadow DOM (a web component) is read: its open shadow root is copied
 * into the clone Readability parses (#11). It was "not an article" before.
 */
import createDOMPurify from 'dompurify';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../engine/extract/article';
import { inlineShadowRoots } from '../../../engine/extract/shadow';
import { articleHtml } from '../../support/generated-pages';

const purify = createDOMPurify(window);
const sanitize = (html: string) => purify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
const parse = (body: string) =>
  new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>Story</title></head><body>${body}</body></html>`, 'text/html');
const words = (r: ReturnType<typeof extractArticle>) =>
  r.ok
    ? r.article.blocks
        .map((b) => b.text)
        .join(' ')
        .split(/\s+/).length
    : 0;

describe('shadow DOM', () => {
  test('an article in an open shadow root attached by script is read, nested roots too', () => {
    const doc = parse('<header>Site</header><news-story><span slot="byline">light child</span></news-story>');
    const host = doc.querySelector('news-story') as Element;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `${articleHtml('A story in shadow DOM', 300, 31)}<story-extra></story-extra>`;
    (root.querySelector('story-extra') as Element).attachShadow({ mode: 'open' }).innerHTML =
      `<p>${'A nested component adds this closing paragraph about the naval exercise. '.repeat(3)}</p>`;
    const result = extractArticle(doc, { sanitize });
    expect(result.ok, JSON.stringify(result).slice(0, 200)).toBe(true);
    expect(words(result)).toBeGreaterThan(250);
    const clone = doc.cloneNode(true) as Document;
    expect(inlineShadowRoots(doc, clone)).toBe(2);
    expect(clone.body.textContent).toContain('nested component');
    expect(clone.body.textContent).toContain('light child');
    // The page itself is left as it was.
    expect(host.children).toHaveLength(1);
  });

  test('a declarative <template shadowrootmode> the parser kept as a template is read', () => {
    const doc = parse(`<news-story><template shadowrootmode="open">${articleHtml('A story in shadow DOM', 300, 32)}</template></news-story>`);
    expect(extractArticle(doc, { sanitize }).ok).toBe(true);
  });

  test('a closed root cannot be read: the page is still "not an article", with its reason', () => {
    const doc = parse('<news-story></news-story>');
    (doc.querySelector('news-story') as Element).attachShadow({ mode: 'closed' }).innerHTML = articleHtml('Closed', 300, 33);
    expect(extractArticle(doc, { sanitize })).toMatchObject({ ok: false, reason: 'not-article' });
  });

  test('a page with no shadow roots is untouched', () => {
    const doc = parse('<p>one</p>');
    expect(inlineShadowRoots(doc, doc.cloneNode(true) as Document)).toBe(0);
  });
});
