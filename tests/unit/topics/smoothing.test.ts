/** Paragraph smoothing, on a small invented lexicon so the test pins the mechanism. */
import { describe, expect, test } from 'vitest';
import { classifySentences, type ClassifyInput } from '../../../engine/topics/classify';
import { compileLexicons, stemsOf, type LexiconFile } from '../../../engine/topics/lexicon';

const FILES: LexiconFile[] = [
  {
    id: 'defence',
    label: { en: 'Defence', hi: 'रक्षा' },
    terms: [
      { en: ['missile'], hi: ['मिसाइल'], w: 3 },
      { en: ['launch site'], hi: ['प्रक्षेपण स्थल'], w: 1 },
    ],
  },
];
const index = compileLexicons(FILES);
const s = (text: string, block: number): ClassifyInput => ({ stems: stemsOf(text), block, isHeading: false, text });
// Enough unrelated sentences that no article theme forms (two of twelve is under a quarter).
const filler = (from: number): ClassifyInput[] => Array.from({ length: 9 }, (_, k) => s(`The weather in town number ${k} was mild and dry.`, from + k));

describe('paragraph smoothing', () => {
  test.each([
    ['English', ['The army fired a missile at dawn.', 'Its launch site sits near the coast.', 'A second missile followed at noon.']],
    ['Hindi', ['सेना ने सुबह मिसाइल दागी।', 'उसका प्रक्षेपण स्थल तट के पास है।', 'दोपहर में दूसरी मिसाइल दागी गई।']],
  ])('%s: a weakly cued sentence between two same-topic sentences of its paragraph inherits the topic', (_, [a, b, c]) => {
    const out = classifySentences(index, [...filler(0), s(a!, 9), s(b!, 9), s(c!, 9)]).topics;
    expect(out[10]!.topics).toEqual(['defence']);
  });

  test('a sentence with no cue of its own stays without the topic', () => {
    const out = classifySentences(index, [
      ...filler(0),
      s('The army fired a missile at dawn.', 9),
      s('Farmers nearby went on with the harvest.', 9),
      s('A second missile followed at noon.', 9),
    ]).topics;
    expect(out[10]!.topics).toEqual([]);
  });

  test('the neighbours must share the sentence’s paragraph', () => {
    const out = classifySentences(index, [
      ...filler(0),
      s('The army fired a missile at dawn.', 9),
      s('Its launch site sits near the coast.', 10),
      s('A second missile followed at noon.', 11),
    ]).topics;
    expect(out[10]!.topics).toEqual([]);
  });
});
