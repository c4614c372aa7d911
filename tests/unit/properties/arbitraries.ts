/**
 * fast-check generators for the property tests: news-like text in Hindi and English with what
 * trips segmenters (dandas, quotes, abbreviations, initials, decimals), invisible and bidi
 * characters, line breaks, and long runs of one character. Our own words. Every property passes
 * its own `{ seed, numRuns }` (never fc.configureGlobal: these files share one module graph).
 */
import fc from 'fast-check';
import type { Article, Block } from '../../../engine/types';

/** Words and marks a sentence is made of, both scripts. */
const WORDS = [
  'The',
  'minister',
  'said',
  'India',
  'Russia',
  'talks',
  'on',
  'defence',
  'trade',
  'and',
  'the',
  'treaty',
  'Dr.',
  'Mr.',
  'U.S.',
  'U.N.',
  'e.g.',
  'No.',
  'Jan.',
  'p.',
  'S.',
  '3.5',
  '2024',
  'per',
  'cent',
  'भारत',
  'रूस',
  'ने',
  'कहा',
  'मंत्री',
  'रक्षा',
  'व्यापार',
  'समझौता',
  'पर',
  'बातचीत',
  'की',
  'है',
  'डॉ.',
  'श्री',
  'एस.',
  'जयशंकर',
  'प्रो.',
  '१२',
  '२०२४',
  'क्षेत्र',
  'सहयोग',
] as const;
const MARKS = ['.', '?', '!', '।', '॥', '...', '?!', '"', '“', '”', "'", '‘', '’', '(', ')', '[', ']', ',', ':', ';', '—', '-'] as const;
const SPACES = [' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\r\n'] as const;
/** Zero-width, joiners, BOM, soft hyphen, direction marks, embeddings, overrides, isolates, line separators. */
export const INVISIBLES = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
] as const;

/** A long run of one character: dandas, stops, letters, spaces (the shapes that once went quadratic). */
const run = fc
  .tuple(fc.constantFrom('.', '।', '!', 'a', 'क', ' ', '\u200b', '"', '. ', '। ', 'Dr. ', 'क्ष'), fc.integer({ min: 2, max: 400 }))
  .map(([c, n]) => c.repeat(n));

/** One piece of text: mostly words with spaces, some marks, rarer invisibles, any character, runs. */
const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 8, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 5, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: run },
);

/** Mixed-script text of up to `maxPieces` pieces. */
export const text = (maxPieces = 80) => fc.array(piece, { maxLength: maxPieces, size: 'max' }).map((p) => p.join(''));

/** A block of an article. */
export const block: fc.Arbitrary<Block> = fc.record({
  kind: fc.constantFrom('heading', 'paragraph', 'paragraph', 'paragraph', 'listItem', 'quote'),
  text: text(60),
});

/**
 * An article: a title and up to 8 blocks; half the time it starts with a few ordinary sentences of
 * one language, so that many runs get past the language check to a full card.
 */
export const article: fc.Arbitrary<Article> = fc
  .record({
    title: text(12),
    lang: fc.constantFrom(null, 'hi', 'en', 'fr', ''),
    lead: fc.constantFrom<Block[]>([], hindiLead(), englishLead()),
    blocks: fc.array(block, { maxLength: 8, size: 'max' }),
    url: fc.constantFrom(null, 'https://news.example/a', 'javascript:alert(1)'),
  })
  .map(({ lead, blocks, ...meta }) => ({ ...meta, blocks: [...lead, ...blocks] }));

function hindiLead(): Block[] {
  return [
    { kind: 'paragraph', text: 'भारत और रूस के विदेश मंत्रियों ने रक्षा सहयोग और व्यापार पर लंबी बातचीत की। दोनों ने ऊर्जा समझौते का स्वागत किया।' },
    { kind: 'paragraph', text: 'बैठक के बाद जारी बयान में कहा गया कि अगले साल शिखर सम्मेलन नई दिल्ली में होगा।' },
  ];
}
function englishLead(): Block[] {
  return [
    {
      kind: 'paragraph',
      text: 'The foreign ministers of India and Japan discussed defence cooperation and trade in Tokyo. Both welcomed a new energy agreement.',
    },
    { kind: 'paragraph', text: 'A statement after the meeting said the next summit would be held in New Delhi next year.' },
  ];
}
