// @vitest-environment jsdom
// DOMPurify does not sanitise under happy-dom (../shared/STACK.md pitfall 2): this runs under jsdom.
/**
 * Pages too big or too deep for Readability to read in reasonable time are refused before it runs,
 * with a message that says why; pages of a real shape are read as before.
 */
import createDOMPurify from 'dompurify';
import { describe, expect, test } from 'vitest';
import { extractArticle, MAX_PAGE_DEPTH, MAX_PAGE_ELEMENTS } from '../../../engine/extract/article';

const purify = createDOMPurify(window);
const sanitize = (html: string) => purify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
const prose = 'The two ministers reviewed defence cooperation, trade and energy ties in detail during the long meeting in the capital on Monday.';
const parse = (body: string) =>
  new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>Talks</title></head><body>${body}</body></html>`, 'text/html');

describe('page shape caps', () => {
  test(`nesting deeper than ${MAX_PAGE_DEPTH} levels is refused at once, whatever Readability would make of it`, () => {
    const depth = 600;
    const doc = parse(`${'<div>'.repeat(depth)}<p>${prose}</p><p>${prose}</p>${'</div>'.repeat(depth)}`);
    const started = performance.now();
    const result = extractArticle(doc, { sanitize });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/nested more than 250 deep/);
    // Readability itself took 141 s at 2,000 levels in jsdom; the check is one walk.
    expect(performance.now() - started).toBeLessThan(2_000);
  }, 20_000); // jsdom's own parse of a deep page takes a second or two

  test('an article nested as deep as real pages are is read', () => {
    const depth = 60;
    const doc = parse(`${'<div>'.repeat(depth)}<article><h1>Talks</h1><p>${prose}</p><p>${prose}</p><p>${prose}</p></article>${'</div>'.repeat(depth)}`);
    expect(extractArticle(doc, { sanitize }).ok).toBe(true);
  });

  test('more elements than the cap is refused before Readability runs, with the count', () => {
    const doc = parse(`<article><p>${prose}</p>${'<span>x</span>'.repeat(2_000)}</article>`);
    const result = extractArticle(doc, { sanitize, maxElements: 1_000 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/2,\d{3} elements \(the limit is 1,000\)/);
    expect(MAX_PAGE_ELEMENTS).toBeGreaterThanOrEqual(50_000);
  });
});
