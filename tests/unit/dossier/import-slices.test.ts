/** An import file made ready to store a slice at a time: the same texts and entries as the store makes from the cards, and a refusal as the last step. */
import { expect, test } from 'vitest';
import { entryOf } from '../../../engine/dossier/entry';
import { cardSlice, type ImportStep, importSteps, isImportStep } from '../../../engine/dossier/import-slices';
import { RECORD_VERSION } from '../../../engine/dossier/record';
import { dossierJson } from '../../../engine/dossier/transfer';
import { cardOf } from '../../support/dossier-cards';

const cards = [cardOf('ruDefenceEn'), cardOf('ruDefenceHi'), cardOf('usTradeEn')];
const file = (values: unknown[]) => JSON.stringify({ format: 'kootniti-dossier', version: 1, cards: values });

test("each slice holds its cards' texts and entries, as the store would make them", () => {
  const steps = [...importSteps(dossierJson(cards, 0), 2)];
  expect(steps).toEqual([
    { from: 0, total: 3, slice: { texts: cards.slice(0, 2).map((c) => JSON.stringify(c)), entries: cards.slice(0, 2).map((c) => entryOf(c)) } },
    { from: 2, total: 3, slice: { texts: [JSON.stringify(cards[2])], entries: [entryOf(cards[2]!)] } },
  ]);
  expect(steps.every(isImportStep)).toBe(true);
  expect(cardSlice(cards)).toEqual({ texts: cards.map((c) => JSON.stringify(c)), entries: cards.map((c) => entryOf(c)) });
});

test('a start takes over from that slice on (a worker that stopped)', () => {
  expect([...importSteps(dossierJson(cards, 0), 2, 2)].map((s) => ('from' in s ? s.from : -1))).toEqual([2]);
});

test.each([
  ['not JSON', '{', 'not-json'],
  ['not a dossier', '{"cards": []}', 'not-dossier'],
  ['a bad second slice', file([cards[0], cards[1], { ...cards[2], url: 'javascript:alert(1)' }]), 'invalid-card'],
  ['a newer card', file([{ ...cards[0], v: RECORD_VERSION + 1 }]), 'newer-version'],
])('a file that is %s: the slices before it, then the refusal, and nothing after', (_, text, error) => {
  const steps: ImportStep[] = [...importSteps(text, 2)];
  const last = steps.at(-1);
  expect(last && 'refused' in last ? last.refused.error : null).toBe(error);
  expect(steps.slice(0, -1).every((s) => 'slice' in s)).toBe(true);
});

test.each([
  ['nothing', null],
  ['texts and entries of different lengths', { from: 0, total: 1, slice: { texts: ['a'], entries: [] } }],
  ['a text that is not a string', { from: 0, total: 1, slice: { texts: [1], entries: [{}] } }],
  ['a refusal without a reason', { refused: { error: 'not-json' } }],
])('a message that is %s is not a step', (_, message) => {
  expect(isImportStep(message)).toBe(false);
});
