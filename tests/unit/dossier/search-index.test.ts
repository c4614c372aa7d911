/** The search index built a slice at a time answers like the whole one at every point of the build. */
import { expect, test } from 'vitest';
import type { DossierEntry } from '../../../engine/dossier/entry';
import { buildSearchIndex, hasWord, searchIndexBuilder } from '../../../engine/dossier/search-index';
import { search } from '../../../engine/dossier/search';
import { allEntries } from '../../support/dossier-cards';

test.each([
  ['india russia defence', 'russia', false, true],
  ['india russia defence', 'india', false, true],
  ['india russia defence', 'defence', false, true],
  ['india russia defence', 'russ', false, false],
  ['india russia defence', 'russ', true, true],
  ['india russia defence', 'ssia', true, false],
  ['india russia defence', 'defences', true, false],
  ['india russia defence', 'a russia', false, false],
  ['indian india', 'india', false, true],
  ['indian', 'india', false, false],
  ['रक्षा सहयोग', 'रक्ष', true, true],
  ['रक्षा सहयोग', 'रक्ष', false, false],
  ['', 'india', true, false],
  ['india', '', true, false],
])('hasWord(%j, %j, prefix %s) = %s', (words, word, prefix, expected) => {
  expect(hasWord(words, word, prefix)).toBe(expected);
});

// Many entries (the test cards again under other addresses), so a build takes many slices.
const entries: DossierEntry[] = Array.from({ length: 30 }, (_, i) => allEntries().map((e) => ({ ...e, url: `${e.url}#${i}` }))).flat();
const whole = buildSearchIndex(entries);
const QUERIES = [
  'defence',
  'रक्षा',
  'Lavrov',
  'लावरोव',
  'रूस',
  'defence cooperation',
  'रक्षा सहयोग',
  'ब्रिक्स',
  'tariffs',
  'DEFEN',
  'रक्ष',
  'in',
  'Lavrov tariffs',
  'Tokyo',
];
const answers = (index: ReturnType<typeof buildSearchIndex>) => QUERIES.map((q) => search(index, q).map((e) => e.url));

test('every query finds something or nothing as the test expects (the comparison below is not empty)', () => {
  const found = answers(whole).map((urls) => urls.length);
  expect(found.filter((n) => n > 0).length).toBeGreaterThan(8);
  expect(found.at(-1)).toBe(0);
});

test('before, during and after a build in slices, every query finds what the whole index finds, in its order', () => {
  const expected = answers(whole);
  const builder = searchIndexBuilder(entries, 7);
  expect(answers(builder.index)).toEqual(expected);
  let steps = 0;
  while (!builder.step(() => true)) {
    steps++;
    expect(answers(builder.index)).toEqual(expected);
  }
  expect(steps).toBe(Math.ceil(entries.length / 7) - 1);
  expect(answers(builder.index)).toEqual(expected);
});

test('a step indexes until told to stop; finish indexes the rest', () => {
  const builder = searchIndexBuilder(entries, 10);
  let asked = 0;
  expect(builder.step(() => ++asked === 3)).toBe(false);
  expect(asked).toBe(3);
  expect(builder.finish()).toBe(builder.index);
  expect(builder.step(() => true)).toBe(true);
  expect(answers(builder.index)).toEqual(answers(whole));
});

test('an empty dossier: nothing to build, nothing found', () => {
  const builder = searchIndexBuilder([]);
  expect(builder.step(() => true)).toBe(true);
  expect(search(builder.index, 'defence')).toEqual([]);
});
