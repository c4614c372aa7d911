/**
 * Saved cards for the dossier's benchmarks, from a fixed seed: a few hundred articles written from
 * templates in our own words (two countries, a topic mix, Hindi or English), each summarised by
 * the real engine, then 10,000 saved cards drawn from them with their own addresses, sources and
 * dates over two years.
 */
import { makeSavedCard, type SavedCard } from '../../engine/dossier/record';
import { summarize } from '../../engine/pipeline';
import type { Summary } from '../../engine/summary/types';
import type { Article } from '../../engine/types';

/** Countries the templates pair up: English and Hindi names. */
const COUNTRIES: readonly [string, string][] = [
  ['India', 'भारत'],
  ['Russia', 'रूस'],
  ['United States', 'अमेरिका'],
  ['China', 'चीन'],
  ['Japan', 'जापान'],
  ['France', 'फ़्रांस'],
  ['Germany', 'जर्मनी'],
  ['Brazil', 'ब्राज़ील'],
  ['Australia', 'ऑस्ट्रेलिया'],
  ['Indonesia', 'इंडोनेशिया'],
  ['Saudi Arabia', 'सऊदी अरब'],
  ['Nepal', 'नेपाल'],
];

/** Paragraph templates by language: {A} and {B} are the countries. */
const TEMPLATES: Record<'en' | 'hi', string[]> = {
  en: [
    'Officials from {A} and {B} met to review defence cooperation, including the joint production of spare parts and the training of naval officers. Both sides agreed to hold a joint military exercise next year.',
    'Trade between {A} and {B} grew last year, and the two governments want to settle more of it in national currencies. Exporters complained about tariffs and delays in payments.',
    '{A} will buy more crude oil and liquefied natural gas from {B} under a long-term energy agreement. The deal also covers investment in renewable energy and green hydrogen.',
    'The space agencies of {A} and {B} signed an agreement to share satellite data and to work together on a lunar mission.',
    'Leaders of {A} and {B} discussed climate finance and the transition away from coal ahead of the climate summit.',
    'At the United Nations, {A} and {B} called for reform of the Security Council and for a greater voice for developing countries.',
    'The foreign ministers of {A} and {B} condemned terrorism in all its forms and agreed to share intelligence on extremist groups.',
    'Students and researchers from {A} will get more visas to study in {B}, and the two countries will open cultural centres in their capitals.',
  ],
  hi: [
    '{A} और {B} के अधिकारियों ने रक्षा सहयोग की समीक्षा की, जिसमें कलपुर्जों का संयुक्त उत्पादन और नौसेना अधिकारियों का प्रशिक्षण शामिल है। दोनों पक्ष अगले साल संयुक्त सैन्य अभ्यास पर सहमत हुए।',
    '{A} और {B} के बीच व्यापार पिछले साल बढ़ा, और दोनों सरकारें इसका अधिक हिस्सा राष्ट्रीय मुद्राओं में करना चाहती हैं। निर्यातकों ने शुल्क और भुगतान में देरी की शिकायत की।',
    'एक दीर्घकालिक ऊर्जा समझौते के तहत {A} {B} से अधिक कच्चा तेल और तरलीकृत प्राकृतिक गैस खरीदेगा। समझौते में नवीकरणीय ऊर्जा और हरित हाइड्रोजन में निवेश भी शामिल है।',
    '{A} और {B} की अंतरिक्ष एजेंसियों ने उपग्रह आंकड़े साझा करने और चंद्र मिशन पर साथ काम करने के समझौते पर हस्ताक्षर किए।',
    '{A} और {B} के नेताओं ने जलवायु सम्मेलन से पहले जलवायु वित्त और कोयले से दूर जाने पर चर्चा की।',
    'संयुक्त राष्ट्र में {A} और {B} ने सुरक्षा परिषद में सुधार और विकासशील देशों को अधिक आवाज़ देने की मांग की।',
    '{A} और {B} के विदेश मंत्रियों ने हर तरह के आतंकवाद की निंदा की और चरमपंथी समूहों के बारे में खुफिया जानकारी साझा करने पर सहमति जताई।',
    '{A} के छात्रों और शोधकर्ताओं को {B} में पढ़ने के लिए अधिक वीज़ा मिलेंगे, और दोनों देश अपनी राजधानियों में सांस्कृतिक केंद्र खोलेंगे।',
  ],
};

const SOURCES = ['The Test Courier', 'Another Paper', 'परीक्षण दैनिक', 'Wire Service', 'समाचार सेवा', 'Daily Example'];
const DAY = 86_400_000;

/** A linear congruential generator over [0, 1): the same sequence for the same seed. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
}

/** `bases` articles summarised by the engine, then `count` saved cards drawn from them. */
export function generateCards(count: number, { seed = 12, bases = 240 } = {}): SavedCard[] {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const summaries: Summary[] = [];
  for (let i = 0; i < bases; i++) {
    const lang = rand() < 0.5 ? 'hi' : 'en';
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    while (b === a) b = pick(COUNTRIES);
    const fill = (t: string) => t.replaceAll('{A}', lang === 'hi' ? a[1] : a[0]).replaceAll('{B}', lang === 'hi' ? b[1] : b[0]);
    const paras = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => fill(pick(TEMPLATES[lang])));
    const article: Article = {
      title: fill(lang === 'hi' ? '{A} और {B} के बीच वार्ता' : 'Talks between {A} and {B}'),
      blocks: paras.map((text) => ({ kind: 'paragraph', text })),
    };
    const result = summarize(article);
    if (result.ok) summaries.push(result.summary);
  }
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const base = pick(summaries);
    const date = new Date(start + Math.floor(rand() * 730) * DAY).toISOString();
    const summary = { ...base, siteName: pick(SOURCES), publishedTime: date };
    return makeSavedCard(summary, `https://news${i % 50}.example/story/${i}`, Date.parse(date) + 3_600_000);
  });
}
