/**
 * Page text is untrusted: invisible characters a page salts into words must not change what the
 * engine finds, and no input shape may make it slow. Our own sentences.
 */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../engine/pipeline';
import type { Summary } from '../../../engine/summary/types';
import { detectLanguage } from '../../../engine/text/language';
import { segmentSpans, splitSentences } from '../../../engine/text/segment';
import { tokenize } from '../../../engine/text/tokenize';
import type { Article } from '../../../engine/types';
import { seededRandom } from '../../support/seeded';

// Zero-width space, zero-width non-joiner, word joiner, soft hyphen, BOM, a left-to-right mark
// and a bidi isolate: none of them visible, all of them able to split a word for a naive tokenizer.
const INVISIBLES = ['\u200B', '\u200C', '\u2060', '\u00AD', '\uFEFF', '\u200E', '\u2066'];

/** Puts an invisible character after every second character (deterministic, cycling). */
function salt(text: string): string {
  let k = 0;
  return [...text].map((ch, i) => (i % 2 === 1 && /\S/.test(ch) ? ch + INVISIBLES[k++ % INVISIBLES.length] : ch)).join('');
}

const ARTICLE: Article = {
  title: 'दिल्ली में भारत-जापान वार्ता',
  blocks: [
    { kind: 'paragraph', text: 'भारत और जापान के रक्षा मंत्रियों ने नई दिल्ली में संयुक्त नौसैनिक अभ्यास की तैयारी पर बात की।' },
    { kind: 'paragraph', text: 'दोनों देशों ने सेमीकंडक्टर आपूर्ति श्रृंखला में निवेश बढ़ाने का फैसला किया।' },
    { kind: 'paragraph', text: 'हरित हाइड्रोजन और सौर ऊर्जा परियोजनाओं पर एक नया समझौता हुआ।' },
    { kind: 'paragraph', text: 'आतंकवाद के हर रूप की दोनों पक्षों ने कड़ी निंदा की।' },
  ],
};

function ok(article: Article): Summary {
  const r = summarize(article);
  if (!r.ok) throw new Error(r.message);
  return r.summary;
}

describe('invisible characters inside words', () => {
  test('words keep them inside, and normalise to the clean word', () => {
    const clean = tokenize('रक्षा मंत्री Defence minister');
    const salted = tokenize(salt('रक्षा मंत्री Defence minister'));
    expect(salted.map((t) => t.norm)).toEqual(clean.map((t) => t.norm));
  });

  test('the language is still found', () => {
    const text = ARTICLE.blocks.map((b) => b.text).join(' ');
    expect(detectLanguage(salt(text))).toEqual(detectLanguage(text));
    expect(detectLanguage(salt('The ministers met in Tokyo to discuss trade and defence.')).lang).toBe('en');
  });

  test('the card has the same sentences, topics and names; lines are quoted as the page wrote them', () => {
    const clean = ok(ARTICLE);
    const saltedArticle = { ...ARTICLE, blocks: ARTICLE.blocks.map((b) => ({ ...b, text: salt(b.text) })) };
    const salted = ok(saltedArticle);
    expect(salted.sentences.map((s) => s.topics)).toEqual(clean.sentences.map((s) => s.topics));
    expect(salted.sections.map((s) => s.topic)).toEqual(clean.sections.map((s) => s.topic));
    expect(salted.entities.map((e) => e.en)).toEqual(clean.entities.map((e) => e.en));
    expect(salted.sentences.map((s) => s.text)).toEqual(saltedArticle.blocks.map((b) => b.text));
  });
});

describe('segmenting long text in pieces', () => {
  test('cuts only where Intl.Segmenter breaks anyway: same spans as the whole string, 1,000 seeded random strings', () => {
    const random = seededRandom(29);
    const alphabet = ['.', '।', '?', '!', ' ', ' ', ' ', '\n', 'A', 'B', 'a', 'b', 'क', 'म', 'ि', '"', '”', ')', '(', '1', ',', '—', 'U.S.'];
    for (let c = 0; c < 500; c++) {
      let text = '';
      for (let i = 0, n = 20 + Math.floor(random() * 200); i < n; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const lang of ['hi', 'en'] as const) {
        const whole = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => [s.index, s.index + s.segment.length]);
        // Tiny pieces, and a safe cut looked for as far as it takes: every cut is a safe one.
        expect(segmentSpans(text, lang, 4, Infinity), JSON.stringify(text)).toEqual(whole);
      }
    }
  });

  test('covers the text exactly even where no safe cut is near (cut at a space)', () => {
    const text = 'a. b? c। '.repeat(400);
    const spans = segmentSpans(text, 'en', 16, 32);
    expect(spans[0]?.[0]).toBe(0);
    expect(spans.at(-1)?.[1]).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.[0]).toBe(spans[i - 1]?.[1]);
  });
});

describe('no input shape is slow', () => {
  // Intl.Segmenter's time grows with the square of its string: one 400,000-character paragraph
  // took 3.7 s to split here; in pieces it takes tens of milliseconds.
  test.each([
    ['one long paragraph of sentences', 'The ministers met in Delhi. भारत और जापान ने व्यापार पर बात की। Trade rose by 3.5 per cent. '],
    ['lower-case sentences with no safe cut (all joined)', 'a. b. c? d! '],
    ['an open bracket, then many sentences', '(India and Japan. Trade rose. Talks went on. '],
  ])('%s (400,000 characters) splits in linear time', (_, unit) => {
    const text = unit.repeat(Math.ceil(400_000 / unit.length));
    const started = performance.now();
    const spans = splitSentences(text, 'en');
    expect(performance.now() - started).toBeLessThan(1_500);
    // Nothing lost: the spans run from the first character to the last, in order.
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(text.trimEnd().length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });

  // The old inner-break regex backtracked over each terminator: 20,000 dandas took 6.9 s here,
  // the linear scan 0.3 ms. The bound is 20 times under the old time and far over the new.
  test('a long run of terminators splits in linear time', () => {
    const text = `${'।'.repeat(20_000)} `;
    const start = performance.now();
    expect(splitSentences(text, 'hi').length).toBeLessThanOrEqual(1);
    expect(performance.now() - start).toBeLessThan(350);
  });

  test.each([
    ['one long word', 'क'.repeat(200_000)],
    ['a run of dandas', `भारत ${'।'.repeat(200_000)}`],
    ['a run of dots', `India ${'.'.repeat(200_000)}`],
    ['unclosed brackets', `${'('.repeat(100_000)}India and Japan. Talks.`],
    ['invisible characters only', '\u200B'.repeat(200_000)],
  ])('%s (200,000 characters) gets an answer, never a throw', (_, text) => {
    const r = summarize({ title: 'x', blocks: [{ kind: 'paragraph', text }] });
    expect(typeof r.ok).toBe('boolean');
    if (!r.ok) expect(r.message).toMatch(/\S/);
  });
});
