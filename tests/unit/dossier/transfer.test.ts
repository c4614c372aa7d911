/** JSON export and import: a round trip, merging by address, and hostile files refused whole. */
import { describe, expect, test } from 'vitest';
import {
  DOSSIER_JSON_TAIL,
  dossierJson,
  dossierJsonHead,
  dossierJsonTexts,
  MAX_IMPORT_CARDS,
  mergeStream,
  parseDossierFile,
  planMerge,
} from '../../../engine/dossier/transfer';
import { cardOf } from '../../support/dossier-cards';

const cards = () => [cardOf('ruDefenceEn', 1000), cardOf('ruDefenceHi', 2000), cardOf('usTradeEn', 3000)];

test('export then import gives the same cards back', () => {
  const text = dossierJson(cards(), Date.UTC(2026, 11, 2));
  expect(JSON.parse(text)).toMatchObject({ format: 'kootniti-dossier', version: 1, exportedAt: '2026-12-02T00:00:00.000Z', count: 3 });
  expect(parseDossierFile(text)).toEqual({ ok: true, cards: cards() });
  // A byte-order mark (a file saved by a Windows editor) is fine.
  expect(parseDossierFile(`\uFEFF${text}`).ok).toBe(true);
});

describe('a bad or hostile file is refused whole, with a reason', () => {
  const good = JSON.parse(dossierJson(cards(), 0));
  const file = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });
  test.each([
    ['not JSON', 'format: kootniti', 'not-json'],
    ['JSON, not a dossier', '[1,2,3]', 'not-dossier'],
    ['another format', file({ format: 'something-else' }), 'not-dossier'],
    ['no version', file({ version: 'one' }), 'not-dossier'],
    ['a newer file version', file({ version: 99 }), 'newer-version'],
    ['a card from a newer build', file({ cards: [{ ...good.cards[0], v: 2 }] }), 'newer-version'],
    ['one bad card among good ones', file({ cards: [good.cards[0], { ...good.cards[1], url: 'javascript:alert(1)' }, good.cards[2]] }), 'invalid-card'],
    [
      'a card with a huge sentence',
      file({ cards: [{ ...good.cards[0], summary: { ...good.cards[0].summary, sentences: [{ index: 0, text: 'x'.repeat(10_000), topics: [] }] } }] }),
      'invalid-card',
    ],
    ['too many cards', file({ cards: Array.from({ length: MAX_IMPORT_CARDS + 1 }, () => 0) }), 'too-many'],
    [
      'nesting deep enough to overflow a naive walker',
      `{"format":"kootniti-dossier","version":1,"cards":[${'['.repeat(5000)}${']'.repeat(5000)}]}`,
      'invalid-card',
    ],
  ])('%s', (_, text, error) => {
    const result = parseDossierFile(text);
    expect(result).toMatchObject({ ok: false, error });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  test('the bad card is named by its place in the file', () => {
    const result = parseDossierFile(file({ cards: [good.cards[0], { ...good.cards[1], savedAt: 'yesterday' }] }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Card 2: .*savedAt/) });
  });
});

test('merging by address: new cards added, a newer save replaces, an older or equal one is ignored, repeats count once', () => {
  const stored = new Map([
    [cardOf('ruDefenceEn').url, 1500], // stored later than the file's copy (1000)
    [cardOf('ruDefenceHi').url, 1500], // stored earlier than the file's copy (2000)
  ]);
  const incoming = [...cards(), cardOf('usTradeEn', 2500), cardOf('bricsEn', 10)];
  const plan = planMerge(stored, incoming);
  expect(plan.put.map((c) => [c.url.split('/').pop(), c.savedAt])).toEqual([
    ['bharat-roos-raksha', 2000],
    ['india-us-trade', 3000],
    ['brics-summit', 10],
  ]);
  expect(plan).toMatchObject({ added: 2, updated: 1, unchanged: 2 });
});

/** The store after writing `cards` in order: the last write per address wins. */
const written = (stored: Map<string, number>, cards: readonly { url: string; savedAt: number }[]) => {
  const out = new Map(stored);
  for (const c of cards) out.set(c.url, c.savedAt);
  return out;
};

test.each([
  ['new, newer, older, equal and repeated cards', [1500, 1500], [1000, 2000, 3000, 2500, 10]],
  ['a repeat newer than the first copy, after it', [], [1000, 2000, 3000, 4000]],
  ['equal repeats: the first is kept', [], [5, 5, 5]],
  ['nothing stored, nothing repeated', [], [1, 2]],
])('merging while reading leaves the store as planMerge would: %s', (_, storedTimes, times) => {
  const names = ['ruDefenceEn', 'ruDefenceHi', 'usTradeEn', 'bricsEn'] as const;
  // Cards cycle over three addresses, so later ones repeat earlier ones.
  const incoming = times.map((t, i) => cardOf(names[i % 3]!, t));
  const stored = new Map(storedTimes.map((t, i) => [cardOf(names[i]!).url, t]));
  const take = mergeStream(stored);
  expect(written(stored, incoming.filter(take))).toEqual(written(stored, planMerge(stored, incoming).put));
});

test('the export written in parts is the same file as written at once (and as JSON.stringify of it)', () => {
  const list = cards();
  const whole = dossierJson(list, Date.UTC(2026, 11, 2));
  const parts = [dossierJsonHead(list.length, Date.UTC(2026, 11, 2))];
  for (let from = 0; from < list.length; from += 2)
    parts.push(
      dossierJsonTexts(
        list.map((c) => JSON.stringify(c)),
        from,
        from + 2,
      ),
    );
  expect([...parts, DOSSIER_JSON_TAIL].join('')).toBe(whole);
  expect(whole).toBe(JSON.stringify({ format: 'kootniti-dossier', version: 1, exportedAt: '2026-12-02T00:00:00.000Z', count: list.length, cards: list }));
  expect(dossierJson([], 0)).toBe(JSON.stringify({ format: 'kootniti-dossier', version: 1, exportedAt: new Date(0).toISOString(), count: 0, cards: [] }));
});
