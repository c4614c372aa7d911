/**
 * Saved cards for the dossier's tests, made by the real engine from short articles written for
 * these tests (our own words): India–Russia defence in Hindi and English, India–US trade, a BRICS
 * summit. Each is summarised once per process.
 */
import { entryOf } from '../../engine/dossier/entry';
import { makeSavedCard, type SavedCard } from '../../engine/dossier/record';
import { summarize } from '../../engine/pipeline';
import type { Article } from '../../engine/types';

const para = (text: string) => ({ kind: 'paragraph' as const, text });

/** The test articles by name. */
export const ARTICLES = {
  ruDefenceEn: {
    title: 'India and Russia agree to expand defence cooperation',
    siteName: 'Test Wire',
    publishedTime: '2026-10-05T09:00:00Z',
    url: 'https://news.example/world/india-russia-defence?id=1#top',
    blocks: [
      para(
        'External Affairs Minister S. Jaishankar met Russian Foreign Minister Sergey Lavrov in Moscow on Monday. The two ministers reviewed defence cooperation, including the joint production of spare parts for equipment India already operates.',
      ),
      para(
        'Lavrov said Russia was ready to transfer more technology to Indian factories. Officials said the defence ministries would meet again before the end of the year to settle delivery schedules.',
      ),
      para(
        'The ministers also discussed trade in national currencies and the payment problems faced by exporters. India wants Russia to buy more of its pharmaceuticals and machinery to narrow the trade deficit.',
      ),
    ],
  },
  ruDefenceHi: {
    title: 'भारत और रूस रक्षा सहयोग बढ़ाने पर सहमत',
    siteName: 'परीक्षण समाचार',
    publishedTime: '2026-11-12T08:00:00Z',
    url: 'https://hindi.example/desh/bharat-roos-raksha',
    blocks: [
      para('विदेश मंत्री एस. जयशंकर ने मॉस्को में रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की। दोनों नेताओं ने रक्षा सहयोग और सैन्य उपकरणों के संयुक्त उत्पादन की समीक्षा की।'),
      para('लावरोव ने कहा कि रूस भारतीय कारखानों को और अधिक तकनीक देने को तैयार है। अधिकारियों ने बताया कि दोनों देशों के रक्षा मंत्रालय साल के अंत से पहले फिर मिलेंगे।'),
      para('बैठक में राष्ट्रीय मुद्राओं में व्यापार और निर्यातकों के भुगतान की समस्याओं पर भी चर्चा हुई। भारत चाहता है कि रूस उसकी दवाएं और मशीनें अधिक खरीदे ताकि व्यापार घाटा कम हो।'),
    ],
  },
  usTradeEn: {
    title: 'India and the United States resume trade talks',
    siteName: 'Test Wire',
    publishedTime: '2026-09-20T10:00:00Z',
    url: 'https://news.example/business/india-us-trade',
    blocks: [
      para(
        'Trade negotiators from India and the United States met in Washington to resume talks on a trade agreement. The talks covered tariffs on steel, farm goods and medical devices.',
      ),
      para(
        'The United States wants lower tariffs on its farm exports, while India seeks easier visas for its technology workers. Both sides said the trade deal could be signed next year.',
      ),
    ],
  },
  bricsEn: {
    title: 'BRICS leaders meet to discuss a common payment system',
    siteName: 'Another Paper',
    publishedTime: '2026-08-15T07:00:00Z',
    url: 'https://paper.example/brics-summit',
    blocks: [
      para(
        'Leaders of the BRICS group met in Rio de Janeiro to discuss a common payment system for trade among member countries. Brazil, Russia, India, China and South Africa sent their heads of government.',
      ),
      para(
        'The summit statement called for reform of the International Monetary Fund and the World Bank. Leaders also agreed to expand the New Development Bank.',
      ),
    ],
  },
} satisfies Record<string, Article>;

/** The test articles' names. */
export type ArticleName = keyof typeof ARTICLES;

const made = new Map<string, SavedCard>();

/** The saved card of a test article (saved at `savedAt`, 1 Dec 2026 by default). */
export function cardOf(name: ArticleName, savedAt = Date.UTC(2026, 11, 1)): SavedCard {
  let card = made.get(name);
  if (!card) {
    const article = ARTICLES[name];
    const result = summarize(article);
    if (!result.ok) throw new Error(`${name}: ${result.message}`);
    card = makeSavedCard(result.summary, article.url, savedAt);
    made.set(name, card);
  }
  return { ...card, savedAt };
}

/** The dossier entries of all the test articles. */
export function allEntries() {
  return (Object.keys(ARTICLES) as ArticleName[]).map((name) => entryOf(cardOf(name)));
}
