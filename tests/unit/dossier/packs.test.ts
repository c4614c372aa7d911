/** Packs of saved cards read back defensively: entries that do not line up are made again, cards leave a pack by address. */
import { expect, test } from 'vitest';
import { entryOf } from '../../../engine/dossier/entry';
import { cardOfText, cardsIn, checkEntries, entryOfStored, packOf, readPack, textOf, withoutUrls } from '../../../engine/dossier/packs';
import { cardOf } from '../../support/dossier-cards';

const cards = [cardOf('ruDefenceEn'), cardOf('ruDefenceHi'), cardOf('usTradeEn')];
const entries = cards.map((c) => entryOf(c));
const urls = cards.map((c) => c.url);
const texts = cards.map((c) => JSON.stringify(c));

test('a pack is stored as two records in the same order, each card as its JSON text, and read back unchanged', () => {
  const pack = packOf(cards, entries);
  expect(pack.cards).toEqual({ v: 1, urls, texts });
  expect(pack.entries).toEqual({ v: 1, entries });
  expect(readPack(pack.cards, pack.entries)).toEqual({ urls, texts, entries });
  expect(pack.cards.texts.map(cardOfText)).toEqual(cards);
});

test.each([
  ['missing', undefined],
  ['not a list', { v: 1, entries: 'x' }],
  ['shorter than the cards', { v: 1, entries: entries.slice(1) }],
])('entries that are %s are made again from the cards', (_, stored) => {
  // Each entry made from its card: what was stored is not what comes back.
  expect(readPack({ v: 1, urls, texts }, stored).entries).toEqual(entries);
});

test.each([
  ['missing', null],
  ['lists of different lengths', { v: 1, urls, texts: texts.slice(1) }],
  ['a text that is not a string', { v: 1, urls: urls.slice(0, 1), texts: [cards[0]] }],
  ['an address that is not a string', { v: 1, urls: [7], texts: texts.slice(0, 1) }],
])('a card pack that is %s reads as no cards', (_, value) => {
  expect(cardsIn(value)).toEqual({ urls: [], texts: [] });
});

test('a card that is not JSON or does not validate has no entry; what JSON cannot write is stored as null', () => {
  expect(readPack({ v: 1, urls: ['https://x.example/', null], texts: ['{"url":"https://x.example/"}', '{broken'] }, undefined).entries).toEqual([null, null]);
  expect(cardOfText('{broken')).toBeNull();
  expect(textOf(10n)).toBe('null');
  expect(entryOfStored({ url: 7 })).toBeNull();
  expect(entryOfStored(cards[0])).toEqual(entries[0]);
  expect(packOf([{ junk: true }], [null]).cards).toEqual({ v: 1, urls: [null], texts: ['{"junk":true}'] });
});

test('cards leave a pack by address, their entries handed back to be counted out', () => {
  const pack = { urls: [...urls, null], texts: [...texts, '{"junk":true}'], entries: [...entries, null] };
  const { kept, gone } = withoutUrls(pack, new Set([cards[1]!.url, 'https://not.stored/']));
  expect(kept).toEqual({ urls: [urls[0], urls[2], null], texts: [texts[0], texts[2], '{"junk":true}'], entries: [entries[0], entries[2], null] });
  expect(gone).toEqual([entries[1]]);
});

test('checking entries: the valid ones, the invalid cards (null) counted, a damaged entry marks the pack stale', () => {
  expect(checkEntries([entries[0], null, entries[2]])).toEqual({ entries: [entries[0], entries[2]], invalid: 1, stale: false });
  expect(checkEntries([entries[0], { ...entries[1], date: 'soon' }]).stale).toBe(true);
});
