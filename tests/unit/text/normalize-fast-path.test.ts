/** normalizeForMatch skips Unicode normalisation for plain words; the result must not change. */
import { expect, test } from 'vitest';
import { normalizeForMatch, normalizeHindi, normalizeLatin } from '../../../engine/text/normalize';

const slow = (text: string): string => normalizeLatin(normalizeHindi(text));

test.each(['भारत', 'हिंदी', 'हिन्दी', 'सम्बन्ध', 'ज़मीन', 'क़रीब', 'आँख', 'ऩ', 'अन्य', 'सैन्य', 'Trade', "U.S.", 'Jean-Noël', 'don’t', 'क्\u200dष'])('%s', (word) => {
  expect(normalizeForMatch(word)).toBe(slow(word));
});

test('agrees with the full normalisation on random Devanagari and ASCII words', () => {
  const chars: string[] = [];
  for (let c = 0x900; c <= 0x97f; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x20; c < 0x7f; c++) chars.push(String.fromCharCode(c));
  chars.push('\u200c', '\u200d', '\u200b', 'é', '’');
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let k = 0; k < 20_000; k++) {
    let word = '';
    for (let n = 1 + Math.floor(rand() * 6); n > 0; n--) word += chars[Math.floor(rand() * chars.length)];
    expect(normalizeForMatch(word), JSON.stringify(word)).toBe(slow(word));
  }
});
