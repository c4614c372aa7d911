import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../engine/text/segment';
import type { Lang } from '../../../engine/types';

const split = (text: string, lang: Lang): string[] => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each<[string, Lang, string[]]>([
    ['सम्मेलन शुरू हुआ। मंत्री बोले।', 'hi', ['सम्मेलन शुरू हुआ।', 'मंत्री बोले।']],
    ['यह दोहा है॥ अगली पंक्ति।', 'hi', ['यह दोहा है॥', 'अगली पंक्ति।']],
    ['विदेश मंत्री डॉ. एस. जयशंकर ने कहा कि बातचीत सफल रही।', 'hi', ['विदेश मंत्री डॉ. एस. जयशंकर ने कहा कि बातचीत सफल रही।']],
    ['डॉ.एस.जयशंकर मास्को पहुंचे। वहां बैठक हुई।', 'hi', ['डॉ.एस.जयशंकर मास्को पहुंचे।', 'वहां बैठक हुई।']],
    ['पी. के. मिश्रा भी मौजूद थे।', 'hi', ['पी. के. मिश्रा भी मौजूद थे।']],
    ['क्या वे सहमत होंगे?सवाल बना हुआ है.अगले हफ्ते फैसला होगा', 'hi', ['क्या वे सहमत होंगे?', 'सवाल बना हुआ है.', 'अगले हफ्ते फैसला होगा']],
    ['कारोबार 3.5 अरब डॉलर रहा। अगला साल बेहतर होगा।', 'hi', ['कारोबार 3.5 अरब डॉलर रहा।', 'अगला साल बेहतर होगा।']],
    ['Dr. Rao met the envoy. They talked.', 'en', ['Dr. Rao met the envoy.', 'They talked.']],
    ['Talks at No. 10 Downing St. ended late. Nobody spoke.', 'en', ['Talks at No. 10 Downing St. ended late.', 'Nobody spoke.']],
    ['The U.S. Secretary of State arrived. She left at 5 p.m. on Friday.', 'en', ['The U.S. Secretary of State arrived.', 'She left at 5 p.m. on Friday.']],
    ['Aid came from the U.S. The talks then resumed.', 'en', ['Aid came from the U.S.', 'The talks then resumed.']],
    ['Growth slowed to 4.5 per cent. Exports fell.', 'en', ['Growth slowed to 4.5 per cent.', 'Exports fell.']],
    ['"We are ready." he said. "Are you?" she asked.', 'en', ['"We are ready." he said.', '"Are you?" she asked.']],
    [
      'Imports rose (up from 3.2 per cent. The rest is noise.) Then they fell.',
      'en',
      ['Imports rose (up from 3.2 per cent. The rest is noise.)', 'Then they fell.'],
    ],
    ['The deal was signed.Officials cheered.', 'en', ['The deal was signed.', 'Officials cheered.']],
    ['S. Jaishankar spoke first. Mr. Lavrov replied.', 'en', ['S. Jaishankar spoke first.', 'Mr. Lavrov replied.']],
  ])('%s', (text, lang, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });

  test.each<[string, Lang]>([
    ['पहला वाक्य।दूसरा वाक्य?   तीसरा!  "चौथा।" (पांचवां.) छठा', 'hi'],
    ['One. Two?Three!  "Four." (Five.) six and U.S. No. 7 Dr. 8.5 end', 'en'],
    ['', 'en'],
    ['   ', 'hi'],
    ['no terminator at all', 'en'],
  ])('never loses or reorders text: %j', (text, lang) => {
    const spans = splitSentences(text, lang);
    let last = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(last, s.start).trim()).toBe('');
      last = s.end;
    }
    expect(text.slice(last).trim()).toBe('');
    expect(
      spans
        .map((s) => text.slice(s.start, s.end))
        .join('')
        .replace(/\s/g, ''),
    ).toBe(text.replace(/\s/g, ''));
  });
});

test('a block with one sentence skips the segmenter and keeps its text', () => {
  expect(splitSentences('  One sentence without an inner break  ', 'en')).toEqual([{ start: 2, end: 37 }]);
  expect(splitSentences('Ends here. ', 'en')).toEqual([{ start: 0, end: 10 }]);
  expect(splitSentences('…', 'en')).toEqual([{ start: 0, end: 1 }]);
});
