/** The engine end to end on small invented articles (no page, no DOM). */
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../../engine/extract/text';
import { articleSentences, summarize } from '../../../engine/pipeline';
import type { Summary } from '../../../engine/summary/types';
import type { Article } from '../../../engine/types';

const HINDI: Article = {
  title: 'मॉस्को में भारत-रूस विदेश मंत्रियों की वार्ता',
  lang: 'hi',
  blocks: [
    {
      kind: 'paragraph',
      text: 'विदेश मंत्री डॉ. एस. जयशंकर ने बुधवार को मॉस्को में रूस के विदेश मंत्री सर्गेई लावरोव से मुलाकात की। दोनों नेताओं ने गर्मजोशी से एक-दूसरे का स्वागत किया।',
    },
    {
      kind: 'paragraph',
      text: 'बैठक में रक्षा उपकरणों के संयुक्त उत्पादन और स्पेयर पार्ट्स की समय पर आपूर्ति पर विस्तार से चर्चा हुई। दोनों पक्ष मिसाइल प्रणालियों के रखरखाव में सहयोग बढ़ाएंगे।',
    },
    {
      kind: 'paragraph',
      text: 'दोनों देशों ने 2030 तक द्विपक्षीय व्यापार को 100 अरब डॉलर तक पहुंचाने का लक्ष्य दोहराया। व्यापारियों को राष्ट्रीय मुद्राओं में भुगतान की सुविधा दी जाएगी।',
    },
    {
      kind: 'paragraph',
      text: 'ऊर्जा क्षेत्र में कच्चे तेल, प्राकृतिक गैस और पेट्रोकेमिकल उत्पादों की आपूर्ति बढ़ाने पर सहमति बनी। कुडनकुलम परमाणु ऊर्जा संयंत्र की नई इकाइयों पर भी बात हुई।',
    },
    { kind: 'paragraph', text: 'जयशंकर ने सीमा पार आतंकवाद के खिलाफ मिलकर लड़ने की जरूरत पर जोर दिया।' },
  ],
};

function ok(article: Article): Summary {
  const r = summarize(article);
  if (!r.ok) throw new Error(r.message);
  return r.summary;
}

describe('summarize', () => {
  const s = ok(HINDI);

  test('finds the Hindi article and its sentences, in order, losing nothing', () => {
    expect(s.language).toBe('hi');
    expect(s.sentences.map((x) => x.index)).toEqual(s.sentences.map((_, i) => i));
    const joined = s.sentences
      .map((x) => x.text)
      .join('')
      .replace(/\s/g, '');
    expect(joined).toBe(
      HINDI.blocks
        .map((b) => b.text)
        .join('')
        .replace(/\s/g, ''),
    );
  });

  test('makes defence, trade and energy sections with the right lines and key terms', () => {
    const byTopic = Object.fromEntries(s.sections.map((x) => [x.topic, x]));
    // Each sentence once: the overview's (here 4 and 6) are in no section.
    expect(s.overview.map((x) => x.index)).toEqual([0, 4, 6]);
    expect(byTopic.defence?.sentences.map((x) => x.index)).toEqual([2, 3]);
    expect(byTopic.trade?.sentences.map((x) => x.index)).toEqual([5]);
    expect(byTopic.energy?.sentences.map((x) => x.index)).toEqual([7]);
    expect(byTopic.defence?.minor).toBeUndefined();
    expect(byTopic.defence?.label).toEqual({ en: 'Defence', hi: 'रक्षा' });
    for (const t of ['defence', 'trade', 'energy']) expect(byTopic[t]?.keyTerms.length).toBeGreaterThan(0);
    expect(byTopic.trade?.keyTerms).toContainEqual(expect.objectContaining({ en: 'bilateral trade' }));
  });

  test('no sentence appears twice on the card, and no section repeats the overview', () => {
    const lines = [...s.overview, ...s.sections.flatMap((x) => x.sentences)].map((x) => x.index);
    expect(new Set(lines).size).toBe(lines.length);
  });

  test('a sentence that only reports the meeting gets no topic', () => {
    expect(s.sentences[1]?.topics).toEqual([]);
  });

  test('shares are fractions of the article and sum to at most 1', () => {
    const total = s.sections.reduce((n, x) => n + x.share, 0);
    expect(total).toBeGreaterThan(0.5);
    expect(total).toBeLessThanOrEqual(1.0001);
    expect(s.sections.map((x) => x.share)).toEqual([...s.sections.map((x) => x.share)].sort((a, b) => b - a));
  });

  test('the overview has 2–3 distinct sentences of the article', () => {
    expect(s.overview.length).toBeGreaterThanOrEqual(2);
    expect(s.overview.length).toBeLessThanOrEqual(3);
    for (const o of s.overview) expect(s.sentences[o.index]?.text).toBe(o.text);
  });

  test('names the participants in both scripts', () => {
    const people = s.entities.filter((e) => e.kind === 'person');
    expect(people).toContainEqual(expect.objectContaining({ en: 'S. Jaishankar', hi: 'एस. जयशंकर' }));
    expect(people).toContainEqual(expect.objectContaining({ en: 'Sergey Lavrov', hi: 'सर्गेई लावरोव' }));
    expect(s.entities).toContainEqual(expect.objectContaining({ kind: 'country', en: 'Russia', hi: 'रूस' }));
  });

  test('sentences per section follow the option', () => {
    const one = summarize(HINDI, { perSection: 1 });
    expect(one.ok && one.summary.sections.every((x) => x.sentences.length === 1)).toBe(true);
  });
});

describe('bad input gets a reason, never a throw', () => {
  test.each<[string, Article, string]>([
    ['no blocks', { title: 'x', blocks: [] }, 'empty'],
    ['only punctuation', { title: '', blocks: [{ kind: 'paragraph', text: '… — !!' }] }, 'empty'],
    [
      'French',
      { title: 'Sommet', blocks: [{ kind: 'paragraph', text: 'Les ministres se sont réunis pour parler de la coopération et du commerce.' }] },
      'unsupported-language',
    ],
    ['Russian', { title: 'Саммит', blocks: [{ kind: 'paragraph', text: 'Министры встретились в Москве.' }] }, 'unsupported-language'],
  ])('%s', (_name, article, reason) => {
    const r = summarize(article);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });
});

test('headings are never merged into a sentence', () => {
  const sentences = articleSentences(
    {
      title: 't',
      blocks: [
        { kind: 'heading', text: 'Energy. Oil' },
        { kind: 'paragraph', text: 'Oil flows resumed. Gas too.' },
      ],
    },
    'en',
  );
  expect(sentences.map((x) => [x.text, x.isHeading])).toEqual([
    ['Energy. Oil', true],
    ['Oil flows resumed.', false],
    ['Gas too.', false],
  ]);
});

test('plain text: first line is the title, blank lines separate paragraphs', () => {
  expect(articleFromText('\n Title line \nfirst para\ncontinues\n\n\nsecond para\n')).toEqual({
    title: 'Title line',
    blocks: [
      { kind: 'paragraph', text: 'first para continues' },
      { kind: 'paragraph', text: 'second para' },
    ],
  });
  expect(articleFromText(' \n\n ')).toBeNull();
});

describe('bundled lexicons: words that only look like topic terms', () => {
  test.each([
    ['Voters will decide whether to change the name of their country next week.', 'multilateral'],
    ['The United States said the talks had ended without a date for the next round.', 'investment'],
    ['Moon Jae-in met the delegation in Seoul on Monday afternoon.', 'space'],
  ])('%s → not %s', (text, topic) => {
    const r = summarize({ title: 'A report', blocks: [{ kind: 'paragraph', text }] });
    expect(r.ok && r.summary.sentences[0]?.topics).not.toContain(topic);
  });
});
