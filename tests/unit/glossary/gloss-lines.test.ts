/** Tier 3 on the card: each line's glossary terms, in both languages, with where the line says them. */
import { expect, test } from 'vitest';
import { lineTerms, MAX_TERMS_PER_LINE, withLineTerms } from '../../../engine/glossary/gloss-lines';
import type { Summary } from '../../../engine/summary/types';
import type { LineTerm } from '../../../engine/types';

const pairs = (terms: readonly LineTerm[] = []) => terms.map(({ hi, en }) => ({ hi, en }));

test('a Hindi line: the form the text used (uninflected) with the English preferred form', () => {
  const terms = lineTerms('दोनों देशों के रक्षा मंत्रियों ने पनडुब्बियों के संयुक्त उत्पादन पर समझौता ज्ञापन किया।', 'hi');
  expect(pairs(terms)).toEqual(
    expect.arrayContaining([
      { hi: 'रक्षा मंत्री', en: 'defence minister' },
      { hi: 'संयुक्त उत्पादन', en: 'joint production' },
      { hi: 'समझौता ज्ञापन', en: 'memorandum of understanding' },
    ]),
  );
});

test('an English line: foreign minister is the general title, not India’s own', () => {
  expect(pairs(lineTerms('The foreign minister of Brazil arrived for the summit.', 'en'))).toContainEqual({ hi: 'विदेश मंत्री', en: 'foreign minister' });
});

test('each term says where: the offsets of its first mention in the line', () => {
  const text = 'The foreign ministers met; the foreign minister of Brazil spoke.';
  const minister = lineTerms(text, 'en').find((t) => t.en === 'foreign minister');
  expect(minister && text.slice(minister.start, minister.end)).toBe('foreign ministers');
});

test('distinct pairs only, and at most MAX_TERMS_PER_LINE', () => {
  const long = 'sanctions, tariffs, ceasefire, embargo, treaty, summit, sanctions, defence cooperation, joint exercise, free trade agreement';
  const terms = lineTerms(long, 'en');
  expect(terms.length).toBe(MAX_TERMS_PER_LINE);
  expect(new Set(terms.map((t) => `${t.hi}|${t.en}`)).size).toBe(terms.length);
});

test('withLineTerms glosses overview and section lines, nothing else changes', () => {
  const text = 'भारत और जापान ने रक्षा सहयोग बढ़ाने पर सहमति जताई।';
  const summary: Summary = {
    schemaVersion: 1,
    title: 't',
    language: 'hi',
    siteName: null,
    byline: null,
    publishedTime: null,
    url: null,
    overview: [{ index: 0, text }],
    sections: [{ topic: 'defence', label: { en: 'Defence', hi: 'रक्षा' }, share: 1, sentences: [{ index: 0, text }], keyTerms: [] }],
    entities: [],
    sentences: [{ index: 0, text, topics: ['defence'] }],
  };
  const out = withLineTerms(summary);
  expect(pairs(out.overview[0]?.terms)).toContainEqual({ hi: 'रक्षा सहयोग', en: 'defence cooperation' });
  expect(out.sections[0]?.sentences[0]?.terms).toEqual(out.overview[0]?.terms);
  expect(out.sentences).toBe(summary.sentences);
  expect(summary.overview[0]?.terms).toBeUndefined();
});

test('summarize() glosses every card line', async () => {
  const { summarize } = await import('../../../engine/pipeline');
  const { articleFromText } = await import('../../../engine/extract/text');
  const text = [
    'भारत-ब्राज़ील वार्ता',
    'नई दिल्ली में भारत और ब्राज़ील के विदेश मंत्रियों की बैठक हुई।',
    'दोनों देशों ने रक्षा सहयोग बढ़ाने और संयुक्त सैन्य अभ्यास करने पर सहमति जताई।',
    'द्विपक्षीय व्यापार को अगले पांच साल में दोगुना करने का लक्ष्य रखा गया।',
    'ऊर्जा सुरक्षा और नवीकरणीय ऊर्जा में निवेश पर भी चर्चा हुई।',
    'बैठक के बाद एक संयुक्त बयान जारी किया गया।',
  ].join('\n\n');
  const article = articleFromText(text);
  if (!article) throw new Error('no article');
  const result = summarize(article);
  if (!result.ok) throw new Error(result.message);
  const lines = [...result.summary.overview, ...result.summary.sections.flatMap((s) => s.sentences)];
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(Array.isArray(line.terms), `line ${line.index}`).toBe(true);
  expect(lines.flatMap((l) => pairs(l.terms))).toContainEqual({ hi: 'रक्षा सहयोग', en: 'defence cooperation' });
});
