/**
 * Page text is untrusted: a card rendered as Markdown, plain text or for a terminal must show it
 * as text. The Markdown is parsed by a real CommonMark + GFM parser (micromark) and the HTML it
 * would become is checked: no link, image or element comes from the page.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { toMarkdown } from '../../../engine/render/markdown';
import { toPlainText } from '../../../engine/render/plain';
import { escapeMarkdown, safeUrl, stripControls } from '../../../engine/render/safe';
import { toTerminal } from '../../../engine/render/terminal';
import type { Summary } from '../../../engine/summary/types';
import { EN_SUMMARY } from '../components/sample';

const ESC = '\u001b';
// Our own hostile strings: Markdown links and images, raw HTML, table breakers, terminal escapes
// (OSC 8 hyperlink, title, clipboard), a bidi override and a line break that starts a heading.
const PAYLOADS = [
  '[click me](javascript:alert(1))',
  '![x](https://tracker.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'a | b | c',
  '**bold** _it_ `code` ~~gone~~',
  `${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`,
  `${ESC}]0;pwned\u0007`,
  `${ESC}]52;c;ZWNobyBoaQ==\u0007`,
  'abc\u202Eexe.pdf',
  'line one\n# heading two\n- item',
  '&lt;b&gt; \\[escaped\\]',
];

function hostile(payload: string): Summary {
  return {
    ...EN_SUMMARY,
    title: `Title ${payload}`,
    siteName: `Site ${payload}`,
    byline: `By ${payload}`,
    url: 'javascript:alert(document.cookie)',
    overview: [{ index: 0, text: `Overview ${payload}` }],
    sections: EN_SUMMARY.sections.map((s) => ({
      ...s,
      sentences: s.sentences.map((l) => ({ ...l, text: `${l.text} ${payload}` })),
      keyTerms: [{ en: `term ${payload}`, hi: `शब्द ${payload}` }],
    })),
    entities: [{ ...EN_SUMMARY.entities[0]!, en: `Name ${payload}`, hi: `नाम ${payload}` }],
  };
}

const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe.each(PAYLOADS)('a card carrying %j', (payload) => {
  const summary = hostile(payload);
  const translations = { lines: { 0: `Übersetzung ${payload}`, title: `Titel ${payload}` }, sourceLabel: `Model ${payload}` };

  test('Markdown: parsed by CommonMark + GFM, no link, image, raw HTML or extra heading from the page', () => {
    const out = html(toMarkdown(summary, translations));
    // Only the elements our own Markdown makes: no link (not even GFM's autolink of a bare
    // address), image, script or inline markup comes from the page.
    const tags = new Set([...out.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]));
    for (const tag of tags) expect(['h1', 'h2', 'p', 'ul', 'li', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td']).toContain(tag);
    // Our headings only: the title, Overview, one per section and Names.
    expect(out.match(/<h[1-6]>/g)?.length).toBe(1 + 1 + summary.sections.length + 1);
    // The names table keeps its four columns in every row.
    for (const row of out.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) expect(row.match(/<t[dh]>/g)?.length).toBe(4);
  });

  test('Markdown: the page text still reads as written', () => {
    const text = html(toMarkdown(summary)).replace(/<[^>]+>/g, '');
    const visible = payload.replace(/\n/g, ' ').replace(/[\u0000-\u001f\u007f\u202e]/g, '');
    const decoded = text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(decoded).toContain(`Overview ${visible}`);
  });

  test.each([
    ['plain text', () => toPlainText(summary, translations)],
    ['terminal', () => toTerminal(summary)],
    ['terminal with colour', () => toTerminal(summary, { color: true })],
  ])('%s: no control character or bidi override from the page, no javascript: source', (_, render) => {
    const out = render();
    // The terminal renderer's own SGR styling (ESC [ n m) is the only escape allowed.
    const withoutOwnStyling = out.replace(/\u001b\[\d+m/g, '');
    expect(withoutOwnStyling).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // The page's claimed javascript: address is not given as the source.
    expect(out).not.toMatch(/^javascript:/m);
    // A line break in page text cannot start a line of its own.
    expect(out).not.toMatch(/^# heading two/m);
  });
});

describe('safe helpers', () => {
  test('stripControls keeps tabs, newlines and every script, drops controls and bidi overrides', () => {
    expect(stripControls(`a\tb\nc${ESC}[2Jd\u0007e\u202Ef\u2066g`)).toBe('a\tb\ncdefg'.replace('cd', 'c[2Jd'));
    expect(stripControls('भारत–रूस “वार्ता”')).toBe('भारत–रूस “वार्ता”');
  });

  test('escapeMarkdown escapes markup and HTML, and is one line', () => {
    expect(escapeMarkdown('[a](b) *c* <d> & e\nf')).toBe('\\[a\\](b) \\*c\\* &lt;d&gt; &amp; e f');
  });

  test('escapeMarkdown keeps bare addresses from becoming links, and they still read as written', () => {
    const out = html(escapeMarkdown('see https://a.example/x, www.b.example and desk@c.example'));
    expect(out).not.toContain('<a');
    expect(out).toBe('<p>see https://a.example/x, www.b.example and desk@c.example</p>');
  });

  test('our own source link is still a link', () => {
    expect(html(toMarkdown(EN_SUMMARY))).toContain(`<a href="${EN_SUMMARY.url}">`);
  });

  test.each([
    ['https://news.example.in/a?b=1#c', 'https://news.example.in/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JAVASCRIPT:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['file:///etc/passwd', null],
    ['chrome://settings', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('safeUrl(%j) is %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});
