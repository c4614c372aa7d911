/**
 * Page text is untrusted: invisible characters a page salts into words must not change what the
 * engine finds, and no input shape may make it slow. Our own sentences.
 */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../engine/pipeline';
import type { Summary } from '../../../engine/summary/types';
import { detectLanguage } from '../../../engine/text/language';
import { splitSentences } from '../../../engine/text/segment';
import { tokenize } from '../../../engine/text/tokenize';
import type { Article } from '../../../engine/types';

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

describe('no input shape is slow', () => {
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
