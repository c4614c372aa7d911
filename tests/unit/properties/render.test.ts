/**
 * Properties of the renderers on summaries made of arbitrary strings (fast-check, fixed seed):
 * Markdown parsed by CommonMark + GFM (micromark) has no link, image or element the page chose;
 * plain and terminal text have no control character but the newline (and the terminal's own
 * colours); and no string, whatever it holds, adds or removes a line.
 */
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import type { CopiedTranslations } from '../../../engine/render/labels';
import { toMarkdown } from '../../../engine/render/markdown';
import { toPlainText } from '../../../engine/render/plain';
import { escapeMarkdown, oneLine, safeUrl } from '../../../engine/render/safe';
import { toTerminal } from '../../../engine/render/terminal';
import type { Section, SentenceRef, Summary } from '../../../engine/summary/types';
import type { TopicId } from '../../../engine/types';
import { INVISIBLES } from './arbitraries';

const ESC = '\u001b';
/** Pieces of hostile text: markup, links, HTML, terminal escapes, line breaks, every kind of control. */
const HOSTILE = [
  '[a](javascript:alert(1))',
  '![i](https://t.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<script>',
  '</p>',
  '<a href="x">',
  'https://evil.example',
  'www.evil.example',
  'a@b.example',
  '*',
  '_',
  '`',
  '~~',
  '|',
  '\\',
  '#',
  '- ',
  '1. ',
  '> ',
  '&lt;',
  '&#x3c;',
  '<!--',
  `${ESC}]8;;https://e.example${ESC}\\`,
  `${ESC}[2J`,
  `${ESC}]0;title\u0007`,
  '\u009b31m',
  '\r',
  '\n',
  '\t',
  '\v',
  '\f',
  '\u0000',
  '\u007f',
  ...INVISIBLES,
  'भारत',
  'India',
  ' ',
  '  ',
];
const str = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 8 }).map((p) => p.join('')),
);
const pair = fc.record({ en: str, hi: str });
const offsets = { start: fc.nat(20), end: fc.nat(20) };
const line: fc.Arbitrary<SentenceRef> = fc.record(
  { index: fc.nat(50), text: str, terms: fc.array(fc.record({ en: str, hi: str, ...offsets }), { maxLength: 2 }) },
  { requiredKeys: ['index', 'text'] },
);
const kind = fc.constantFrom('person', 'country', 'place', 'organisation') as fc.Arbitrary<'person'>;
const section: fc.Arbitrary<Section> = fc.record({
  topic: fc.constantFrom<TopicId>('defence', 'trade', 'energy'),
  label: pair,
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  sentences: fc.array(line, { maxLength: 3 }),
  keyTerms: fc.array(pair, { maxLength: 3 }),
});
const summary: fc.Arbitrary<Summary> = fc.record({
  schemaVersion: fc.constant(1 as const),
  title: str,
  language: fc.constantFrom('hi' as const, 'en' as const),
  siteName: fc.option(str),
  byline: fc.option(str),
  publishedTime: fc.option(str),
  url: fc.option(fc.oneof(str, fc.constantFrom('https://news.example/a b<c>', 'javascript:alert(1)', ' http://x.example/\u0000\u202e'))),
  overview: fc.array(line, { maxLength: 3 }),
  sections: fc.array(section, { maxLength: 3 }),
  entities: fc.array(fc.record({ kind, hi: str, en: str, count: fc.nat(9) }), { maxLength: 3 }),
  sentences: fc.constant([]),
});
const translations: fc.Arbitrary<CopiedTranslations | undefined> = fc.option(
  fc.record({ lines: fc.dictionary(fc.constantFrom('title', '0', '1', '2', '7'), str), sourceLabel: str }),
  { nil: undefined },
);

/**
 * The same card, tame: every string "x", but "" for those the renderer's escaping leaves empty
 * (`escapeText`), as the renderers leave out an empty line or field.
 */
function tame<T>(value: T, escapeText: (text: string) => string): T {
  if (value === undefined) return value;
  const keep = ['topic', 'kind', 'language', 'url'];
  return JSON.parse(JSON.stringify(value), (key, v) => (typeof v === 'string' && !keep.includes(key) ? (escapeText(v) === '' ? '' : 'x') : v));
}
const lines = (text: string) => text.split('\n').length;

const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
// C0 controls but the newline, DEL, C1 controls, bidi embeddings, overrides and isolates.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('renderers on arbitrary strings', () => {
  test('Markdown: only our own elements, our own link at most, and as many lines as a tame card', () => {
    fc.assert(
      fc.property(summary, translations, (s, tr) => {
        const md = toMarkdown(s, tr);
        expect(lines(md)).toBe(lines(toMarkdown(tame(s, escapeMarkdown), tame(tr, escapeMarkdown))));
        const out = html(md);
        for (const [, tag] of out.matchAll(/<([a-z0-9]+)[\s>/]/g))
          expect(['h1', 'h2', 'p', 'ul', 'li', 'em', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td']).toContain(tag);
        const links = [...out.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
        // The one link is the page's address, when it is http(s).
        expect(links.length).toBeLessThanOrEqual(safeUrl(s.url) ? 1 : 0);
        for (const a of links) expect(a).toMatch(/^<a href="https?:\/\/[^"]*">$/);
        expect(out).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/i);
      }),
      { seed: 4401, numRuns: 250 },
    );
  }, 15_000);

  test.each([
    ['plain text', (s: Summary, tr?: CopiedTranslations) => toPlainText(s, tr)],
    ['terminal', (s: Summary) => toTerminal(s)],
    ['terminal in colour', (s: Summary) => toTerminal(s, { color: true }).replace(/\u001b\[\d+m/g, '')],
  ])(
    '%s: no control character but the newline, and as many lines as a tame card',
    (_name, render) => {
      fc.assert(
        fc.property(summary, translations, (s, tr) => {
          const out = render(s, tr);
          expect(out).not.toMatch(CONTROL);
          expect(lines(out)).toBe(lines(render(tame(s, oneLine), tame(tr, oneLine))));
        }),
        { seed: 4402, numRuns: 300 },
      );
    },
    15_000,
  );
});
