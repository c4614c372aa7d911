/** The saved-card record: validated on every read, migrated from older versions, hostile values refused. */
import { describe, expect, test } from 'vitest';
import { canonicalUrl, makeSavedCard, migrateRecord, parseSavedCard, RECORD_MIGRATIONS, RECORD_VERSION } from '../../../engine/dossier/record';
import { cardOf } from '../../support/dossier-cards';

const card = () => structuredClone(cardOf('ruDefenceHi'));

test('a saved card reads back as it was written (after a JSON round trip)', () => {
  const c = card();
  const parsed = parseSavedCard(JSON.parse(JSON.stringify(c)));
  expect(parsed).toEqual({ ok: true, card: c });
});

test('the address is the key: its fragment is dropped, only http(s) is saved', () => {
  expect(cardOf('ruDefenceEn').url).toBe('https://news.example/world/india-russia-defence?id=1');
  expect(canonicalUrl('javascript:alert(1)')).toBeNull();
  expect(() => makeSavedCard(card().summary, 'file:///etc/passwd', 1)).toThrow(/http/);
});

describe('hostile or broken values are refused with a reason', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the cases break a valid record on purpose, in every way its type forbids.
  const cases: [string, (c: Record<string, any>) => unknown, RegExp][] = [
    ['not an object', () => 'card', /not an object/],
    ['no version', (c) => ({ ...c, v: undefined }), /no version/],
    ['a version from the future', (c) => ({ ...c, v: RECORD_VERSION + 1 }), /newer version/],
    ['a javascript: address', (c) => ({ ...c, url: 'javascript:alert(1)' }), /at url/],
    ['a title of a megabyte', (c) => ({ ...c, summary: { ...c.summary, title: 'x'.repeat(1_000_000) } }), /at summary\.title/],
    [
      'an unknown topic',
      (c) => ({ ...c, summary: { ...c.summary, sections: [{ ...c.summary.sections[0], topic: 'cooking' }] } }),
      /summary\.sections\.0\.topic/,
    ],
    [
      'a sentence that is a number',
      (c) => ({ ...c, summary: { ...c.summary, sentences: [{ index: 0, text: 5, topics: [] }] } }),
      /summary\.sentences\.0\.text/,
    ],
    ['a negative save time', (c) => ({ ...c, savedAt: -5 }), /savedAt/],
  ];
  test.each(cases)('%s', (_, mangle, why) => {
    const parsed = parseSavedCard(mangle(card()));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(why);
  });
});

test('__proto__ keys in a translations record do not reach any prototype', () => {
  const c = JSON.parse(
    `{"v":1,"url":"https://a.example/","savedAt":1,"summary":${JSON.stringify(card().summary)},"translations":{"source":"x","lines":{"__proto__":{"polluted":"yes"},"3":"three"}}}`,
  );
  const parsed = parseSavedCard(c);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (parsed.ok) expect(Object.getPrototypeOf(parsed.card.translations?.lines)).toBe(Object.prototype);
});

describe('migrations run from the stored version up, one step at a time', () => {
  // Made-up versions 2 and 3 (the format is at 1): the mechanism the next real version will use.
  const migrations = {
    2: (old: Record<string, unknown>) => ({ ...old, steps: [...((old.steps as number[]) ?? []), 2], savedAt: undefined, saved: old.savedAt }),
    3: (old: Record<string, unknown>) => ({ ...old, steps: [...((old.steps as number[]) ?? []), 3] }),
  };

  test.each([
    [1, [2, 3]],
    [2, [3]],
    [3, []],
  ])('a version %i record runs migrations %j and ends at version 3', (from, steps) => {
    const result = migrateRecord({ v: from, savedAt: 5 }, migrations, 3);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.record).toMatchObject({ v: 3, ...(steps.length ? { steps } : {}) });
  });

  test('a newer record is refused, a missing migration is an error, and a version must be a whole number from 1', () => {
    expect(migrateRecord({ v: 4 }, migrations, 3)).toMatchObject({ ok: false, error: 'newer-version' });
    expect(migrateRecord({ v: 1 }, {}, 2)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/No migration to record version 2/) });
    for (const v of [0, -1e9, 1.5, '1', null]) expect(migrateRecord({ v }, migrations, 3)).toMatchObject({ ok: false, error: 'not-record' });
  });

  test('the current version needs no migration: the table is empty and every version up to it has one', () => {
    for (let n = 2; n <= RECORD_VERSION; n++) expect(RECORD_MIGRATIONS[n], `RECORD_MIGRATIONS[${n}]`).toBeTypeOf('function');
    expect(
      Object.keys(RECORD_MIGRATIONS)
        .map(Number)
        .every((n) => n >= 2 && n <= RECORD_VERSION),
    ).toBe(true);
  });
});
