/** Invented sample summaries for the component tests (our own sentences, not from any outlet). */
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { withLineMentions } from '../../../engine/summary/line-mentions';
import type { Summary } from '../../../engine/summary/types';

const HI_SENTENCES = [
  'नई दिल्ली में भारत और फ्रांस के विदेश मंत्रियों की बैठक हुई।',
  'दोनों देशों ने पनडुब्बी के संयुक्त उत्पादन पर सहमति जताई।',
  'रक्षा सचिव ने कहा कि अगले साल नौसेना अभ्यास भी होगा।',
  'द्विपक्षीय व्यापार को दोगुना करने का लक्ष्य रखा गया।',
  'सौर ऊर्जा गठबंधन में सहयोग बढ़ाने पर भी बात हुई।',
  'बैठक के बाद संयुक्त बयान जारी किया गया।',
  'रक्षा उपकरणों के कलपुर्ज़े भारत में बनाने के संयुक्त उद्यम पर भी बात हुई।',
  'दोनों देशों ने अंतरिक्ष सहयोग जारी रखने की बात कही।',
];

/** Each sentence's topics, as the engine gives them (strongest first). */
const HI_TOPICS: Summary['sentences'][number]['topics'][] = [[], ['defence'], ['defence'], ['trade'], ['energy'], [], ['defence', 'investment'], ['space']];

/**
 * A Hindi summary with defence, trade and energy sections (largest share first) and a minor space
 * topic: as the engine makes them, each sentence appears once (the overview's are in no section),
 * and each line carries the key terms and names the engine finds in it.
 */
export const HI_SUMMARY: Summary = withLineMentions({
  schemaVersion: 1,
  title: 'भारत-फ्रांस विदेश मंत्रियों की बैठक',
  language: 'hi',
  siteName: 'समाचार उदाहरण',
  byline: null,
  publishedTime: '2026-03-12T10:00:00+05:30',
  url: 'https://news.example.in/india-france',
  overview: [
    { index: 0, text: HI_SENTENCES[0]! },
    { index: 1, text: HI_SENTENCES[1]! },
  ],
  sections: [
    {
      topic: 'defence',
      label: { en: 'Defence', hi: 'रक्षा' },
      share: 0.4,
      sentences: [
        { index: 2, text: HI_SENTENCES[2]! },
        { index: 6, text: HI_SENTENCES[6]! },
      ],
      keyTerms: [
        { hi: 'संयुक्त उत्पादन', en: 'joint production' },
        { hi: 'नौसेना', en: 'navy' },
        { hi: 'पनडुब्बी', en: 'submarine' },
      ],
    },
    {
      topic: 'trade',
      label: { en: 'Trade', hi: 'व्यापार' },
      share: 0.25,
      sentences: [{ index: 3, text: HI_SENTENCES[3]! }],
      keyTerms: [{ hi: 'द्विपक्षीय व्यापार', en: 'bilateral trade' }],
    },
    {
      topic: 'energy',
      label: { en: 'Energy', hi: 'ऊर्जा' },
      share: 0.15,
      sentences: [{ index: 4, text: HI_SENTENCES[4]! }],
      keyTerms: [{ hi: 'सौर ऊर्जा', en: 'solar energy' }],
    },
    {
      topic: 'space',
      label: { en: 'Space', hi: 'अंतरिक्ष' },
      share: 0.1,
      sentences: [{ index: 7, text: HI_SENTENCES[7]! }],
      keyTerms: [{ hi: 'अंतरिक्ष सहयोग', en: 'space cooperation' }],
      minor: true,
    },
  ],
  entities: [
    { kind: 'person', hi: 'एस. जयशंकर', en: 'S. Jaishankar', count: 3 },
    { kind: 'country', hi: 'फ्रांस', en: 'France', count: 4 },
    { kind: 'place', hi: 'नई दिल्ली', en: 'New Delhi', count: 1 },
    { kind: 'organisation', hi: 'अंतरराष्ट्रीय सौर गठबंधन', en: 'International Solar Alliance', count: 1 },
  ],
  sentences: HI_SENTENCES.map((text, index) => ({ index, text, topics: HI_TOPICS[index] ?? [] })),
});

/** A short English summary with one defence section (its lines' key terms and names found by the engine). */
export const EN_SUMMARY: Summary = withLineMentions({
  schemaVersion: 1,
  title: 'Ministers meet in Paris',
  language: 'en',
  siteName: null,
  byline: 'A. Writer',
  publishedTime: null,
  url: 'https://paper.example.com/paris-talks',
  overview: [{ index: 0, text: 'The two ministers met in Paris on Monday.' }],
  sections: [
    {
      topic: 'defence',
      label: { en: 'Defence', hi: 'रक्षा' },
      share: 0.5,
      sentences: [{ index: 1, text: 'They agreed on the Joint Production of engines.' }],
      keyTerms: [{ hi: 'संयुक्त उत्पादन', en: 'joint production' }],
    },
  ],
  entities: [{ kind: 'country', hi: 'फ्रांस', en: 'France', count: 2 }],
  sentences: [
    { index: 0, text: 'The two ministers met in Paris on Monday.', topics: [] },
    { index: 1, text: 'They agreed on the Joint Production of engines.', topics: ['defence'] },
  ],
});

/** Default settings with overrides. */
export function settingsWith(over: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, topicOrder: [...DEFAULT_SETTINGS.topicOrder], hiddenTopics: [], ...over };
}
