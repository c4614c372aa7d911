/** The dossier's filters and "what changed" per topic. */
import { expect, test } from 'vitest';
import { entryOf } from '../../../engine/dossier/entry';
import { filterEntries, sourcesOf, whatChanged } from '../../../engine/dossier/filters';
import { allEntries, cardOf } from '../../support/dossier-cards';

const entries = allEntries();
const names = (list: { url: string }[]) => list.map((e) => e.url.split('/').pop());

test.each([
  ['no filter', {}, ['india-russia-defence?id=1', 'bharat-roos-raksha', 'india-us-trade', 'brics-summit']],
  ['a topic', { topics: ['defence'] as const }, ['india-russia-defence?id=1', 'bharat-roos-raksha']],
  ['either of two topics', { topics: ['defence', 'multilateral'] as const }, ['india-russia-defence?id=1', 'bharat-roos-raksha', 'brics-summit']],
  ['a language', { language: 'hi' as const }, ['bharat-roos-raksha']],
  ['a source', { sources: ['Test Wire'] }, ['india-russia-defence?id=1', 'india-us-trade']],
  [
    'a date range, both ends included',
    { from: Date.parse('2026-09-20T10:00:00Z'), to: Date.parse('2026-10-05T09:00:00Z') },
    ['india-russia-defence?id=1', 'india-us-trade'],
  ],
  ['everything at once', { topics: ['trade'] as const, language: 'en' as const, to: Date.parse('2026-10-01') }, ['india-us-trade']],
])('%s', (_, filter, expected) => {
  expect(names(filterEntries(entries, { ...filter, topics: 'topics' in filter ? [...filter.topics] : undefined }))).toEqual(expected);
});

test('sources with their counts, most first', () => {
  expect(sourcesOf(entries)).toEqual([
    { source: 'Test Wire', count: 2 },
    { source: 'Another Paper', count: 1 },
    { source: 'परीक्षण समाचार', count: 1 },
  ]);
});

test("what changed: per topic, the newest article's lines next to the previous article's", () => {
  const thread = [entryOf(cardOf('ruDefenceEn')), entryOf(cardOf('ruDefenceHi'))];
  const changes = whatChanged(thread);
  const defence = changes.find((c) => c.topic === 'defence');
  expect(defence?.articles).toBe(2);
  expect(defence?.newest.entry.language).toBe('hi'); // published 12 Nov, after the English one (5 Oct)
  expect(defence?.previous?.entry.language).toBe('en');
  expect(defence?.newest.lines.length).toBeGreaterThan(0);
  for (const side of [defence?.newest, defence?.previous]) expect(side?.lines.every((l) => l.topic === 'defence')).toBe(true);
});

test('what changed: a topic only one article has shows it alone', () => {
  const [only] = whatChanged([entryOf(cardOf('usTradeEn'))]);
  expect(only).toMatchObject({ topic: 'trade', articles: 1 });
  expect(only?.previous).toBeUndefined();
});
