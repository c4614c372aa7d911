/** Bilingual search: a word in either script finds the cards in both, through the glossary and the names. */
import { expect, test } from 'vitest';
import { buildSearchIndex, search, searchTokens } from '../../../engine/dossier/search';
import { allEntries } from '../../support/dossier-cards';

const index = buildSearchIndex(allEntries());
const titles = (q: string) => search(index, q).map((e) => e.url.split('/').pop());

test.each([
  ['defence', ['india-russia-defence?id=1', 'bharat-roos-raksha']],
  ['रक्षा', ['india-russia-defence?id=1', 'bharat-roos-raksha']],
  ['Lavrov', ['india-russia-defence?id=1', 'bharat-roos-raksha']],
  ['लावरोव', ['india-russia-defence?id=1', 'bharat-roos-raksha']],
  ['रूस', ['india-russia-defence?id=1', 'bharat-roos-raksha', 'brics-summit']],
  ['defence cooperation', ['india-russia-defence?id=1', 'bharat-roos-raksha']],
  ['रक्षा सहयोग', ['india-russia-defence?id=1', 'bharat-roos-raksha']],
  ['ब्रिक्स', ['brics-summit']],
  ['tariffs', ['india-us-trade']],
  ['Lavrov tariffs', []],
  ['tariffs and the', ['india-us-trade']],
])('%s', (query, expected) => {
  expect(new Set(titles(query))).toEqual(new Set(expected));
});

test('an empty query finds every card, in the index order', () => {
  expect(search(index, '  ').length).toBe(4);
});

test('words are normalised (case, nukta) and a query word is also a prefix', () => {
  expect(searchTokens('Defence, रक्षा-मंत्री')).toEqual(['defence', 'रक्षा', 'मंत्री']);
  expect(titles('DEFEN')).toEqual(titles('defence'));
});
