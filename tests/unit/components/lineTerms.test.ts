/** Term and name chips match whole words (with Hindi inflections), never parts of other words. */
import { expect, test } from 'vitest';
import { namesInLine, termsInLine } from '../../../components/lib/lineTerms';
import type { Entity } from '../../../engine/types';

const CHINA: Entity = { kind: 'country', hi: 'चीन', en: 'China', count: 2 };
const US: Entity = { kind: 'country', hi: 'अमेरिका', en: 'US', count: 1 };
const SHAH: Entity = { kind: 'person', hi: 'अमित शाह', en: 'Amit Shah', count: 1 };

test.each([
  ['दोनों देशों के प्राचीन संबंधों पर बात हुई।', 'hi', []],
  ['चीन के साथ सीमा पर तनाव है।', 'hi', ['China']],
  ['The talks will focus on trade.', 'en', []],
  ['The US and India signed a pact.', 'en', ['US']],
  ['बादशाह की कहानी पर फ़िल्म बनी।', 'hi', []],
  ['गृह मंत्री शाह ने बैठक की।', 'hi', ['Amit Shah']],
] as const)('%s → %j', (text, lang, expected) => {
  expect(namesInLine(text, [CHINA, US, SHAH], lang).map((e) => e.en)).toEqual(expected);
});

test('a Hindi term matches its inflected form in the line, an English one its plural', () => {
  const terms = [
    { hi: 'विदेश मंत्री', en: 'foreign minister' },
    { hi: 'पनडुब्बी', en: 'submarine' },
  ];
  expect(termsInLine('दोनों विदेश मंत्रियों ने पनडुब्बियों पर बात की।', terms, 'hi')).toEqual(terms);
  expect(termsInLine('The foreign ministers discussed submarines.', terms, 'en')).toEqual(terms);
  expect(termsInLine('The understood terms were agreed.', [{ hi: 'संयुक्त राष्ट्र', en: 'UN' }], 'en')).toEqual([]);
});
