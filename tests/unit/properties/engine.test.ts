/**
 * Properties of the engine on random articles (fast-check, fixed seed): summarize never throws,
 * and what it returns is a valid card (the popup's own schema) whose every line is the article's
 * text, or a failure with a known reason and a message.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleSentences, summarize } from '../../../engine/pipeline';
import type { SentenceRef } from '../../../engine/summary/types';
import { isSummaryState } from '../../../utils/protocol';
import { article } from './arbitraries';

const REASONS = ['empty', 'unsupported-language', 'too-large'];

/** A line's terms and names lie inside its text. */
function checkOffsets(line: SentenceRef): void {
  for (const m of [...(line.terms ?? []), ...(line.cardTerms ?? []), ...(line.names ?? [])]) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(line.text.length);
  }
}

describe('summarize', () => {
  test('never throws; a card is valid and quotes the article exactly, a failure says why', () => {
    let cards = 0;
    fc.assert(
      fc.property(article, fc.integer({ min: 1, max: 5 }), (a, perSection) => {
        const result = summarize(a, { perSection });
        if (!result.ok) {
          expect(REASONS).toContain(result.reason);
          expect(result.message).toMatch(/\S/);
          return;
        }
        cards++;
        const s = result.summary;
        expect(isSummaryState({ ok: true, summary: s, url: '', source: 'page', createdAt: 0, engineMs: 0 })).toBe(true);
        expect(['hi', 'en']).toContain(s.language);
        // The sentences are the article's, at their offsets in their blocks, in order.
        const own = articleSentences(a, s.language);
        expect(s.sentences.map((x) => x.text)).toEqual(own.map((x) => x.text));
        s.sentences.forEach((x, i) => expect(x.index).toBe(i));
        // Every card line is one of them, word for word, and no sentence is two card lines.
        const lines = [...s.overview, ...s.sections.flatMap((sec) => sec.sentences)];
        for (const line of lines) {
          expect(line.text).toBe(s.sentences[line.index]?.text);
          checkOffsets(line);
        }
        expect(new Set(lines.map((l) => l.index)).size).toBe(lines.length);
        for (const sec of s.sections) {
          expect(sec.share).toBeGreaterThanOrEqual(0);
          expect(sec.share).toBeLessThanOrEqual(1);
          expect(sec.sentences.length).toBeLessThanOrEqual(perSection);
        }
      }),
      { seed: 2201, numRuns: 120 },
    );
    // The generator leads half the articles with ordinary prose: many runs reach a full card.
    expect(cards).toBeGreaterThan(30);
  }, 15_000);
});
