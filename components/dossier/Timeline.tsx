/**
 * A thread's timeline as inline SVG: one row per topic (labelled in both languages), a mark per
 * article on a time axis. Each mark is a link to its article, focusable, named by its title and
 * date; the one under the pointer or focus is also named below the chart. The chart keeps a
 * readable width and scrolls inside its box on a narrow screen. Layout: engine/dossier/timeline.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type MarkAt, moveMark, type TickUnit, type TimelineEntry, type TimelineMark, timelineLayout } from '../../engine/dossier/timeline';
import { topicById } from '../../engine/topics/taxonomy';
import { useI18n } from '../i18n';
import { topicColor } from '../lib/topicColors';
import './timeline.css';

/** Tick labels by unit: "5 Oct", "Oct 2026", "2026". */
const TICK_FORMAT: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short' },
  week: { day: 'numeric', month: 'short' },
  month: { month: 'short', year: 'numeric' },
  quarter: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

/** The width the chart is laid out at before its box is measured (and where nothing measures, as in tests). */
const FALLBACK_WIDTH = 720;

/** The box's width, followed as it changes. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => el.clientWidth > 0 && setWidth(el.clientWidth);
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Props: the thread's entries (any order). */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, lang } = useI18n();
  const [box, width] = useWidth();
  const [active, setActive] = useState<TimelineMark | null>(null);
  const [stop, setStop] = useState<MarkAt>({ row: 0, index: 0 });
  const svg = useRef<SVGSVGElement>(null);
  const layout = useMemo(() => timelineLayout(entries, { width }), [entries, width]);
  // One tab stop for the chart (roving focus): the last mark focused, else the first.
  const tabStop = layout.rows[stop.row]?.marks[stop.index] ? stop : { row: 0, index: 0 };
  const onKey = (e: KeyboardEvent) => {
    const to = moveMark(layout, tabStop, e.key);
    if (!to) return;
    e.preventDefault();
    setStop(to);
    svg.current?.querySelector<SVGAElement>(`[data-at="${to.row}:${to.index}"]`)?.focus();
  };
  const locale = lang === 'hi' ? 'hi-IN' : 'en-GB';
  const day = useMemo(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), [locale]);
  if (!layout.rows.length) return null;
  const name = (m: TimelineMark) => t('dossier.timeline.mark', { title: m.title, date: day.format(m.date) });
  const label = (topic: string) => {
    const l = topicById(topic)?.label;
    return l ? (lang === 'hi' ? `${l.hi} · ${l.en}` : `${l.en} · ${l.hi}`) : topic;
  };
  return (
    <section class="timeline" data-testid="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('dossier.timeline.heading')}</h2>
      <p class="hint">{t('dossier.timeline.hint', { from: day.format(layout.from), to: day.format(layout.to) })}</p>
      <div class="timeline-scroll" ref={box}>
        <svg
          ref={svg}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          aria-labelledby="timeline-heading"
          data-testid="timeline-svg"
        >
          <title>{t('dossier.timeline.heading')}</title>
          {layout.ticks.map((tick) => (
            <g key={tick.time} class="timeline-tick">
              <line x1={tick.x} x2={tick.x} y1={0} y2={layout.axisY} />
              <text x={tick.x} y={layout.axisY + 20} text-anchor="middle">
                {new Intl.DateTimeFormat(locale, { ...TICK_FORMAT[tick.unit], timeZone: 'UTC' }).format(tick.time)}
              </text>
            </g>
          ))}
          <line class="timeline-axis" x1={layout.plotLeft} x2={layout.plotRight} y1={layout.axisY} y2={layout.axisY} />
          {layout.rows.map((row, r) => (
            <g key={row.topic} data-testid="timeline-row" data-topic={row.topic}>
              <text class="timeline-label" x={4} y={row.labelY}>
                {label(row.topic)} ({row.marks.length})
              </text>
              <line class="timeline-track" x1={layout.plotLeft} x2={layout.plotRight} y1={row.trackY} y2={row.trackY} stroke={topicColor(row.topic)} />
              {row.marks.map((m, i) => (
                <a
                  key={m.url}
                  data-at={`${r}:${i}`}
                  onKeyDown={onKey}
                  tabindex={r === tabStop.row && i === tabStop.index ? 0 : -1}
                  href={m.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={name(m)}
                  data-testid="timeline-mark"
                  data-url={m.url}
                  onFocus={() => {
                    setActive(m);
                    setStop({ row: r, index: i });
                  }}
                  onMouseEnter={() => setActive(m)}
                >
                  <title>{name(m)}</title>
                  <circle cx={m.x} cy={m.y} r={12} class="timeline-hit" />
                  <circle cx={m.x} cy={m.y} r={8} fill={topicColor(row.topic)} class={`timeline-mark${active === m ? ' active' : ''}`} />
                  {m.language === 'hi' && <circle cx={m.x} cy={m.y} r={3} class="timeline-hi" />}
                </a>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <p class="timeline-tip" data-testid="timeline-tip" lang={active?.language}>
        {active ? name(active) : t('dossier.timeline.tipHint')}
      </p>
    </section>
  );
}
