/**
 * The fast card check says yes only when the full schema does, with the same card: real cards
 * pass it, and thousands of seeded mutations of them (a wrong type, a missing or extra key, an
 * over-long string, a bad number, a foreign address) are either refused by both or accepted by
 * both with equal output.
 */
import { expect, test } from 'vitest';
import { LIMITS, parseSavedCard, type SavedCard } from '../../../engine/dossier/record';
import { isCurrentCard, readSavedCard } from '../../../engine/dossier/record-fast';
import { ARTICLES, type ArticleName, cardOf } from '../../support/dossier-cards';
import { seededRandom } from '../../support/seeded';

const cards = (): SavedCard[] => {
  const list = (Object.keys(ARTICLES) as ArticleName[]).map((name) => cardOf(name));
  return [...list, { ...list[0]!, translations: { lines: { '0': 'अनुवाद', title: 'शीर्षक' }, source: 'on-device' } }];
};

/** Every (container, key) inside a value. */
function slots(x: unknown, out: [Record<string | number, unknown>, string | number][] = []) {
  if (typeof x !== 'object' || x === null) return out;
  for (const [k, v] of Object.entries(x)) {
    out.push([x as Record<string, unknown>, Array.isArray(x) ? Number(k) : k]);
    slots(v, out);
  }
  return out;
}

const ODD_VALUES: unknown[] = [
  null,
  undefined,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2,
  '',
  'x'.repeat(LIMITS.text + 1),
  'x'.repeat(LIMITS.field + 1),
  'javascript:alert(1)',
  'https://a.example/p#frag',
  true,
  [],
  {},
  ['economy'],
  'not-a-topic',
  'country',
];

test('real cards pass the fast check as they are', () => {
  for (const card of cards()) {
    expect(isCurrentCard(card)).toBe(true);
    expect(parseSavedCard(card)).toEqual({ ok: true, card });
  }
});

test('on 3,000 seeded mutations it agrees with the schema whenever it accepts', () => {
  const rand = seededRandom(12);
  const base = cards();
  let refused = 0;
  for (let i = 0; i < 3000; i++) {
    const card = structuredClone(base[i % base.length]) as unknown as Record<string, unknown>;
    const all = slots(card);
    const [holder, key] = all[Math.floor(rand() * all.length)]!;
    const what = rand();
    if (what < 0.15) delete holder[key];
    else if (what < 0.3) (holder as Record<string, unknown>)[`extra${i % 3}`] = 1;
    else holder[key] = ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
    const fast = isCurrentCard(card);
    const full = parseSavedCard(card);
    if (fast) expect(full).toEqual({ ok: true, card });
    else refused++;
    expect(readSavedCard(card).ok).toBe(full.ok);
  }
  // The mutations mostly break the card: the fast path did refuse (and the schema decided).
  expect(refused).toBeGreaterThan(2000);
});
