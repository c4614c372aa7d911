/** The article's address is http(s) or nothing: a page may claim javascript: or data: as its canonical URL. */
import { expect, test } from 'vitest';
import { extractFromHtml } from '../../../scripts/lib/html';

const PROSE = 'The foreign ministers of India and Japan met in Tokyo on Monday to discuss defence cooperation and trade.';
const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p><p><p>${PROSE}\n${PROSE}\n${PROSE}</p></p>\n${PROSE}</p></body></html>`;

test.each([
  // fast-check's shrunk counterexample (tests/unit/properties/extract.test.ts): the article's url was "javascript:EVILMARK()".
  ['<link rel="canonical" href="javascript:EVILMARK()">', null],
  ['<meta property="og:url" content=" JAVASCRIPT:alert(1)">', null],
  ['<link rel="canonical" href="data:text/html,x"><meta property="og:url" content="https://news.example/og">', 'https://news.example/og'],
  ['<link rel="canonical" href="/story/1">', 'https://news.example/story/1'],
])('%s gives the url %j', (head, url) => {
  const r = extractFromHtml(page(head), head.includes('/story/1') ? 'https://news.example/x' : undefined);
  expect(r.ok && r.article.url).toBe(url);
});
