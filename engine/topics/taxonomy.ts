/** The topic taxonomy. Ids are a public contract: add topics, never rename these. */
import type { Bilingual, TopicId } from '../types';

/** One topic with its bilingual label, and a one-word form for tags and the topic map. */
export interface Topic {
  id: TopicId;
  label: Bilingual;
  short: Bilingual;
}

/** Every topic, in the card's default order. */
export const TOPICS: readonly Topic[] = [
  { id: 'defence', label: { en: 'Defence', hi: 'रक्षा' }, short: { en: 'Defence', hi: 'रक्षा' } },
  { id: 'security', label: { en: 'Security & Counter-terrorism', hi: 'सुरक्षा एवं आतंकवाद-रोधी' }, short: { en: 'Security', hi: 'सुरक्षा' } },
  { id: 'geopolitics', label: { en: 'Geopolitics & Conflicts', hi: 'भू-राजनीति एवं संघर्ष' }, short: { en: 'Geopolitics', hi: 'भू-राजनीति' } },
  { id: 'multilateral', label: { en: 'Multilateral Forums', hi: 'बहुपक्षीय मंच' }, short: { en: 'Multilateral', hi: 'बहुपक्षीय' } },
  { id: 'trade', label: { en: 'Trade', hi: 'व्यापार' }, short: { en: 'Trade', hi: 'व्यापार' } },
  { id: 'investment', label: { en: 'Investment & Industry', hi: 'निवेश एवं उद्योग' }, short: { en: 'Investment', hi: 'निवेश' } },
  { id: 'energy', label: { en: 'Energy', hi: 'ऊर्जा' }, short: { en: 'Energy', hi: 'ऊर्जा' } },
  { id: 'connectivity', label: { en: 'Connectivity & Transport', hi: 'संपर्क एवं परिवहन' }, short: { en: 'Connectivity', hi: 'संपर्क' } },
  { id: 'technology', label: { en: 'Science & Technology', hi: 'विज्ञान एवं प्रौद्योगिकी' }, short: { en: 'Technology', hi: 'प्रौद्योगिकी' } },
  { id: 'space', label: { en: 'Space', hi: 'अंतरिक्ष' }, short: { en: 'Space', hi: 'अंतरिक्ष' } },
  { id: 'health', label: { en: 'Health', hi: 'स्वास्थ्य' }, short: { en: 'Health', hi: 'स्वास्थ्य' } },
  { id: 'climate', label: { en: 'Climate & Environment', hi: 'जलवायु एवं पर्यावरण' }, short: { en: 'Climate', hi: 'जलवायु' } },
  { id: 'agriculture', label: { en: 'Agriculture & Food', hi: 'कृषि एवं खाद्य' }, short: { en: 'Agriculture', hi: 'कृषि' } },
  { id: 'people', label: { en: 'Culture, Education & People', hi: 'संस्कृति, शिक्षा एवं जन-संपर्क' }, short: { en: 'People', hi: 'जन-संपर्क' } },
];

/** Topic ids in taxonomy order. */
export const TOPIC_IDS: readonly TopicId[] = TOPICS.map((t) => t.id);

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

/** The topic with this id, or undefined for an unknown id (e.g. from stored settings). */
export function topicById(id: string): Topic | undefined {
  return BY_ID.get(id as TopicId);
}

/** True when `id` is a known topic id. */
export function isTopicId(id: unknown): id is TopicId {
  return typeof id === 'string' && BY_ID.has(id as TopicId);
}
