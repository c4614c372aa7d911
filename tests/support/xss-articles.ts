/**
 * The real article text the hostile pages carry, so Readability keeps them and a card is made: a
 * made-up diplomatic report in English and one in Hindi, written for these tests (no dataset text).
 */
import type { Lang } from '../../engine/types';

/** One article: its headline, its section headings and its paragraphs (each a list of sentences). */
export interface XssArticle {
  lang: Lang;
  headline: string;
  site: string;
  author: string;
  headings: string[];
  paragraphs: string[][];
}

const EN: XssArticle = {
  lang: 'en',
  headline: 'India and Japan agree to expand defence and clean energy cooperation',
  site: 'The Harbour Ledger',
  author: 'Meera Kulkarni',
  headings: ['Defence ties', 'Trade and investment', 'Energy and climate'],
  paragraphs: [
    [
      'The foreign ministers of India and Japan met in New Delhi on Tuesday for their annual strategic dialogue.',
      'Both sides said the talks covered defence, trade, clean energy and the security of sea lanes in the Indo-Pacific.',
      'Officials described the meeting as frank and productive.',
    ],
    [
      'The two governments agreed to begin joint production of unmanned surface vessels for their navies.',
      'A working group on defence technology will meet every quarter to review the progress of the project.',
      'The navies will also hold a larger joint exercise in the Bay of Bengal next spring.',
    ],
    [
      'Bilateral trade reached a record level last year, but Indian exporters still face barriers in the Japanese market.',
      'The ministers asked their trade officials to settle pending questions on pharmaceuticals and farm products.',
      'Japanese companies announced new investment in semiconductor plants in Gujarat and Karnataka.',
    ],
    [
      'On energy, the two countries signed a memorandum on green hydrogen and ammonia supply chains.',
      'Japan will help finance a pilot project for offshore wind power off the coast of Tamil Nadu.',
      'Both ministers said cleaner fuels were central to their plans for lower emissions.',
    ],
    [
      'The dialogue also reviewed progress on the high-speed rail corridor between Mumbai and Ahmedabad.',
      'Engineers from both countries have completed most of the viaduct work on the first section.',
      'The first trial runs are expected within two years.',
    ],
    [
      'The ministers discussed the situation in the South China Sea and the war in Ukraine.',
      'They called for a rules-based order, respect for sovereignty and the peaceful settlement of disputes.',
      'India and Japan will coordinate their positions ahead of the next summit of the Quad.',
    ],
    [
      'A new scholarship programme will bring five hundred Indian engineering students to Japanese universities each year.',
      'The countries also agreed to simplify visas for researchers and skilled workers.',
      'The next round of the dialogue will be held in Tokyo in the autumn.',
    ],
  ],
};

const HI: XssArticle = {
  lang: 'hi',
  headline: 'भारत और फ्रांस ने रक्षा और ऊर्जा सहयोग बढ़ाने पर सहमति जताई',
  site: 'नदी तट समाचार',
  author: 'अनुराधा मिश्रा',
  headings: ['रक्षा सहयोग', 'व्यापार और निवेश', 'ऊर्जा और जलवायु'],
  paragraphs: [
    [
      'भारत और फ्रांस के विदेश मंत्रियों ने सोमवार को नई दिल्ली में वार्षिक रणनीतिक वार्ता की।',
      'दोनों पक्षों ने रक्षा, व्यापार, स्वच्छ ऊर्जा और हिंद महासागर की सुरक्षा पर विस्तार से चर्चा की।',
      'अधिकारियों ने बैठक को उपयोगी और सकारात्मक बताया।',
    ],
    [
      'दोनों सरकारों ने पनडुब्बियों के लिए इंजनों के संयुक्त उत्पादन पर काम शुरू करने का फैसला किया।',
      'रक्षा प्रौद्योगिकी पर एक कार्य समूह हर तिमाही में परियोजना की प्रगति की समीक्षा करेगा।',
      'दोनों देशों की नौसेनाएं अगले वर्ष अरब सागर में बड़ा संयुक्त अभ्यास भी करेंगी।',
    ],
    [
      'पिछले वर्ष द्विपक्षीय व्यापार रिकॉर्ड स्तर पर पहुंचा, लेकिन भारतीय निर्यातकों को अब भी कई बाधाओं का सामना करना पड़ता है।',
      'मंत्रियों ने व्यापार अधिकारियों से दवाओं और कृषि उत्पादों से जुड़े लंबित मुद्दे सुलझाने को कहा।',
      'फ्रांसीसी कंपनियों ने महाराष्ट्र और तमिलनाडु में विमान के पुर्जे बनाने के कारखानों में नए निवेश की घोषणा की।',
    ],
    [
      'ऊर्जा के क्षेत्र में दोनों देशों ने हरित हाइड्रोजन की आपूर्ति श्रृंखला पर एक समझौता ज्ञापन पर हस्ताक्षर किए।',
      'फ्रांस गुजरात के तट पर अपतटीय पवन ऊर्जा की एक प्रायोगिक परियोजना के लिए वित्तीय सहायता देगा।',
      'दोनों मंत्रियों ने कहा कि स्वच्छ ईंधन उत्सर्जन घटाने की उनकी योजनाओं का केंद्र है।',
    ],
    [
      'वार्ता में असैन्य परमाणु ऊर्जा परियोजना की प्रगति की भी समीक्षा की गई।',
      'इंजीनियरों ने बताया कि स्थल पर प्रारंभिक निर्माण कार्य इस वर्ष पूरा हो जाएगा।',
      'पहली इकाई से बिजली उत्पादन अगले दशक की शुरुआत में होने की उम्मीद है।',
    ],
    [
      'मंत्रियों ने पश्चिम एशिया की स्थिति और यूक्रेन में युद्ध पर भी विचार साझा किए।',
      'उन्होंने संप्रभुता के सम्मान और विवादों के शांतिपूर्ण समाधान का आह्वान किया।',
      'दोनों देश संयुक्त राष्ट्र में सुधार के मुद्दे पर मिलकर काम करते रहेंगे।',
    ],
    [
      'एक नई छात्रवृत्ति योजना के तहत हर वर्ष पांच सौ भारतीय छात्र फ्रांस के विश्वविद्यालयों में पढ़ सकेंगे।',
      'दोनों देशों ने शोधकर्ताओं और कुशल कामगारों के लिए वीजा नियम आसान बनाने पर भी सहमति जताई।',
      'वार्ता का अगला दौर शरद ऋतु में पेरिस में होगा।',
    ],
  ],
};

/** The article of a language. */
export const XSS_ARTICLES: Record<Lang, XssArticle> = { en: EN, hi: HI };
