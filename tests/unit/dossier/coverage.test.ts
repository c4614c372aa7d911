/** "Earlier coverage" from the summary record: the card's pair and main topic, without its own saved page. */
import { expect, test } from 'vitest';
import { coverageOf } from '../../../engine/dossier/coverage';
import { entryOf } from '../../../engine/dossier/entry';
import { summaryOf } from '../../../engine/dossier/summary';
import { cardOf } from '../../support/dossier-cards';

const mainTopic = (name: 'ruDefenceEn' | 'ruDefenceHi') => [...cardOf(name).summary.sections].sort((a, b) => b.share - a.share)[0]?.topic;

test('a card about India–Russia defence counts the other saved India–Russia defence card', () => {
  const en = cardOf('ruDefenceEn');
  expect(mainTopic('ruDefenceEn')).toBe('defence');
  const counts = summaryOf([cardOf('ruDefenceEn'), cardOf('ruDefenceHi'), cardOf('usTradeEn')].map((c) => entryOf(c)));
  // Its own page is saved: the one other card.
  expect(coverageOf(en.summary, counts, true)).toEqual({
    thread: 'pair:India|Russia',
    label: { en: 'India–Russia', hi: 'भारत–रूस' },
    topic: 'defence',
    topicLabel: { en: 'Defence', hi: 'रक्षा' },
    count: 1,
  });
  // Not saved yet: both saved cards are earlier coverage.
  expect(coverageOf(en.summary, counts, false)?.count).toBe(2);
});

test('nothing to show: no other card on the thread and topic, or no thread at all', () => {
  const en = cardOf('ruDefenceEn');
  expect(coverageOf(en.summary, summaryOf([entryOf(en)]), true)).toBeNull();
  expect(coverageOf(en.summary, summaryOf([entryOf(cardOf('usTradeEn'))]), false)).toBeNull();
  expect(coverageOf({ entities: [], sections: en.summary.sections }, summaryOf([entryOf(en)]), false)).toBeNull();
});
