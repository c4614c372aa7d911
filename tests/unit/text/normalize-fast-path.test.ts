/** normalizeForMatch skips Unicode normalisation for plain words; the result must not change. */
import { expect, test } from 'vitest';
import { normalizeForMatch, normalizeHindi, normalizeLatin } from '../../../engine/text/normalize';
import { randomStrings } from '../../support/seeded';

const slow = (text: string): string => normalizeLatin(normalizeHindi(text));

test.each(['भारत', 'हिंदी', 'हिन्दी', 'सम्बन्ध', 'ज़मीन', 'क़रीब', 'आँख', 'ऩ', 'अन्य', 'सैन्य', 'Trade', 'U.S.', 'Jean-Noël', 'don’t', 'क्\u200dष'])('%s', (word) => {
  expect(normalizeForMatch(word)).toBe(slow(word));
});

test('agrees with the full normalisation on random Devanagari and ASCII words', () => {
  const chars: string[] = [];
  for (let c = 0x900; c <= 0x97f; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x20; c < 0x7f; c++) chars.push(String.fromCharCode(c));
  chars.push('\u200c', '\u200d', '\u200b', 'é', '’');
  // Fixed seed and count: the same 20,000 words every run.
  const words = randomStrings(chars, { seed: 7, count: 20_000, maxLength: 6 });
  const disagreements = words
    .filter((word) => normalizeForMatch(word) !== slow(word))
    .map((word) => ({ word, fast: normalizeForMatch(word), slow: slow(word) }));
  // Every disagreement at once, each with its input.
  expect(disagreements).toEqual([]);
});
