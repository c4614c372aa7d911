/** The timeline's layout: rows per topic, a mark per article on the time scale, lanes, and ticks. */
import { expect, test } from 'vitest';
import { entryOf } from '../../../engine/dossier/entry';
import { moveMark, type TimelineEntry, timelineLayout, timelineTopics, timeTicks } from '../../../engine/dossier/timeline';
import { cardOf } from '../../support/dossier-cards';

const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
const entry = (url: string, day: string, topics: TimelineEntry['topics']): TimelineEntry => ({
  url: `https://x.example/${url}`,
  title: url,
  date: at(day),
  topics,
  language: 'en',
});

test('rows: the topics most articles cover first, ties in the taxonomy order', () => {
  const list = [entry('a', '2026-01-01', ['trade', 'energy']), entry('b', '2026-02-01', ['energy', 'defence']), entry('c', '2026-03-01', ['trade'])];
  expect(timelineTopics(list)).toEqual(['trade', 'energy', 'defence']);
});

test('a mark per article on each of its topics, placed by date, the earliest at the left edge', () => {
  const list = [entry('a', '2026-01-01', ['trade', 'energy']), entry('b', '2026-01-31', ['energy']), entry('c', '2026-03-02', ['trade'])];
  const layout = timelineLayout(list, { width: 800 });
  expect(layout.width).toBe(800);
  const marks = Object.fromEntries(layout.rows.map((r) => [r.topic, r.marks.map((m) => m.title)]));
  expect(marks).toEqual({ trade: ['a', 'c'], energy: ['a', 'b'] });
  const xs = new Map(layout.rows.flatMap((r) => r.marks.map((m) => [m.title, m.x] as const)));
  // Time is linear: 30 days a to b, 60 days a to c.
  const ab = (xs.get('b') ?? 0) - (xs.get('a') ?? 0);
  const ac = (xs.get('c') ?? 0) - (xs.get('a') ?? 0);
  expect(ac / ab).toBeCloseTo(2, 1);
  expect(Math.min(...xs.values())).toBeGreaterThan(layout.plotLeft);
  expect(Math.max(...xs.values())).toBeLessThan(layout.plotRight);
  // Rows go down the chart, the axis below them.
  expect(layout.rows[1]!.trackY).toBeGreaterThan(layout.rows[0]!.trackY);
  expect(layout.axisY).toBeGreaterThan(layout.rows[1]!.trackY);
  expect(layout.height).toBeGreaterThan(layout.axisY);
});

test('never narrower than its minimum: a 320 px screen scrolls the chart, not the page', () => {
  expect(timelineLayout([entry('a', '2026-01-01', ['trade'])], { width: 288 }).width).toBe(480);
});

test('one article alone sits in the middle of the axis', () => {
  const layout = timelineLayout([entry('a', '2026-01-01', ['trade'])], { width: 600 });
  expect(layout.rows[0]!.marks[0]!.x).toBeCloseTo(300, 0);
});

test('marks that would overlap go to other lanes of the row', () => {
  const list = [
    entry('a', '2026-05-01', ['trade']),
    entry('b', '2026-05-01', ['trade']),
    entry('c', '2026-05-01', ['trade']),
    entry('d', '2027-05-01', ['trade']),
  ];
  const [row] = timelineLayout(list, { width: 600 }).rows;
  const ys = row!.marks.map((m) => m.y);
  expect(new Set(ys.slice(0, 3)).size).toBe(3);
  expect(ys[3]).toBe(row!.trackY);
});

test.each([
  ['a week: days', '2026-03-02', '2026-03-08', 800, 'day', 6],
  ['two months at 1000 px: weeks', '2026-03-02', '2026-05-01', 1000, 'week', 8],
  ['two months at 800 px: months', '2026-03-02', '2026-05-01', 800, 'month', 2],
  ['a year at 1200 px: months', '2026-01-01', '2026-12-31', 1200, 'month', 11],
  ['a year at 400 px: quarters', '2026-01-01', '2026-12-31', 400, 'quarter', 3],
  ['twelve years at 480 px: every third year', '2014-06-01', '2026-06-01', 480, 'year', 4],
] as const)('ticks: %s', (_, a, b, px, unit, n) => {
  const ticks = timeTicks(at(a), at(b), px, 96);
  expect(ticks.every((t) => t.unit === unit)).toBe(true);
  expect(ticks).toHaveLength(n);
  expect(ticks.length).toBeLessThanOrEqual(Math.floor(px / 96));
  for (const t of ticks) expect(t.time).toBeGreaterThanOrEqual(at(a));
  // Ticks fall on UTC midnights, months and quarters on the first.
  for (const t of ticks) expect(new Date(t.time).getUTCHours()).toBe(0);
  if (unit === 'month' || unit === 'quarter') for (const t of ticks) expect(new Date(t.time).getUTCDate()).toBe(1);
  if (unit === 'week') for (const t of ticks) expect(new Date(t.time).getUTCDay()).toBe(1);
});

test('the India–Russia thread of real cards: defence row with both articles', () => {
  const entries = [entryOf(cardOf('ruDefenceEn')), entryOf(cardOf('ruDefenceHi'))];
  const layout = timelineLayout(entries, { width: 700 });
  const defence = layout.rows.find((r) => r.topic === 'defence');
  expect(defence?.marks.map((m) => m.language)).toEqual(['en', 'hi']); // 5 Oct, then 12 Nov
  for (const r of layout.rows) for (const m of r.marks) expect(entries.find((e) => e.url === m.url)?.topics).toContain(r.topic);
  for (const t of layout.ticks) expect(t.x).toBeGreaterThanOrEqual(layout.plotLeft);
});

test.each([
  ['→ the next article in the row', { row: 0, index: 0 }, 'ArrowRight', { row: 0, index: 1 }],
  ['→ at the row end: nowhere', { row: 0, index: 2 }, 'ArrowRight', null],
  ['← the previous', { row: 0, index: 2 }, 'ArrowLeft', { row: 0, index: 1 }],
  ['← at the start: nowhere', { row: 0, index: 0 }, 'ArrowLeft', null],
  ['End, Home', { row: 0, index: 1 }, 'End', { row: 0, index: 2 }],
  ['↓ the nearest in time in the row below', { row: 0, index: 2 }, 'ArrowDown', { row: 1, index: 1 }],
  ['↑ back up, nearest in time', { row: 1, index: 0 }, 'ArrowUp', { row: 0, index: 0 }],
  ['↑ from the top row: nowhere', { row: 0, index: 1 }, 'ArrowUp', null],
  ['another key: nowhere', { row: 0, index: 1 }, 'a', null],
] as const)('keys: %s', (_, from, key, to) => {
  const list = [entry('a', '2026-01-01', ['trade', 'energy']), entry('b', '2026-03-01', ['trade']), entry('c', '2026-06-01', ['trade', 'energy'])];
  const layout = timelineLayout(list, { width: 600 });
  expect(layout.rows.map((r) => r.topic)).toEqual(['trade', 'energy']);
  expect(moveMark(layout, from, key)).toEqual(to);
});
