/** The summary record: counted in and out one entry at a time, it equals a fresh count, and lists threads as groupByThread does. */
import { expect, test } from 'vitest';
import { entryOf } from '../../../engine/dossier/entry';
import { filterEntries, sourcesOf } from '../../../engine/dossier/filters';
import { countEntry, parseSummary, sourceList, summaryOf, threadList, threadTopicCount } from '../../../engine/dossier/summary';
import { groupByThread } from '../../../engine/dossier/threads';
import { ARTICLES, type ArticleName, cardOf } from '../../support/dossier-cards';

const entries = () => (Object.keys(ARTICLES) as ArticleName[]).map((name) => entryOf(cardOf(name)));

test('the threads and sources it lists are the ones grouping every entry gives, in the same order', () => {
  const all = entries();
  const summary = summaryOf(all);
  expect(summary.total).toBe(all.length);
  expect(threadList(summary).map((t) => [t.id, t.count])).toEqual(groupByThread(all).map((g) => [g.id, g.entries.length]));
  expect(sourceList(summary)).toEqual(sourcesOf(all));
});

test('a thread counts its cards per topic', () => {
  const all = entries();
  const summary = summaryOf(all);
  const ru = groupByThread(all).find((g) => g.id === 'pair:India|Russia');
  expect(ru?.entries.length).toBe(2);
  expect(threadTopicCount(summary, 'pair:India|Russia', 'defence')).toBe(filterEntries(ru?.entries ?? [], { topics: ['defence'] }).length);
  expect(threadTopicCount(summary, 'pair:India|Russia', 'defence')).toBeGreaterThan(0);
  expect(threadTopicCount(summary, 'no:such', 'defence')).toBe(0);
});

test('counting an entry out undoes counting it in (no empty keys left); a broken record is refused', () => {
  const [first, ...rest] = entries();
  const summary = summaryOf(rest);
  const before = structuredClone(summary);
  countEntry(summary, first!, 1);
  expect(summary).not.toEqual(before);
  countEntry(summary, first!, -1);
  expect(summary).toEqual(before);
  expect(parseSummary(summary)).toEqual(summary);
  expect(parseSummary({ ...summary, total: -1 })).toBeNull();
  expect(parseSummary({ ...summary, threads: { x: { count: 1 } } })).toBeNull();
});
