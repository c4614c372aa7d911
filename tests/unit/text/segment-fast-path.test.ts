/** The segmenter's fast path must agree with Intl.Segmenter wherever it answers at all. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simpleBreaks } from '../../../engine/text/segment';
import { randomStrings } from '../../support/seeded';

// One segmenter per language: building one costs far more than segmenting a short string.
const segmenters = new Map<string, Intl.Segmenter>();
const icuBreaks = (text: string, lang: string): number[] => {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return [...segmenter.segment(text)].map((s) => s.index + s.segment.length);
};

describe('simpleBreaks', () => {
  test.each([
    'सम्मेलन शुरू हुआ। मंत्री बोले।',
    'यह दोहा है॥ अगली पंक्ति।',
    'क्या वे सहमत होंगे?सवाल बना हुआ है',
    'उन्होंने कहा, "हम तैयार हैं।" फिर वे चले गए।',
    'बैठक हुई (दो घंटे चली।) फिर बयान आया!',
    'सवाल यह है?! जवाब कब मिलेगा।',
    'उन्होंने कहा। — यह सही है। 2024 में चुनाव होंगे।',
    'पहला।\u00a0दूसरा।\tतीसरा। “चौथा”',
    'वाक्य। , जारी।',
    // Full stops (UAX #29 SB6–SB8): a decimal, an initialism, a lower-case word after the stop.
    'Dr. Rao met the envoy. They talked.',
    'भारत के विदेश मंत्री एस. जयशंकर ने कहा। वे 2.5 अरब डॉलर पर सहमत हुए.',
    'The U.S. and the U.K. agreed. Talks resume in Jan. next year.',
    'Growth was 3.5 per cent. It fell (from 4.1 per cent.) Then it rose.',
    'He said.The meeting ended. "It went well," he said. (See p. 5.) Next.',
    'उन्होंने कहा... फिर चले गए. "अगला" वाक्य. 5 लोग. e.g. this one.',
  ])('%s', (text) => {
    const fast = simpleBreaks(text);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(icuBreaks(text, 'hi'));
  });

  test.each([
    ['a mark right after a full stop', 'पहला.ं दूसरा'],
    ['a line break', 'पहला।\nदूसरा।'],
    ['a mark right after a terminator', 'पहला।ं दूसरा'],
    ['an unknown character after a terminator', 'पहला। %दूसरा'],
    ['the abbreviation sign', 'डॉ॰ राव। आए।'],
    ['an ellipsis', 'रुको… फिर चलो।'],
  ])('gives up on %s', (_, text) => {
    expect(simpleBreaks(text)).toBeNull();
  });

  test('agrees with Intl.Segmenter on random strings of the characters it knows', () => {
    const pool = [
      ...'कखगअआइ१२ab AZ09',
      'ा',
      'ि',
      'ं',
      '्',
      '़',
      ' ',
      ' ',
      '\u00a0',
      '\t',
      '"',
      "'",
      '(',
      ')',
      '[',
      ']',
      '«',
      '»',
      '‘',
      '’',
      '“',
      '”',
      '?',
      '!',
      '।',
      '॥',
      ',',
      '-',
      ':',
      '–',
      '—',
      ';',
      '%',
      '\u200d',
      'ॐ',
      'ऽ',
      '.',
      '.',
    ];
    // Fixed seed and count: the same 8,000 strings every run (about 0.3 s here).
    const texts = randomStrings(pool, { seed: 42, count: 8_000, maxLength: 14 });
    let answered = 0;
    const disagreements: { text: string; fast: number[]; hi: number[]; en: number[] }[] = [];
    for (const text of texts) {
      const fast = simpleBreaks(text);
      if (!fast) continue;
      answered++;
      const hi = icuBreaks(text, 'hi');
      const en = icuBreaks(text, 'en');
      if (String(fast) !== String(hi) || String(fast) !== String(en)) disagreements.push({ text, fast, hi, en });
    }
    // Every disagreement at once, each with its input.
    expect(disagreements).toEqual([]);
    expect(answered).toBeGreaterThan(4_000);
  });

  test('agrees with Intl.Segmenter on every paragraph of the training articles', () => {
    const dir = resolve(process.cwd(), 'training/articles');
    let answered = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const article = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { paragraphs: { en: string; hi: string }[][] };
      for (const paragraph of article.paragraphs) {
        for (const lang of ['en', 'hi'] as const) {
          const text = paragraph.map((s) => s[lang]).join(' ');
          const fast = simpleBreaks(text);
          if (!fast) continue;
          answered++;
          expect(fast, `${file} (${lang}): ${text}`).toEqual(icuBreaks(text, lang));
        }
      }
    }
    expect(answered).toBeGreaterThan(400);
  });
});
