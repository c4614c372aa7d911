/** Article themes: which sentences a theme reaches. Invented lexicon and sentences. */
import { describe, expect, test } from 'vitest';
import { classifySentences, type ClassifyInput } from '../../../engine/topics/classify';
import { compileLexicons, stemsOf, type LexiconFile } from '../../../engine/topics/lexicon';
import { contentStems } from '../../../engine/summary/vectors';
import { words } from '../../../engine/text/tokenize';

const FILES: LexiconFile[] = [
  { id: 'defence', label: { en: 'Defence', hi: 'रक्षा' }, terms: [{ en: ['missile'], hi: ['मिसाइल'], w: 3 }] },
  { id: 'geopolitics', label: { en: 'Geopolitics & Conflicts', hi: 'भू-राजनीति एवं संघर्ष' }, terms: [{ en: ['ceasefire'], hi: ['युद्धविराम'], w: 3 }] },
];
const index = compileLexicons(FILES);
const input = (text: string, block: number): ClassifyInput => ({
  stems: stemsOf(text),
  block,
  isHeading: false,
  text,
  content: contentStems(words(text), stemsOf(text)),
});
const title = (text: string): ClassifyInput => ({ ...input(text, -1), isHeading: true });

describe('a theme spreads by shared vocabulary only to sentences with no topic of their own', () => {
  test.each([
    [
      'English',
      'Navy tests missile near northern coast',
      [
        'The navy tested a new missile off the northern coast.',
        'Officials said the missile flew farther than expected off the coast.',
        'The northern coast tests prompted a ceasefire appeal, officials said.',
        'The northern coast tests will go on next month, officials said.',
      ],
    ],
    [
      'Hindi',
      'नौसेना ने उत्तरी तट के पास मिसाइल का परीक्षण किया',
      [
        'नौसेना ने उत्तरी तट के पास नई मिसाइल का परीक्षण किया।',
        'अधिकारियों ने कहा कि मिसाइल तट से उम्मीद से ज़्यादा दूर गई।',
        'अधिकारियों ने कहा कि उत्तरी तट के परीक्षणों के बाद युद्धविराम की अपील हुई।',
        'अधिकारियों ने कहा कि उत्तरी तट के परीक्षण अगले महीने भी जारी रहेंगे।',
      ],
    ],
  ])('%s', (_, headline, sentences) => {
    const out = classifySentences(
      index,
      sentences.map((s, i) => input(s, i)),
      title(headline),
    ).topics;
    // Its own topic is another strand of the story: the shared words do not pull it into defence.
    expect(out[2]!.topics).toEqual(['geopolitics']);
    // No topic of its own: it carries the defence story on.
    expect(out[3]!.topics).toEqual(['defence']);
  });
});
