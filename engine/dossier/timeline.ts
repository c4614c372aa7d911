/**
 * The timeline of a thread, laid out: one row per topic, a mark per article on a time axis, and the
 * axis's ticks. Pure geometry in pixels (the page draws it as SVG); the dates are formatted by the
 * caller in the UI's language.
 */
import { TOPIC_IDS } from '../topics/taxonomy';
import type { TopicId } from '../types';
import type { DossierEntry } from './entry';

/** What the layout needs of an entry. */
export type TimelineEntry = Pick<DossierEntry, 'url' | 'title' | 'date' | 'topics' | 'language'>;

/** The sizes the chart is drawn at (pixels). */
export interface TimelineOptions {
  /** The width available; the chart is never narrower than `minWidth` (then it scrolls in its box). */
  width: number;
  minWidth?: number;
  /** Height of a row's label line and of its track of marks. */
  labelHeight?: number;
  trackHeight?: number;
  /** The marks' radius, and the least gap between two marks' centres on one lane. */
  radius?: number;
  /** Room at the left and right of the axis (a mark at either end stays whole), and for the axis below. */
  pad?: number;
  axisHeight?: number;
  /** The least room between two ticks' centres (a label like "12 Nov 2026" fits in it at 13 px). */
  tickSpacing?: number;
}

/** A mark: one article on one topic's row. */
export interface TimelineMark {
  url: string;
  title: string;
  language: 'hi' | 'en';
  date: number;
  topic: TopicId;
  x: number;
  y: number;
}

/** A topic's row: where its label sits and its track's centre line. */
export interface TimelineRow {
  topic: TopicId;
  labelY: number;
  trackY: number;
  marks: TimelineMark[];
}

/** A tick on the axis: its time, position, and the unit that says how to word it. */
export interface TimelineTick {
  time: number;
  x: number;
  unit: TickUnit;
}

/** How far apart the ticks are. */
export type TickUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The whole chart. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** The time at the axis's left and right ends. */
  from: number;
  to: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  rows: TimelineRow[];
  ticks: TimelineTick[];
}

const DAY = 86_400_000;

const DEFAULTS = { minWidth: 480, labelHeight: 22, trackHeight: 30, radius: 8, pad: 24, axisHeight: 34, tickSpacing: 96 };

/** Topics by how many of the articles cover them, most first (ties in the taxonomy's order). */
export function timelineTopics(entries: readonly TimelineEntry[]): TopicId[] {
  const counts = new Map<TopicId, number>();
  for (const e of entries) for (const t of new Set(e.topics)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const order = (t: TopicId) => TOPIC_IDS.indexOf(t);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order(a) - order(b));
}

/** UTC midnight at or before `t`. */
const dayOf = (t: number) => Math.floor(t / DAY) * DAY;

/** The first boundary of `unit` at or after `t` (UTC; weeks start on Monday), and the next after a boundary. */
function ceilTo(t: number, unit: TickUnit): number {
  const d = new Date(dayOf(t) === t ? t : dayOf(t) + DAY);
  if (unit === 'day') return d.getTime();
  if (unit === 'week') return d.getTime() + ((8 - d.getUTCDay()) % 7) * DAY;
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const start = Date.UTC(y, Math.floor(m / months) * months, 1);
  return start >= t ? start : Date.UTC(y, Math.floor(m / months) * months + months, 1);
}

function next(t: number, unit: TickUnit): number {
  if (unit === 'day') return t + DAY;
  if (unit === 'week') return t + 7 * DAY;
  const d = new Date(t);
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

const UNITS: readonly [TickUnit, number][] = [
  ['day', DAY],
  ['week', 7 * DAY],
  ['month', 30.4 * DAY],
  ['quarter', 91.3 * DAY],
  ['year', 365.25 * DAY],
];

/** Ticks on [from, to]: the finest unit whose ticks keep `spacing` pixels apart over `pixels`; years thinned past that. */
export function timeTicks(from: number, to: number, pixels: number, spacing: number): { time: number; unit: TickUnit }[] {
  const span = Math.max(to - from, DAY);
  const fit = Math.max(1, Math.floor(pixels / spacing));
  const found = UNITS.find(([, ms]) => span / ms <= fit);
  const unit: TickUnit = found ? found[0] : 'year';
  const out: { time: number; unit: TickUnit }[] = [];
  for (let t = ceilTo(from, unit); t <= to && out.length < 1000; t = next(t, unit)) out.push({ time: t, unit });
  if (out.length <= fit) return out;
  const every = Math.ceil(out.length / fit);
  return out.filter((_, i) => i % every === 0);
}

/**
 * The layout of a thread's timeline. Articles with no topic are left out (they have no row). A
 * row's marks that would overlap are set on up to three lanes across its track.
 */
export function timelineLayout(entries: readonly TimelineEntry[], options: TimelineOptions): TimelineLayout {
  const o = { ...DEFAULTS, ...options };
  const width = Math.max(Math.round(o.width), o.minWidth);
  const plotLeft = o.pad;
  const plotRight = width - o.pad;
  const dated = entries.filter((e) => Number.isFinite(e.date));
  const times = dated.map((e) => e.date);
  // One article, or all on one day: a day either side, so the marks sit in the middle.
  const lo = times.length ? Math.min(...times) : 0;
  const hi = times.length ? Math.max(...times) : DAY;
  const margin = Math.max((hi - lo) * 0.04, hi - lo < DAY ? DAY : 0);
  const from = lo - margin;
  const to = hi + margin;
  const x = (t: number) => plotLeft + ((t - from) / (to - from)) * (plotRight - plotLeft);

  const rowHeight = o.labelHeight + o.trackHeight;
  const lane = o.radius * 0.9;
  const rows: TimelineRow[] = timelineTopics(dated).map((topic, i) => {
    const top = i * rowHeight;
    const trackY = top + o.labelHeight + o.trackHeight / 2;
    const on = dated.filter((e) => e.topics.includes(topic)).sort((a, b) => a.date - b.date || (a.url < b.url ? -1 : 1));
    const lastX = [-Infinity, -Infinity, -Infinity];
    const marks = on.map((e) => {
      const mx = x(e.date);
      // Lanes: middle, above, below; the first free one, else the one freed longest ago.
      let k = lastX.findIndex((last) => mx - last >= o.radius * 2);
      if (k < 0) k = lastX.indexOf(Math.min(...lastX));
      lastX[k] = mx;
      const y = trackY + (k === 0 ? 0 : k === 1 ? -lane : lane);
      return { url: e.url, title: e.title, language: e.language, date: e.date, topic, x: round(mx), y: round(y) };
    });
    return { topic, labelY: top + o.labelHeight - 6, trackY, marks };
  });
  const axisY = rows.length * rowHeight + 6;
  const ticks = timeTicks(from, to, plotRight - plotLeft, o.tickSpacing).map((t) => ({ ...t, x: round(x(t.time)) }));
  return { width, height: axisY + o.axisHeight, from, to, plotLeft, plotRight, axisY, rows, ticks };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A mark's place in the layout: its row and its index in the row (marks run by date). */
export interface MarkAt {
  row: number;
  index: number;
}

/**
 * The mark a key moves to from `at` (roving focus, one tab stop for the chart): ←/→ the previous
 * or next article in the row, Home/End its first or last, ↑/↓ the mark nearest in time in the row
 * above or below. Null when the key moves nowhere.
 */
export function moveMark(layout: Pick<TimelineLayout, 'rows'>, at: MarkAt, key: string): MarkAt | null {
  const row = layout.rows[at.row];
  const mark = row?.marks[at.index];
  if (!row || !mark) return null;
  const last = row.marks.length - 1;
  if (key === 'ArrowRight') return at.index < last ? { row: at.row, index: at.index + 1 } : null;
  if (key === 'ArrowLeft') return at.index > 0 ? { row: at.row, index: at.index - 1 } : null;
  if (key === 'Home') return { row: at.row, index: 0 };
  if (key === 'End') return { row: at.row, index: last };
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
  const to = at.row + (key === 'ArrowUp' ? -1 : 1);
  const target = layout.rows[to];
  if (!target?.marks.length) return null;
  let best = 0;
  for (let i = 1; i < target.marks.length; i++) {
    if (Math.abs((target.marks[i] as TimelineMark).date - mark.date) < Math.abs((target.marks[best] as TimelineMark).date - mark.date)) best = i;
  }
  return { row: to, index: best };
}
