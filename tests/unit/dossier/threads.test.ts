/** Grouping saved cards by the country pair or group they are about, from the engine's names. */
import { expect, test } from 'vitest';
import { entryOf } from '../../../engine/dossier/entry';
import { groupByThread, threadsOf } from '../../../engine/dossier/threads';
import type { Entity } from '../../../engine/types';
import { allEntries, cardOf } from '../../support/dossier-cards';

const country = (en: string, hi: string, count: number): Entity => ({ kind: 'country', en, hi, count });
const org = (en: string, hi: string, count = 1): Entity => ({ kind: 'organisation', en, hi, count });

test.each([
  ['two countries: the pair, India first', [country('Russia', 'रूस', 5), country('India', 'भारत', 2)], ['pair:India|Russia']],
  ['a pair with no India: alphabetical', [country('Japan', 'जापान', 3), country('China', 'चीन', 3)], ['pair:China|Japan']],
  [
    'a third country named once does not break the pair',
    [country('India', 'भारत', 4), country('United States', 'अमेरिका', 3), country('China', 'चीन', 1)],
    ['pair:India|United States'],
  ],
  [
    'five members named once each: no pair, the group',
    [country('Brazil', 'ब्राज़ील', 1), country('Russia', 'रूस', 1), country('India', 'भारत', 1), org('BRICS', 'ब्रिक्स')],
    ['group:BRICS'],
  ],
  [
    'a pair and a group',
    [country('India', 'भारत', 3), country('Russia', 'रूस', 2), org('Shanghai Cooperation Organisation', 'शंघाई सहयोग संगठन')],
    ['pair:India|Russia', 'group:Shanghai Cooperation Organisation'],
  ],
  ['an organisation that is no country group', [country('India', 'भारत', 1), org('World Bank', 'विश्व बैंक')], ['country:India']],
  ['no country at all', [org('World Bank', 'विश्व बैंक')], ['other']],
] as const)('%s', (_, entities, ids) => {
  expect(threadsOf({ entities: [...entities] }).map((t) => t.id)).toEqual(ids);
});

test('a pair is labelled in both scripts from the gazetteer forms on the card', () => {
  expect(threadsOf(entryOf(cardOf('ruDefenceHi')))[0]).toEqual({ id: 'pair:India|Russia', label: { en: 'India–Russia', hi: 'भारत–रूस' }, kind: 'pair' });
});

test('the Hindi and the English India–Russia articles land in one thread, newest first', () => {
  const groups = groupByThread(allEntries());
  expect(groups.map((g) => [g.id, g.entries.length])).toEqual([
    ['pair:India|Russia', 2],
    ['pair:India|United States', 1],
    ['group:BRICS', 1],
  ]);
  expect(groups[0]?.entries.map((e) => e.language)).toEqual(['hi', 'en']);
});

test('grouping again gives the same groups (each entry has its threads found once), and a new entry object is grouped by its own names', () => {
  const entries = allEntries();
  const first = groupByThread(entries).map((g) => [g.id, g.entries.map((e) => e.url)]);
  expect(groupByThread(entries).map((g) => [g.id, g.entries.map((e) => e.url)])).toEqual(first);
  const moved = entries.map((e) => (e.language === 'en' ? { ...e, entities: [] } : e));
  const ids = groupByThread(moved).map((g) => g.id);
  expect(ids).toContain('other');
  expect(groupByThread(entries).map((g) => g.id)).not.toContain('other');
});
