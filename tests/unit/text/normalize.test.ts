import { describe, expect, test } from 'vitest';
import { normalizeForMatch, normalizeHindi } from '../../../engine/text/normalize';
import { stem } from '../../../engine/text/stem';
import { tokenize, words } from '../../../engine/text/tokenize';

describe('normalizeHindi folds spelling variants', () => {
  test.each([
    ['ज़रूरत', 'जरूरत'],
    ['फ़ैसला', 'फैसला'],
    ['हिन्दी', 'हिंदी'],
    ['सम्बन्ध', 'संबंध'],
    ['पहुँचे', 'पहुंचे'],
    ['अन्य', 'अन्य'],
    ['सैन्य', 'सैन्य'],
  ])('%s ≡ %s', (a, b) => {
    expect(normalizeHindi(a)).toBe(normalizeHindi(b));
  });
});

describe('stem', () => {
  test.each([
    ['व्यापारिक', 'व्यापार'],
    ['व्यापारियों', 'व्यापार'],
    ['मिसाइलों', 'मिसाइल'],
    ['trading', 'trad'],
    ['traded', 'trad'],
    ['exercises', 'exercis'],
    ['defences', 'defenc'],
    ['crisis', 'crisis'],
    ['planned', 'plan'],
    ['energies', 'energy'],
  ])('%s → %s', (word, expected) => {
    expect(stem(normalizeForMatch(word))).toBe(expected);
  });

  test('inflected forms share a stem', () => {
    expect(stem(normalizeForMatch('व्यापारियों'))).toBe(stem(normalizeForMatch('व्यापार')));
    expect(stem('exercise')).toBe(stem('exercised'));
  });
});

describe('tokenize', () => {
  test('keeps offsets, initialisms and decimals; splits hyphens', () => {
    const text = 'U.S. ने 3.5 अरब डॉलर के भारत-रूस सौदे';
    const toks = tokenize(text);
    expect(toks.map((t) => t.norm)).toEqual(['u.s', 'ने', '3.5', 'अरब', 'डॉलर', 'के', 'भारत', 'रूस', 'सौदे']);
    for (const t of toks) expect(normalizeForMatch(text.slice(t.start, t.end))).toBe(t.norm);
  });
  test('words() lower-cases Latin and folds nukta', () => {
    expect(words('Defence ज़रूरी')).toEqual(['defence', 'जरूरी']);
  });
});
