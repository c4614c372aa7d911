// @vitest-environment happy-dom
/** The thread's timeline: rows per topic labelled in both languages, a focusable link per article, ticks in the UI language. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Timeline } from '../../../components/dossier/Timeline';
import { entryOf } from '../../../engine/dossier/entry';
import type { TimelineEntry } from '../../../engine/dossier/timeline';
import { cardOf } from '../../support/dossier-cards';
import { renderWithI18n } from './render';

afterEach(cleanup);

const thread = () => [entryOf(cardOf('ruDefenceEn')), entryOf(cardOf('ruDefenceHi'))];
const rows = () => screen.getAllByTestId('timeline-row');

test('a row per topic with a bilingual label, and a mark per article on it, each a link named by title and date', () => {
  const entries = thread();
  renderWithI18n(<Timeline entries={entries} />);
  const topics = rows().map((r) => r.getAttribute('data-topic'));
  expect(new Set(topics)).toEqual(new Set(entries.flatMap((e) => e.topics)));
  const defence = rows().find((r) => r.getAttribute('data-topic') === 'defence');
  expect(defence?.querySelector('text')?.textContent).toBe('Defence · रक्षा (2)');
  const marks = [...(defence?.querySelectorAll('[data-testid="timeline-mark"]') ?? [])];
  expect(marks.map((m) => m.getAttribute('href'))).toEqual([entries[0]!.url, entries[1]!.url]);
  expect(marks[0]?.getAttribute('aria-label')).toBe('India and Russia agree to expand defence cooperation, 5 Oct 2026');
  expect(marks[0]?.querySelector('title')?.textContent).toBe(marks[0]?.getAttribute('aria-label'));
  // Links are keyboard-operable by nature: focus names the article below the chart.
  fireEvent.focus(marks[1]!);
  expect(screen.getByTestId('timeline-tip').textContent).toBe('भारत और रूस रक्षा सहयोग बढ़ाने पर सहमत, 12 Nov 2026');
  // Every mark of every row is one of the thread's articles on that row's topic.
  for (const r of rows()) {
    for (const m of r.querySelectorAll('[data-testid="timeline-mark"]')) {
      expect(entries.find((e) => e.url === m.getAttribute('href'))?.topics).toContain(r.getAttribute('data-topic'));
    }
  }
});

test('Hindi UI: labels lead with Hindi, dates and ticks in Hindi', () => {
  renderWithI18n(<Timeline entries={thread()} />, 'hi');
  expect(screen.getByRole('heading').textContent).toBe('समयरेखा');
  const defence = rows().find((r) => r.getAttribute('data-topic') === 'defence');
  expect(defence?.querySelector('text')?.textContent).toBe('रक्षा · Defence (2)');
  const mark = defence?.querySelector('[data-testid="timeline-mark"]');
  expect(mark?.getAttribute('aria-label')).toBe(
    `India and Russia agree to expand defence cooperation, ${new Intl.DateTimeFormat('hi-IN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse('2026-10-05T09:00:00Z'))}`,
  );
  const ticks = [...screen.getByTestId('timeline-svg').querySelectorAll('.timeline-tick text')].map((t) => t.textContent ?? '');
  expect(ticks.length).toBeGreaterThan(0);
  expect(ticks.some((t) => /[\u0900-\u097F]/.test(t))).toBe(true); // month names in Devanagari
});

test('text is never under 13 px, and the chart keeps a readable width (it scrolls in its box)', () => {
  renderWithI18n(<Timeline entries={thread()} />);
  const svg = screen.getByTestId('timeline-svg');
  expect(Number(svg.getAttribute('width'))).toBeGreaterThanOrEqual(480);
  expect(svg.parentElement?.className).toBe('timeline-scroll');
  // Sizes are set in timeline.css: 14 px labels, 13 px ticks; no text carries a smaller size of its own.
  for (const text of svg.querySelectorAll('text')) expect(text.getAttribute('font-size')).toBeNull();
});

test('nothing is drawn for a thread whose articles have no topics', () => {
  const bare: TimelineEntry = { url: 'https://x.example/a', title: 'A', date: 0, topics: [], language: 'en' };
  renderWithI18n(<Timeline entries={[bare]} />);
  expect(screen.queryByTestId('timeline')).toBeNull();
});

test('one tab stop for the chart; arrow keys move the focus between articles and rows', () => {
  const entries = thread();
  renderWithI18n(<Timeline entries={entries} />);
  const marks = () => screen.getAllByTestId('timeline-mark');
  expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  const first = marks()[0]!;
  first.focus();
  fireEvent.keyDown(first, { key: 'ArrowRight' });
  const second = document.activeElement as Element;
  expect(second.getAttribute('data-at')).toBe('0:1');
  expect(second.getAttribute('href')).toBe(entries[1]!.url); // the Hindi article, later
  expect(screen.getByTestId('timeline-tip').textContent).toMatch(/^भारत और रूस/);
  // The tab stop follows the focus.
  expect(
    marks()
      .filter((m) => m.getAttribute('tabindex') === '0')
      .map((m) => m.getAttribute('data-at')),
  ).toEqual(['0:1']);
  fireEvent.keyDown(second, { key: 'ArrowDown' });
  expect((document.activeElement as Element).getAttribute('data-at')).toMatch(/^1:/);
  fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
  expect((document.activeElement as Element).getAttribute('data-at')).toMatch(/^0:/);
});
