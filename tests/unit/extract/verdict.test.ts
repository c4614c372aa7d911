import { describe, expect, test } from 'vitest';
import type { BlockNote } from '../../../engine/extract/blocks';
import { judgeArticle, measureArticle, type ArticleSignals, type NotArticleWhy } from '../../../engine/extract/verdict';
import type { Block } from '../../../engine/types';

/** A plain news story: most of it prose, a few lines that are not, two fields on the page. */
const story: ArticleSignals = {
  words: 600,
  proseWords: 560,
  proseParagraphs: 12,
  asideWords: 0,
  labelWords: 10,
  linkShare: 0.05,
  headings: 2,
  bodyBlocks: 14,
  fields: 2,
  pageWords: 1200,
  readerable: true,
};

describe('judgeArticle', () => {
  test.each<[string, Partial<ArticleSignals>, NotArticleWhy | 'article']>([
    ['a plain story', {}, 'article'],
    // Prose floor.
    ['59 words of prose', { words: 70, proseWords: 59, proseParagraphs: 2 }, 'little-prose'],
    ['60 words of prose', { words: 70, proseWords: 60, proseParagraphs: 2 }, 'article'],
    ['a caption and a bio, set aside', { words: 81, proseWords: 0, proseParagraphs: 0, asideWords: 81 }, 'little-prose'],
    ['one paragraph on a page Readability finds unreadable', { words: 90, proseWords: 90, proseParagraphs: 1, readerable: false }, 'little-prose'],
    ['two paragraphs on such a page', { words: 90, proseWords: 90, proseParagraphs: 2, readerable: false }, 'article'],
    // Form: fields, their density on the page, and prose per field.
    ['a form: 10 fields, 3 per 100 page words, 10 words of prose a field', { fields: 10, pageWords: 333, proseWords: 100, words: 110 }, 'form'],
    ["9 fields are a news page's own forms", { fields: 9, pageWords: 250, proseWords: 80, words: 90 }, 'article'],
    ['fields below 3 per 100 page words', { fields: 10, pageWords: 334, proseWords: 100, words: 110 }, 'article'],
    ['more than 10 words of prose a field', { fields: 10, pageWords: 333, proseWords: 101, words: 110 }, 'article'],
    ['a visa form: 62 fields over 764 words, 128 of prose', { fields: 62, pageWords: 764, proseWords: 128, words: 137, proseParagraphs: 3 }, 'form'],
    ['a long story beside a big comment form', { fields: 23, pageWords: 2179, proseWords: 727 }, 'article'],
    // Links.
    ['more than half link text', { linkShare: 0.51 }, 'links'],
    ['half link text', { linkShare: 0.5 }, 'article'],
    // Fragments.
    ['less than half prose', { words: 300, proseWords: 149 }, 'fragments'],
    ['half prose', { words: 300, proseWords: 150 }, 'article'],
    ['249 words of prose in a big table', { words: 600, proseWords: 249 }, 'fragments'],
    ['250 words of prose in a big table', { words: 600, proseWords: 250 }, 'article'],
    // Teaser grid, counted over every body block …
    ['headlines over one-line teasers', { headings: 14, bodyBlocks: 12, words: 178, proseWords: 172, proseParagraphs: 6 }, 'teaser-grid'],
    ['3 headings are no grid', { headings: 3, bodyBlocks: 4, words: 90, proseWords: 90, proseParagraphs: 4 }, 'article'],
    ['subheads over real paragraphs', { headings: 9, bodyBlocks: 25, words: 900, proseWords: 840, proseParagraphs: 19 }, 'article'],
    // … or over the prose paragraphs, when date lines outnumber the headings.
    ['teasers with a time line under each', { headings: 15, bodyBlocks: 24, words: 149, proseWords: 125, proseParagraphs: 12 }, 'teaser-grid'],
    ['few but long paragraphs under subheads', { headings: 5, bodyBlocks: 15, words: 178, proseWords: 156, proseParagraphs: 5 }, 'article'],
  ])('%s', (_name, change, expected) => {
    const verdict = judgeArticle({ ...story, ...change });
    expect(verdict.article ? 'article' : verdict.why).toBe(expected);
  });

  test('the verdict carries the signals it was made from', () => {
    const signals = { ...story, fields: 40, pageWords: 500, proseWords: 150 };
    expect(judgeArticle(signals)).toEqual({ article: false, why: 'form', signals });
  });

  test('the rules run in order: too little prose is named before a form', () => {
    expect(judgeArticle({ ...story, proseWords: 20, fields: 50, pageWords: 300 })).toMatchObject({ why: 'little-prose' });
  });
});

const note = (aside: BlockNote['aside'] = null, linkShare = 0): BlockNote => ({ linkShare, aside });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const statement = 'The two ministers met in Tokyo on Tuesday and agreed to begin talks.'; // 13 words
const page = { fields: 3, words: 900 };

describe('measureArticle', () => {
  test.each<[string, Block[], BlockNote[], Partial<ArticleSignals>]>([
    ['a statement is prose', [p(statement)], [note()], { words: 13, proseWords: 13, proseParagraphs: 1, labelWords: 0 }],
    [
      'headings count apart from the body',
      [{ kind: 'heading', text: 'Trade talks' }, p(statement)],
      [note(), note()],
      { headings: 1, bodyBlocks: 1, words: 13 },
    ],
    ['a question is a label, not prose', [p('Have you ever been refused a visa?')], [note()], { words: 7, proseWords: 0, labelWords: 7 }],
    ['a form label is a label', [p('Date of birth (DD/MM/YYYY) *')], [note()], { proseWords: 0, labelWords: 5 }],
    [
      'a "Field: value" line is a label, however long',
      [{ kind: 'listItem', text: 'Publisher: Riverbank Press; First edition (2024), hardback with maps and a timeline' }],
      [note()],
      { proseWords: 0, labelWords: 12 },
    ],
    [
      'a snippet cut off with "…" is neither prose nor a label',
      [p('Officials from the two countries met in Tokyo on Tuesday for a first round of talks …')],
      [note()],
      { words: 17, proseWords: 0, labelWords: 0 },
    ],
    [
      'a block mostly unterminated is not prose',
      [p('Foreign ministers met. India Japan Australia United States maritime security supply chains')],
      [note()],
      { proseWords: 0, proseParagraphs: 0 },
    ],
    ['a bio is set aside', [p(statement), p('Ritika Sen is our correspondent in Tokyo.')], [note(), note('bio')], { proseWords: 13, asideWords: 7 }],
    ['one caption is set aside', [p(statement), p('Delegates walk into the hall.')], [note(), note('media')], { proseWords: 13, asideWords: 5 }],
    [
      'four picture boxes are a photo story, not captions',
      [p(statement), p(statement), p(statement), p(statement)],
      [note('media'), note('media'), note('media'), note('media')],
      { proseWords: 52, asideWords: 0 },
    ],
    [
      'link share is weighted by length',
      [p(statement), p('Read the joint statement')],
      [note(null, 0), note(null, 1)],
      { linkShare: 24 / (statement.length + 24) },
    ],
    ['the page fields and readerability pass through', [p(statement)], [note()], { fields: 3, pageWords: 900, readerable: true }],
  ])('%s', (_name, blocks, notes, expected) => {
    expect(measureArticle(blocks, notes, page, true)).toMatchObject(expected);
  });
});
