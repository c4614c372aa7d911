import { describe, expect, test } from 'vitest';
import { classifySentences, type ClassifyInput } from '../../../utils/topics/classify';
import { compileLexicons, matchPhrases, stemsOf, type LexiconFile } from '../../../utils/topics/lexicon';

// A small invented lexicon, so these tests pin the mechanism, not the bundled data.
const FILES: LexiconFile[] = [
  {
    id: 'defence',
    label: { en: 'Defence', hi: 'रक्षा' },
    terms: [
      { en: ['defence', 'defense'], hi: ['रक्षा'], w: 2 },
      { en: ['missile'], hi: ['मिसाइल'], w: 3 },
      { en: ['joint production'], hi: ['संयुक्त उत्पादन'], w: 2 },
      { en: ['spare parts'], hi: ['कलपुर्जे'], w: 2 },
    ],
    senses: [{ en: ['defence lawyer', 'title defence'], hi: ['बचाव पक्ष'] }],
  },
  {
    id: 'trade',
    label: { en: 'Trade', hi: 'व्यापार' },
    terms: [
      { en: ['trade'], hi: ['व्यापार'], w: 2 },
      { en: ['trade war'], hi: ['व्यापार युद्ध'], w: 3 },
      { en: ['exports'], hi: ['निर्यात'], w: 2 },
      { en: ['tariff'], hi: ['शुल्क'], w: 2 },
    ],
    senses: [{ en: ['trade insults', 'trade barbs'] }],
  },
  {
    id: 'geopolitics',
    label: { en: 'Geopolitics & Conflicts', hi: 'भू-राजनीति एवं संघर्ष' },
    terms: [{ en: ['war'], hi: ['युद्ध'], w: 2 }, { en: ['trade war'], hi: ['व्यापार युद्ध'], w: 1 }],
  },
  {
    id: 'energy',
    label: { en: 'Energy', hi: 'ऊर्जा' },
    terms: [{ en: ['energy'], hi: ['ऊर्जा'], w: 2 }, { en: ['crude oil'], hi: ['कच्चा तेल'], w: 3 }],
    senses: [{ en: ['new energy', 'fresh energy'], hi: ['नई ऊर्जा'] }],
  },
];
const index = compileLexicons(FILES);

const one = (text: string, extra: Partial<ClassifyInput> = {}) =>
  classifySentences(index, [{ stems: stemsOf(text), block: 0, isHeading: false, text, ...extra }])[0]!;

describe('matchPhrases', () => {
  test('longest phrase wins and consumes its words', () => {
    const m = matchPhrases(index, stemsOf('a trade war began'));
    expect(m).toHaveLength(1);
    expect(m[0]!.credits.map((c) => c.topic).sort()).toEqual(['geopolitics', 'trade']);
  });
  test('inflected forms match', () => {
    expect(matchPhrases(index, stemsOf('missiles and defences'))).toHaveLength(2);
    expect(matchPhrases(index, stemsOf('व्यापारियों और मिसाइलों'))).toHaveLength(2);
  });
});

describe('classifySentences', () => {
  test.each([
    ['The two sides agreed on joint production of missiles and spare parts.', ['defence']],
    ['दोनों देश मिसाइलों के संयुक्त उत्पादन पर सहमत हुए।', ['defence']],
    ['Exports rose after the tariff cut, boosting trade.', ['trade']],
    ['A trade war between the two powers hit exports.', ['trade']],
    ['The champions mounted a stubborn title defence on Sunday.', []],
    ['The leaders began to trade insults in public.', []],
    ['The visit brought new energy to the relationship.', []],
    ['The ministers held warm talks and praised the friendship.', []],
    ['India will buy more crude oil.', ['energy']],
  ])('%s → %j', (text, topics) => {
    expect(one(text).topics).toEqual(topics);
  });

  test('a bare topic word needs support, which a heading gives', () => {
    const plain = classifySentences(index, [{ stems: stemsOf('Defence ties were reviewed.'), block: 1, isHeading: false, text: 'x' }]);
    expect(plain[0]!.topics).toEqual([]);
    const underHeading = classifySentences(index, [
      { stems: stemsOf('Defence'), block: 0, isHeading: true, text: 'Defence' },
      { stems: stemsOf('Defence ties were reviewed.'), block: 1, isHeading: false, text: 'x' },
    ]);
    expect(underHeading[0]!.topics).toEqual(['defence']);
    expect(underHeading[1]!.topics).toEqual(['defence']);
  });

  test('a paragraph strongly about a topic lends weight to its weaker sentences', () => {
    const s = (text: string) => ({ stems: stemsOf(text), block: 0, isHeading: false, text });
    const out = classifySentences(index, [s('Missile deliveries are due next year.'), s('Defence officials confirmed it.')]);
    expect(out[1]!.topics).toEqual(['defence']);
  });

  test('an enumeration of topics does not claim every section', () => {
    const text = 'They discussed defence, trade, energy and the war.';
    const r = one(text);
    expect(r.enumeration).toBe(true);
    expect(r.topics).toEqual([]);
  });

  test('key terms come from matched concepts with both forms', () => {
    expect(one('संयुक्त उत्पादन और कलपुर्जे').terms.defence).toEqual([
      { en: 'joint production', hi: 'संयुक्त उत्पादन' },
      { en: 'spare parts', hi: 'कलपुर्जे' },
    ]);
  });

  test('user keywords extend a topic', () => {
    const custom = compileLexicons(FILES, { energy: ['hydrogen hub'] });
    const out = classifySentences(custom, [{ stems: stemsOf('A hydrogen hub and crude oil deal.'), block: 0, isHeading: false, text: '' }]);
    expect(out[0]!.scores.energy).toBe(5);
  });
});
