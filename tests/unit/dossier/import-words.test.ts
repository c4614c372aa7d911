/** An import's search words made beside the page: the same words as the store would make, paired by position in the file. */
import { expect, test } from 'vitest';
import { entryOf } from '../../../engine/dossier/entry';
import { ImportWords, sliceWords } from '../../../engine/dossier/import-words';
import { RECORD_VERSION } from '../../../engine/dossier/record';
import { cardOf } from '../../support/dossier-cards';

const cards = [cardOf('ruDefenceEn'), cardOf('ruDefenceHi'), cardOf('usTradeEn')];
// As the worker has them: the file's values, parsed from its text.
const values: unknown[] = JSON.parse(JSON.stringify(cards));

test("a slice's words are each card's entry words, the slice cut at the end of the file", () => {
  const memo = new Map<string, string>();
  expect(sliceWords(values, 0, 2, memo)).toEqual(cards.slice(0, 2).map((c) => entryOf(c).words));
  expect(sliceWords(values, 2, 4, memo)).toEqual([entryOf(cards[2]!).words]);
  expect(sliceWords(values, 3, 5, memo)).toEqual([]);
});

test('a value that is not a card stops the words (the page refuses the file itself)', () => {
  expect(sliceWords([values[0], { ...(values[1] as object), url: 'not an address' }], 0, 2, new Map())).toBeNull();
  expect(sliceWords([{ ...(values[0] as object), v: RECORD_VERSION + 1 }], 0, 1, new Map())).toBeNull();
});

test('words that came are paired with the cards checked from the same place in the file', async () => {
  const words = new ImportWords();
  const waited = words.ready(0);
  words.receive({ from: 0, words: ['a b', 'c'] });
  await waited;
  words.pair(0, cards.slice(0, 2));
  expect(cards.map(words.wordsOf)).toEqual(['a b', 'c', undefined]);
  expect(words.paired).toBe(2);
});

test('words that do not line up with the cards are not used: the store makes them', async () => {
  const words = new ImportWords();
  words.receive({ from: 0, words: ['only one'] });
  await words.ready(0);
  words.pair(0, cards.slice(0, 2));
  expect(cards.map(words.wordsOf)).toEqual([undefined, undefined, undefined]);
  expect(words.paired).toBe(0);
});

test.each([
  ['says it stopped', { stopped: 'invalid-card' }],
  ['is not words', { from: 0, words: [1, 2] }],
  ['is nothing', null],
])('a wait ends when the worker %s, and every later slice is ready at once', async (_, message) => {
  const words = new ImportWords();
  const waited = words.ready(0);
  words.receive(message);
  await waited;
  await words.ready(250);
  words.pair(0, cards);
  expect(cards.map(words.wordsOf)).toEqual([undefined, undefined, undefined]);
});

test('stopping ends a wait', async () => {
  const words = new ImportWords();
  const waited = words.ready(0);
  words.stop();
  await expect(waited).resolves.toBeUndefined();
});
