/**
 * Readability decodes entities in its metadata again, on text the HTML parser already decoded:
 * the card's title, byline and site name must read as the page's text does (shield-entities.ts).
 */
import { expect, test } from 'vitest';
import { extractFromHtml } from '../../../scripts/lib/html';

const PROSE =
  '<p>The two foreign ministers reviewed defence cooperation, trade and energy ties in detail during their long meeting in the capital on Monday.</p>'.repeat(
    4,
  );

function metadata(head: string) {
  const r = extractFromHtml(`<!doctype html><html lang="en"><head>${head}</head><body><article>${PROSE}</article></body></html>`);
  if (!r.ok) throw new Error(r.message);
  return { title: r.article.title, siteName: r.article.siteName, byline: r.article.byline };
}

test.each([
  ['a title that reads "&lt;b&gt;" as text', '<title>Talks &amp;lt;b&amp;gt; end</title>', { title: 'Talks &lt;b&gt; end' }],
  ['a title that reads "&#60;script&#62;"', '<title>Talks &amp;#60;script&amp;#62; end</title>', { title: 'Talks &#60;script&#62; end' }],
  ['a plain ampersand', '<title>Trade &amp; energy talks end</title>', { title: 'Trade & energy talks end' }],
  [
    'meta content',
    '<title>Talks end in Delhi</title><meta property="og:site_name" content="A &amp;lt;i&amp;gt; B"><meta name="author" content="C &amp;amp;#x3C; D">',
    { siteName: 'A &lt;i&gt; B', byline: 'C &amp;#x3C; D' },
  ],
  [
    'JSON-LD',
    '<title>Talks end in Delhi</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks &lt;end&gt; in Delhi","author":{"name":"E &amp; F"}}</script>',
    { byline: 'E &amp; F' },
  ],
  ['a page that uses the stand-in character itself', '<title>Talks \uFDD0 &amp;lt;end&amp;gt;</title>', { title: 'Talks \uFDD0 &lt;end&gt;' }],
])('%s', (_, head, expected) => {
  expect(metadata(head)).toMatchObject(expected);
});
