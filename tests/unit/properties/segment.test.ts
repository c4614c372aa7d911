/**
 * Properties of sentence segmentation on random mixed-script text (fast-check, fixed seeds):
 * nothing is lost, duplicated or reordered, from one block's spans up to an article's sentences.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleSentences } from '../../../engine/pipeline';
import { segmentSpans, splitSentences } from '../../../engine/text/segment';
import type { Lang } from '../../../engine/types';
import { article, text } from './arbitraries';

const lang = fc.constantFrom<Lang>('hi', 'en');
const WHITESPACE = /^\s*$/u;

/** Spans ordered, disjoint, non-empty, trimmed, inside the text, with only whitespace between them. */
function checkSpans(t: string, spans: readonly { start: number; end: number }[]): void {
  let at = 0;
  for (const { start, end } of spans) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(at);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(t.length);
    expect(t.slice(at, start)).toMatch(WHITESPACE);
    expect(t[start]).toMatch(/\S/u);
    expect(t[end - 1]).toMatch(/\S/u);
    at = end;
  }
  expect(t.slice(at)).toMatch(WHITESPACE);
}

describe('splitSentences', () => {
  test('spans are ordered, disjoint, trimmed, and leave out whitespace only', () => {
    fc.assert(
      fc.property(text(), lang, (t, l) => checkSpans(t, splitSentences(t, l))),
      { seed: 1101, numRuns: 600 },
    );
  }, 15_000);
});

describe('segmentSpans', () => {
  test('its pieces tile the text, in order, whatever the piece size', () => {
    fc.assert(
      fc.property(text(), lang, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 120 }), (t, l, piece, reach) => {
        const spans = segmentSpans(t, l, piece, reach);
        let at = 0;
        for (const [start, end] of spans) {
          expect(start).toBe(at);
          expect(end).toBeGreaterThan(start);
          at = end;
        }
        expect(at).toBe(t.length);
      }),
      { seed: 1102, numRuns: 400 },
    );
  });

  test('cut in pieces at safe places, it finds what Intl.Segmenter finds on the whole', () => {
    // Sentences of at most ~40 characters, each ending in a terminator and a space before a
    // capital or a Devanagari letter: every window of `reach` characters holds a safe cut, so
    // the space fallback (which may differ from ICU) is never taken.
    const sentence = fc
      .tuple(fc.constantFrom('The', 'India', 'भारत', 'रूस', 'Dr', 'मंत्री', 'A', 'क'), text(6), fc.constantFrom('.', '?', '!', '।', '॥', '.”', '।"', '.)'))
      .map(([first, middle, end]) => `${first} ${middle.replace(/\s+/gu, ' ').slice(0, 30)}${end}`);
    const whole = fc.array(sentence, { minLength: 1, maxLength: 30 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(whole, lang, (t, l) => {
        const icu = [...new Intl.Segmenter(l, { granularity: 'sentence' }).segment(t)].map((s) => [s.index, s.index + s.segment.length]);
        expect(segmentSpans(t, l, 40, 80)).toEqual(icu);
      }),
      { seed: 1103, numRuns: 300 },
    );
  });
});

describe('articleSentences (block → sentence)', () => {
  test('every sentence is its block’s text at its offsets, in order, and nothing else is lost', () => {
    fc.assert(
      fc.property(article, lang, (a, l) => {
        const sentences = articleSentences(a, l);
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(a.blocks[s.block]?.text.slice(s.start, s.end)).toBe(s.text);
          const prev = sentences[i - 1];
          if (prev) expect(s.block > prev.block || (s.block === prev.block && s.start >= prev.end)).toBe(true);
        });
        a.blocks.forEach((b, k) => {
          const own = sentences.filter((s) => s.block === k);
          // A heading is one sentence, whole (or none when blank).
          if (b.kind === 'heading') expect(own.length).toBeLessThanOrEqual(1);
          checkSpans(b.text, own);
        });
      }),
      { seed: 1104, numRuns: 150 },
    );
  });
});
