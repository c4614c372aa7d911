/**
 * What each card line mentions, found once in the engine: the card's key terms and the names
 * (whole words, Hindi inflections, persons by last name), the line's terms as the card shows them,
 * each with its offsets in the line.
 */
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../../engine/extract/text';
import { glossTokens } from '../../../engine/glossary/match';
import { summarize } from '../../../engine/pipeline';
import { cardKeyTerms, compileMentions, keyTermsInLine, mergeTerms, namesInLine, withLineMentions } from '../../../engine/summary/line-mentions';
import type { Section, Summary } from '../../../engine/summary/types';
import type { Entity, KeyTerm, Lang, LineName, LineTerm } from '../../../engine/types';

const CHINA: Entity = { kind: 'country', hi: 'चीन', en: 'China', count: 2 };
const US: Entity = { kind: 'country', hi: 'अमेरिका', en: 'US', count: 1 };
const SHAH: Entity = { kind: 'person', hi: 'अमित शाह', en: 'Amit Shah', count: 1 };

const names = (text: string, entities: readonly Entity[], lang: Lang) => namesInLine(glossTokens(text), compileMentions([], entities, lang));
const keyTerms = (text: string, terms: readonly KeyTerm[], lang: Lang) => keyTermsInLine(glossTokens(text), compileMentions(terms, [], lang));
const at = (start: number, end: number) => ({ start, end });

describe('names: whole words, a person also by last name', () => {
  test.each([
    ['दोनों देशों के प्राचीन संबंधों पर बात हुई।', 'hi', []],
    ['चीन के साथ सीमा पर तनाव है।', 'hi', ['China']],
    ['The talks will focus on trade.', 'en', []],
    ['The US and India signed a pact.', 'en', ['US']],
    ['बादशाह की कहानी पर फ़िल्म बनी।', 'hi', []],
    ['गृह मंत्री शाह ने बैठक की।', 'hi', ['Amit Shah']],
    ['अमेरिका और चीन', 'hi', ['China', 'US']], // in the order of the summary's entities
  ] as const)('%s → %j', (text, lang, expected) => {
    expect(names(text, [CHINA, US, SHAH], lang).map((e) => e.en)).toEqual(expected);
  });

  test('each name says where it is first mentioned: by last name alone, or in full', () => {
    const text = 'गृह मंत्री शाह ने कहा कि अमित शाह आएंगे।';
    expect(names(text, [SHAH], 'hi')).toEqual([{ kind: 'person', hi: 'अमित शाह', en: 'Amit Shah', ...at(11, 14) }]);
    const full = 'अमित शाह ने कहा।';
    expect(names(full, [SHAH], 'hi')[0]).toMatchObject(at(0, 8));
  });
});

describe("the card's key terms a line mentions", () => {
  const terms = [
    { hi: 'संयुक्त उत्पादन', en: 'joint production' },
    { hi: 'नौसेना', en: 'navy' },
    { hi: 'ज़मीन', en: 'land' },
  ];
  test.each([
    ['दोनों ने संयुक्त उत्पादन पर बात की।', 'hi', ['joint production']],
    ['नौसेना और संयुक्त उत्पादन', 'hi', ['joint production', 'navy']], // key-term order
    ['जमीन का सौदा', 'hi', ['land']], // nukta folded
    ['They discussed JOINT production.', 'en', ['joint production']],
    ['Nothing here.', 'en', []],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(keyTerms(text, terms, lang).map((k) => k.en)).toEqual(expected);
  });

  test('a Hindi term matches its inflected form in the line, an English one its plural, and says where', () => {
    const pair = [
      { hi: 'विदेश मंत्री', en: 'foreign minister' },
      { hi: 'पनडुब्बी', en: 'submarine' },
    ];
    const hi = 'दोनों विदेश मंत्रियों ने पनडुब्बियों पर बात की।';
    expect(keyTerms(hi, pair, 'hi').map((k) => hi.slice(k.start, k.end))).toEqual(['विदेश मंत्रियों', 'पनडुब्बियों']);
    const en = 'The foreign ministers discussed submarines.';
    expect(keyTerms(en, pair, 'en')).toEqual([
      { ...pair[0], ...at(4, 21) },
      { ...pair[1], ...at(32, 42) },
    ]);
    expect(keyTerms('The understood terms were agreed.', [{ hi: 'संयुक्त राष्ट्र', en: 'UN' }], 'en')).toEqual([]);
  });

  test('every key term of the card once, section by section in topic order', () => {
    const section = (topic: Section['topic'], keyTerms: KeyTerm[]): Section => ({ topic, label: { en: topic, hi: topic }, share: 0, sentences: [], keyTerms });
    const navy = { hi: 'नौसेना', en: 'navy' };
    const tariff = { hi: 'शुल्क', en: 'tariff' };
    // Trade has the larger share, but defence comes first among the topics.
    expect(cardKeyTerms([section('trade', [tariff, navy]), section('defence', [navy])])).toEqual([navy, tariff]);
  });
});

describe("a line's terms as the card shows them", () => {
  const t = (hi: string, en: string, start = 0): LineTerm => ({ hi, en, start, end: start + 1 });
  const france: LineName = { kind: 'country', hi: 'फ्रांस', en: 'France', start: 0, end: 6 };

  test('key terms, then glossary terms; each pair once; names not repeated as terms', () => {
    const key = [t('द्विपक्षीय व्यापार', 'bilateral trade', 14)];
    const glossed = [t('फ्रांस', 'France'), t('द्विपक्षीय व्यापार', 'bilateral trade', 14), t('लक्ष्य', 'target', 40)];
    expect(mergeTerms(key, glossed, [france]).map((k) => k.en)).toEqual(['bilateral trade', 'target']);
  });

  test('one Hindi or English form shared is the same term (the first kept)', () => {
    expect(mergeTerms([t('संयुक्त उत्पादन', 'joint production')], [t('संयुक्त उत्पादन', 'co-production')], []).map((k) => k.en)).toEqual(['joint production']);
  });
});

/** Our own sentences: a small Hindi card with one defence section. */
function card(): Summary {
  const texts = [
    'नई दिल्ली में भारत और फ्रांस के विदेश मंत्रियों की बैठक हुई।',
    'दोनों देशों ने पनडुब्बी के संयुक्त उत्पादन पर सहमति जताई।',
    'रक्षा सचिव ने कहा कि अगले साल नौसेना अभ्यास भी होगा।',
  ];
  return {
    schemaVersion: 1,
    title: 't',
    language: 'hi',
    siteName: null,
    byline: null,
    publishedTime: null,
    url: null,
    overview: [
      { index: 0, text: texts[0]! },
      { index: 1, text: texts[1]! },
    ],
    sections: [
      {
        topic: 'defence',
        label: { en: 'Defence', hi: 'रक्षा' },
        share: 1,
        sentences: [{ index: 2, text: texts[2]! }],
        keyTerms: [
          { hi: 'संयुक्त उत्पादन', en: 'joint production' },
          { hi: 'नौसेना', en: 'navy' },
          { hi: 'पनडुब्बी', en: 'submarine' },
        ],
      },
    ],
    entities: [
      { kind: 'country', hi: 'फ्रांस', en: 'France', count: 4 },
      { kind: 'place', hi: 'नई दिल्ली', en: 'New Delhi', count: 1 },
    ],
    sentences: texts.map((text, index) => ({ index, text, topics: [] })),
  };
}

describe('withLineMentions', () => {
  test('every overview and section line gets its names and its card terms, with offsets', () => {
    const out = withLineMentions(card());
    const [first, second] = out.overview;
    expect(first?.names).toEqual([
      { kind: 'country', hi: 'फ्रांस', en: 'France', start: 22, end: 28 },
      { kind: 'place', hi: 'नई दिल्ली', en: 'New Delhi', start: 0, end: 9 },
    ]);
    expect(second?.cardTerms?.map((k) => `${k.en} ${second.text.slice(k.start, k.end)}`)).toEqual(['joint production संयुक्त उत्पादन', 'submarine पनडुब्बी']);
    expect(out.sections[0]?.sentences[0]?.cardTerms?.map((k) => k.en)).toEqual(['navy']);
    // Only card lines: the article's sentences stay as they were.
    expect(out.sentences).toEqual(card().sentences);
  });
});

test('summarize(): every card line carries its terms, card terms and names, each span the words it names', () => {
  const article = articleFromText(
    [
      'भारत-ब्राज़ील वार्ता',
      'नई दिल्ली में भारत और ब्राज़ील के विदेश मंत्रियों की बैठक हुई।',
      'दोनों देशों ने रक्षा सहयोग बढ़ाने और संयुक्त सैन्य अभ्यास करने पर सहमति जताई।',
      'द्विपक्षीय व्यापार को अगले पांच साल में दोगुना करने का लक्ष्य रखा गया।',
      'ऊर्जा सुरक्षा और नवीकरणीय ऊर्जा में निवेश पर भी चर्चा हुई।',
      'बैठक के बाद एक संयुक्त बयान जारी किया गया।',
    ].join('\n\n'),
  );
  if (!article) throw new Error('no article');
  const result = summarize(article);
  if (!result.ok) throw new Error(result.message);
  const { summary } = result;
  const lines = [...summary.overview, ...summary.sections.flatMap((s) => s.sentences)];
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    for (const x of [...(line.terms ?? []), ...(line.cardTerms ?? []), ...(line.names ?? [])]) {
      expect(x.start).toBeLessThan(x.end);
      expect(line.text.slice(x.start, x.end).trim()).toBe(line.text.slice(x.start, x.end));
    }
  }
  expect(lines.flatMap((l) => l.names ?? []).map((n) => n.en)).toContain('India');
  // The engine's tokens give what the line's own text gives.
  expect(withLineMentions(summary)).toEqual(summary);
});
