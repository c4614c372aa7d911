import { describe, expect, test } from 'vitest';
import { glossText } from '../../../engine/glossary/glossary';
import { GLOSSARY } from '../../../engine/glossary/glossary-sources';
import { compileForms, compileGlossary, findForms, glossTokens, matchGlossary, type Concept, type Sense } from '../../../engine/glossary/match';
import { tokenize } from '../../../engine/text/tokenize';

const en = (text: string): string[] => glossText(text, 'en').map((g) => g.hi);
const hi = (text: string): string[] => glossText(text, 'hi').map((g) => g.en);

describe('glossText on the bundled glossary', () => {
  test.each<[string, string[]]>([
    // inflected Hindi forms: plural, oblique, participles
    ['भारत और रूस ने तीन समझौतों पर हस्ताक्षर किए', ['agreement', 'signing']],
    ['दोनों देशों के विदेश मंत्रियों की बैठक में', ['the two countries', "foreign ministers' meeting"]],
    ['रक्षा मंत्री ने अपने समकक्ष से बात की', ['defence minister', 'counterpart']],
    ['प्रधान मंत्री ने समझौता ज्ञापन का स्वागत किया', ['prime minister', 'memorandum of understanding', 'welcome']],
    ['विदेश मंत्रालय के प्रवक्ता', ['MEA spokesperson']],
    ['उच्चायुक्त को तलब किया गया', ['high commissioner', 'summon']],
  ])('hi: %s', (text, expected) => {
    expect(hi(text)).toEqual(expected);
  });

  test.each<[string, string[]]>([
    ['The two sides signed an MoU on defence cooperation', ['दोनों पक्ष', 'हस्ताक्षर', 'समझौता ज्ञापन', 'रक्षा सहयोग']],
    ['India and Japan held a 2+2 dialogue', ['टू प्लस टू वार्ता']],
    ['The External Affairs Minister met his counterparts', ['विदेश मंत्री', 'बैठक', 'समकक्ष']],
  ])('en: %s', (text, expected) => {
    expect(en(text)).toEqual(expected);
  });

  test('acronyms match only in capitals', () => {
    expect(en('the UN Security Council')).toEqual(['संयुक्त राष्ट्र सुरक्षा परिषद']);
    expect(en('Kim Jong Un said')).toEqual([]);
    expect(en('the WHO warned')).toContain('विश्व स्वास्थ्य संगठन');
    expect(en('who warned')).not.toContain('विश्व स्वास्थ्य संगठन');
  });

  test('senses gloss nothing: other senses and words too general alone', () => {
    expect(en('according to officials')).toEqual(['अधिकारी']);
    expect(hi('इस क्षेत्र में')).toEqual([]);
    expect(hi('क्षेत्रीय सहयोग')).toEqual(['regional cooperation']);
    expect(hi('दिल का दौरा पड़ा')).toEqual([]);
  });

  test('a word is the concept it is the preferred form of (समझौता is an agreement, not a deal)', () => {
    expect(hi('समझौता हुआ')).toEqual(['agreement']);
    expect(en('the deal')).toEqual(['सौदा']);
  });

  test('every glossary term has both forms', () => {
    for (const t of GLOSSARY) expect(t.en.length * t.hi.length).toBeGreaterThan(0);
  });
});

describe('matchGlossary', () => {
  const concepts: Concept[] = [
    { en: ['foreign minister'], hi: ['विदेश मंत्री'] },
    { en: ['minister'], hi: ['मंत्री'] },
    { en: ['territory'], hi: ['भूभाग', 'क्षेत्र'] },
  ];
  const senses: Sense[] = [{ hi: ['क्षेत्र'] }];
  const index = compileGlossary(concepts, 'hi', senses);
  const run = (text: string): number[] => matchGlossary(index, glossTokens(text)).map((m) => m.concept);

  test('longest phrase first', () => {
    expect(run('विदेश मंत्रियों और मंत्री')).toEqual([0, 1]);
  });

  test('a form written like a sense is a rendering only', () => {
    expect(run('क्षेत्र और भूभाग')).toEqual([2]);
  });

  test('empty and unrelated text give nothing', () => {
    expect(run('')).toEqual([]);
    expect(run('कुछ भी नहीं')).toEqual([]);
  });
});

describe('glossTokens', () => {
  test("keeps each word's offsets, and reuses tokens already made", () => {
    const text = 'India’s MoUs, signed.';
    const words = glossTokens(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(words.map((w) => w.raw));
    expect(glossTokens(text, tokenize(text))).toEqual(words);
  });

  test('glossText gives the offsets of the words it matched', () => {
    const text = 'दोनों देशों के विदेश मंत्रियों की बैठक';
    for (const g of glossText(text, 'hi')) expect(text.slice(g.start, g.end)).toBe(g.words.join(' '));
  });
});

describe('findForms: each form on its own, as whole words in any inflection', () => {
  const index = compileForms(['विदेश मंत्री', 'पनडुब्बी', 'UN', '', 'मंत्री']);
  const spans = (text: string) => findForms(glossTokens(text), index).map((s) => (s ? text.slice(s.start, s.end) : null));

  test.each<[string, (string | null)[]]>([
    ['दोनों विदेश मंत्रियों ने पनडुब्बियों पर बात की।', ['विदेश मंत्रियों', 'पनडुब्बियों', null, null, 'मंत्रियों']],
    ['मंत्री और विदेश मंत्री', ['विदेश मंत्री', null, null, null, 'मंत्री']], // the first occurrence of each
    ['the UN and the un', [null, null, 'UN', null, null]],
    ['the understood terms', [null, null, null, null, null]], // acronyms in capitals, words whole
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
