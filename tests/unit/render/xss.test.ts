/**
 * Every payload of tests/support/xss-payloads.ts as every piece of page text a card carries (the
 * whole line, at its start, and after real text), through the three text renderers: the Markdown,
 * read by CommonMark + GFM with raw HTML and every protocol allowed, makes no element, attribute
 * or link of its own; plain text and the terminal card carry no control character; and the payload
 * still reads as written. (The pages themselves, extracted, are in extract/xss-pages.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { toMarkdown } from '../../../engine/render/markdown';
import { toPlainText } from '../../../engine/render/plain';
import { safeUrl } from '../../../engine/render/safe';
import { toTerminal } from '../../../engine/render/terminal';
import type { Summary } from '../../../engine/summary/types';
import { activeHtml, asShownText, controlChars, markdownToHtml } from '../../support/xss-checks';
import { UNIT_ORIGIN, xssPayloads } from '../../support/xss-payloads';
import { EN_SUMMARY, HI_SUMMARY } from '../components/sample';

const PAYLOADS = xssPayloads(UNIT_ORIGIN);

/** `base` with every page-controlled string replaced by, or ending in, `payload`. */
function hostile(base: Summary, payload: string): Summary {
  return {
    ...base,
    title: payload,
    siteName: payload,
    byline: `${base.byline ?? 'Staff'} ${payload}`,
    url: payload,
    overview: base.overview.map((o, k) => ({ ...o, text: k === 0 ? payload : `${o.text} ${payload}` })),
    sections: base.sections.map((s) => ({
      ...s,
      sentences: s.sentences.map((l, k) => ({ ...l, text: k === 0 ? payload : `${l.text} ${payload}` })),
      keyTerms: [{ en: payload, hi: `शब्द ${payload}` }, ...s.keyTerms],
    })),
    entities: base.entities.map((e, k) => (k === 0 ? { ...e, en: payload, hi: payload } : e)),
  };
}

const fold = (text: string) => text.replace(/\s+/g, ' ');

// Each payload on one card: the English card for odd ids, the Hindi card (Hindi first) for even.
describe('every payload as the page text of a card', () => {
  test.each(PAYLOADS.map((p, k) => [p.id, p.family, p, k % 2 ? HI_SUMMARY : EN_SUMMARY] as const))('%s (%s)', (_id, _family, payload, base) => {
    const summary = hostile(base, payload.text);
    const translations = { lines: { [String(base.overview[0]?.index)]: payload.text, title: payload.text }, sourceLabel: payload.text };
    const shown = asShownText(payload.text);

    const html = markdownToHtml(toMarkdown(summary, translations));
    expect(activeHtml(html, safeUrl(summary.url)), html).toEqual([]);
    // Only our headings: the title, the overview, one per section and the names.
    expect(html.match(/<h[1-6]>/g)?.length, html).toBe(3 + summary.sections.length);
    // The page text reads as written (what the renderers drop, control characters, aside).
    const text = fold(
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    if (shown) expect(text).toContain(shown);

    for (const [name, out, sgr] of [
      ['plain text', toPlainText(summary, translations), false],
      ['terminal', toTerminal(summary), false],
      ['terminal with colour', toTerminal(summary, { color: true }), true],
    ] as const) {
      expect(controlChars(out, { sgr }), name).toEqual([]);
      if (shown) expect(fold(out), name).toContain(shown);
    }
  });
});

test('the payloads: at least 100, each id once, every class there', () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
  const families = new Set(PAYLOADS.map((p) => p.family));
  expect([...families].sort()).toEqual([
    'attribute-breakout',
    'bidi-zero-width',
    'css',
    'encoded',
    'event-handler',
    'markdown',
    'mutation',
    'script',
    'svg-mathml',
    'terminal',
    'url-scheme',
  ]);
  // Each one is observable: it names its own hit URL, title or marker (some base64-encoded).
  for (const p of PAYLOADS) {
    const decoded = [...p.text.matchAll(/[A-Za-z0-9+/]{24,}={0,2}/g)].map((m) => atob(m[0])).join(' ');
    expect(`${p.text} ${decoded}`, p.id).toContain(p.id);
  }
});
