import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../engine/entities/find-entities';
import type { Entity, Lang } from '../../../engine/types';

const find = (text: string | string[], lang: Lang): Entity[] => findEntities(Array.isArray(text) ? text : [text], lang);
const pick = (list: Entity[], en: string): Entity | undefined => list.find((e) => e.en === en);

describe('findEntities: both forms of known names', () => {
  test.each<[Lang, string, Entity['kind'], string, string]>([
    ['hi', 'ब्रिक्स बैठक से पहले रूस के विदेश मंत्री सर्गेई लावरोव ने बयान दिया।', 'person', 'Sergey Lavrov', 'सर्गेई लावरोव'],
    ['hi', 'ब्रिक्स बैठक से पहले रूस के विदेश मंत्री सर्गेई लावरोव ने बयान दिया।', 'country', 'Russia', 'रूस'],
    ['hi', 'ब्रिक्स बैठक से पहले रूस के विदेश मंत्री सर्गेई लावरोव ने बयान दिया।', 'organisation', 'BRICS', 'ब्रिक्स'],
    ['hi', 'अमरीका और यूक्रेन के प्रतिनिधि जिनेवा में मिले।', 'country', 'United States', 'अमेरिका'],
    ['hi', 'अमरीका और उक्रेन के प्रतिनिधि जिनेवा में मिले।', 'country', 'Ukraine', 'यूक्रेन'],
    ['hi', 'अमरीका और यूक्रेन के प्रतिनिधि जेनेवा में मिले।', 'place', 'Geneva', 'जिनेवा'],
    ['hi', 'अफगानिस्तान के हालात पर चर्चा हुई।', 'country', 'Afghanistan', 'अफ़ग़ानिस्तान'],
    ['hi', 'क्वाड के नेताओं ने बयान जारी किया।', 'organisation', 'Quad', 'क्वाड'],
    ['hi', 'इसरो और नासा का संयुक्त मिशन अगले वर्ष उड़ान भरेगा।', 'organisation', 'Indian Space Research Organisation', 'भारतीय अंतरिक्ष अनुसंधान संगठन'],
    ['hi', 'जी-20 की अध्यक्षता पर चर्चा हुई।', 'organisation', 'G20', 'जी20'],
    ['en', 'The Shanghai Cooperation Organisation met in Tianjin.', 'organisation', 'Shanghai Cooperation Organisation', 'शंघाई सहयोग संगठन'],
    ['en', 'Officials from the U.S. and Britain arrived in Moscow.', 'country', 'United States', 'अमेरिका'],
    ['en', 'Officials from the U.S. and Britain arrived in Moscow.', 'country', 'United Kingdom', 'ब्रिटेन'],
    ['en', 'Officials from the U.S. and Britain arrived in Moscow.', 'place', 'Moscow', 'मॉस्को'],
    ['en', 'External Affairs Minister S. Jaishankar spoke to reporters.', 'person', 'S. Jaishankar', 'एस. जयशंकर'],
    ['en', 'ASEAN and NATO officials attended, as did the IMF.', 'organisation', 'International Monetary Fund', 'अंतरराष्ट्रीय मुद्रा कोष'],
  ])('%s: %s → %s %s', (lang, text, kind, en, hi) => {
    const e = pick(find(text, lang), en);
    expect(e).toMatchObject({ kind, en, hi });
  });
});

describe('findEntities: counts, longest match and merging', () => {
  test('every mention counts, across sentences and scripts of the same entity', () => {
    const got = find(['भारत और चीन के बीच वार्ता हुई।', 'चीन ने कहा कि भारत के साथ संबंध सुधरे हैं।', 'Beijing और China दोनों का उल्लेख हुआ।'], 'hi');
    expect(pick(got, 'China')?.count).toBe(3);
    expect(pick(got, 'India')?.count).toBe(2);
    expect(pick(got, 'Beijing')?.count).toBe(1);
  });

  test('sorted by count, then first appearance', () => {
    const got = find('Nepal, Bhutan and Nepal again; then Bhutan, Nepal and Sri Lanka.', 'en');
    expect(got.map((e) => [e.en, e.count])).toEqual([
      ['Nepal', 3],
      ['Bhutan', 2],
      ['Sri Lanka', 1],
    ]);
  });

  test.each<[Lang, string, string, string]>([
    ['hi', 'संयुक्त राष्ट्र सुरक्षा परिषद की बैठक हुई।', 'UN Security Council', 'United Nations'],
    ['en', 'The delegation flew to New Delhi.', 'New Delhi', 'Delhi'],
    ['en', 'Seoul is the capital of South Korea.', 'South Korea', 'North Korea'],
    ['en', 'Ships crossed the South China Sea.', 'South China Sea', 'China'],
    ['hi', 'दक्षिण अमेरिका के देशों ने भाग लिया।', 'South America', 'United States'],
    ['en', 'The Indian Ocean Rim Association met.', 'Indian Ocean Rim Association', 'India'],
    ['en', 'OPEC+ agreed to cut output.', 'OPEC+', 'Organization of the Petroleum Exporting Countries'],
  ])('%s: longest match "%s", not "%s"', (lang, text, longer, shorter) => {
    const got = find(text, lang);
    expect(pick(got, longer)?.count).toBe(1);
    expect(pick(got, shorter)).toBeUndefined();
  });

  test.each<[Lang, string[], string, number]>([
    ['hi', ['विदेश मंत्री डॉ. एस. जयशंकर ने कहा।', 'जयशंकर ने यह भी कहा।', 'एस जयशंकर अगले सप्ताह जाएंगे।'], 'S. Jaishankar', 3],
    ['en', ['Foreign Minister Sergey Lavrov spoke.', "Lavrov's aides said later that Lavrov would travel."], 'Sergey Lavrov', 3],
    ['en', ['President Xi Jinping met the delegation.', 'Xi said ties were improving.'], 'Xi Jinping', 2],
  ])('%s: surname-only mentions merge with the full name', (lang, sentences, en, count) => {
    const people = find(sentences, lang).filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ en, count });
  });

  test.each<[Lang, string, string]>([
    ['en', 'Reporters told us the talks went well.', 'United States'],
    ['en', 'Nobody knows who will attend.', 'World Health Organization'],
    ['en', 'Let them decide.', 'Lashkar-e-Taiba'],
    ['en', 'The male delegates sat together.', 'Male'],
  ])('case matters for acronyms and names: %s', (lang, text, notEn) => {
    expect(pick(find(text, lang), notEn)).toBeUndefined();
  });

  test('demonym adjectives count for the country', () => {
    const got = find(['भारतीय और रूसी अधिकारियों ने अमेरिकी प्रस्ताव पर चर्चा की।', 'Chinese and American diplomats met.'], 'hi');
    expect(pick(got, 'India')?.count).toBe(1);
    expect(pick(got, 'Russia')?.count).toBe(1);
    expect(pick(got, 'United States')?.count).toBe(2);
    expect(pick(got, 'China')?.count).toBe(1);
  });

  test('hyphenated pairs are split: भारत-रूस, India-Japan', () => {
    const got = find(['भारत-रूस संबंध मजबूत हैं।', 'India-Japan ties grew.'], 'hi');
    expect(pick(got, 'India')?.count).toBe(2);
    expect(pick(got, 'Russia')?.count).toBe(1);
    expect(pick(got, 'Japan')?.count).toBe(1);
  });
});

describe('findEntities: unknown people after a title', () => {
  test.each<[Lang, string, string, string]>([
    ['hi', 'चिली के विदेश मंत्री अल्बेर्तो वान क्लावेरेन ने भारत का दौरा किया।', 'अल्बेर्तो वान क्लावेरेन', 'Alberto van Klaveren'],
    ['hi', 'केन्या के राष्ट्रपति श्री विलियम रूटो से बातचीत हुई।', 'विलियम रूटो', 'Viliam Ruto'],
    ['hi', 'नए राजदूत कमल किशोर तथा उनके सहयोगी पहुंचे।', 'कमल किशोर', 'Kamal Kishor'],
    ['en', 'Chilean Foreign Minister Alberto van Klaveren arrived on Monday.', 'अल्बर्टो', 'Alberto'],
    ['en', "Kenya's President William Ruto said the deal was signed.", 'विलियम रुटो', 'William Ruto'],
    ['en', 'Ambassador Dr. Helena Brandt-Ortiz presented her credentials.', 'हेलेना ब्रांड्ट-ओर्टिज़', 'Helena Brandt-Ortiz'],
  ])('%s: %s', (lang, text, hi, en) => {
    const people = find(text, lang).filter((e) => e.kind === 'person');
    expect(people).toEqual([{ kind: 'person', hi, en, count: 1 }]);
  });

  test.each<[Lang, string]>([
    ['hi', 'विदेश मंत्री ने कहा कि वार्ता सफल रही।'],
    ['hi', 'राष्ट्रपति चुनाव में कड़ा मुकाबला है।'],
    ['hi', 'प्रधानमंत्री कार्यालय से बयान जारी हुआ।'],
    ['hi', 'विदेश मंत्री स्तर की वार्ता में प्रवक्ता भी थे।'],
    ['hi', 'रक्षा मंत्री, जो कल लौटे, बैठक में थे।'],
    ['en', 'The Foreign Minister said the talks went well.'],
    ['en', "The Prime Minister's Office issued a statement."],
    ['en', 'The Defence Minister, speaking in Parliament, declined to comment.'],
    ['en', 'The President of France arrived.'],
  ])('%s: no person from a title without a name: %s', (lang, text) => {
    expect(find(text, lang).filter((e) => e.kind === 'person')).toEqual([]);
  });

  test('a name never swallows a country or a title that follows', () => {
    const got = find('पेरू के विदेश मंत्री होसे पेरेज़ रूस के राष्ट्रपति से मिले।', 'hi');
    expect(got.filter((e) => e.kind === 'person').map((e) => e.hi)).toEqual(['होसे पेरेज़']);
    expect(pick(got, 'Russia')?.count).toBe(1);
  });

  test('later surname-only mentions of an unknown person are merged', () => {
    const got = find(['Foreign Minister Ana Lucia Pereira arrived.', 'Pereira met officials in Delhi.'], 'en');
    expect(got.filter((e) => e.kind === 'person')).toEqual([{ kind: 'person', hi: 'अना लुसिया पेरेइरा', en: 'Ana Lucia Pereira', count: 2 }]);
  });
});

// Speed is measured by `npm run bench`, not by timed tests.
describe('findEntities: edge cases', () => {
  test('empty input', () => {
    expect(findEntities([], 'hi')).toEqual([]);
    expect(findEntities(['', '   '], 'en')).toEqual([]);
  });
});

test('plural demonyms count as mentions of the country', () => {
  const got = findEntities(['Nearly 150 Indians returned home, and two Russians were questioned.'], 'en');
  expect(got).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'country', en: 'India', count: 1 }),
      expect.objectContaining({ kind: 'country', en: 'Russia', count: 1 }),
    ]),
  );
});

test('oblique plural demonyms count as mentions of the country', () => {
  const got = findEntities(['करीब 150 भारतीयों को वापस भेजा गया और दो रूसियों से पूछताछ हुई।'], 'hi');
  expect(got).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'country', en: 'India', count: 1 }),
      expect.objectContaining({ kind: 'country', en: 'Russia', count: 1 }),
    ]),
  );
});
