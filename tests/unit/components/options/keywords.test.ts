import { describe, expect, test } from 'vitest';
import { formatKeywords, parseKeywords } from '../../../../components/options/keywords';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS_PER_TOPIC, validateSettings } from '../../../../utils/settings/schema';

describe('parseKeywords', () => {
  test.each<[string, string, string[], { duplicates?: number; tooLong?: number; overLimit?: number }]>([
    ['empty', '', [], {}],
    ['blank lines and commas only', '\n , ,,\n\n', [], {}],
    ['one per line', 'S-400\nBrahMos\n', ['S-400', 'BrahMos'], {}],
    ['comma-separated', 'LNG, crude oil,  Urals crude ', ['LNG', 'crude oil', 'Urals crude'], {}],
    ['mixed lines and commas, both scripts', 'कच्चा तेल, LNG\nपरमाणु ऊर्जा', ['कच्चा तेल', 'LNG', 'परमाणु ऊर्जा'], {}],
    ['full-width comma and CRLF', 'a，b\r\nc', ['a', 'b', 'c'], {}],
    ['inner spaces collapse, trimmed', '  joint   production  ', ['joint production'], {}],
    ['repeats ignoring case, first kept', 'Rafale\nrafale\nRAFALE, Rafale', ['Rafale'], { duplicates: 3 }],
    // क़ (precomposed U+0958) and क + nukta (U+0915 U+093C) are both the same once normalised.
    ['Devanagari typed two ways counts once', 'क़र्ज़\nक\u093Cर्ज़', ['क़र्ज़'.normalize('NFC')], { duplicates: 1 }],
    [
      'too long left out',
      `ok\n${'x'.repeat(MAX_KEYWORD_LENGTH + 1)}\n${'y'.repeat(MAX_KEYWORD_LENGTH)}`,
      ['ok', 'y'.repeat(MAX_KEYWORD_LENGTH)],
      { tooLong: 1 },
    ],
  ])('%s', (_name, text, keywords, left) => {
    expect(parseKeywords(text)).toEqual({ keywords, duplicates: 0, tooLong: 0, overLimit: 0, ...left });
  });

  test('keeps at most MAX_KEYWORDS_PER_TOPIC and counts the rest', () => {
    const words = Array.from({ length: MAX_KEYWORDS_PER_TOPIC + 7 }, (_, i) => `term ${i}`);
    const parsed = parseKeywords(words.join(', '));
    expect(parsed.keywords).toEqual(words.slice(0, MAX_KEYWORDS_PER_TOPIC));
    expect(parsed.overLimit).toBe(7);
  });

  test('its output is already valid settings, and formats back to itself', () => {
    const text = ' a ,B,b\nकच्चा तेल\n' + Array.from({ length: 80 }, (_, i) => `w${i}`).join('\n');
    const { keywords } = parseKeywords(text);
    expect(validateSettings({ extraKeywords: { energy: keywords } }).extraKeywords.energy).toEqual(keywords);
    expect(parseKeywords(formatKeywords(keywords)).keywords).toEqual(keywords);
  });
});
