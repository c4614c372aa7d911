/** A small SVG bar chart of per-topic F1, Hindi beside English, for docs/QUALITY.md. */
import { TOPICS } from '../../engine/topics/taxonomy';
import type { TopicId } from '../../engine/types';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders grouped horizontal bars: one row per topic, one bar per series (0..1). */
export function topicF1Chart(series: { name: string; color: string; f1: Partial<Record<TopicId, number | null>> }[]): string {
  const rowH = 12 * series.length + 10;
  const left = 230;
  const width = 640;
  const barW = width - left - 60;
  const top = 40;
  const height = top + TOPICS.length * rowH + 30;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="18" font-weight="bold">Per-topic F1 on the dev sentences</text>`,
  ];
  series.forEach((s, k) => {
    out.push(`<rect x="${left + k * 120}" y="26" width="10" height="10" fill="${s.color}"/><text x="${left + 14 + k * 120}" y="35">${esc(s.name)}</text>`);
  });
  for (const x of [0, 0.5, 0.85, 1]) {
    const px = left + x * barW;
    out.push(
      `<line x1="${px}" y1="${top - 2}" x2="${px}" y2="${height - 24}" stroke="${x === 0.85 ? '#c62828' : '#ccc'}" stroke-dasharray="${x === 0.85 ? '4 3' : ''}"/><text x="${px - 8}" y="${height - 10}" fill="#555">${x}</text>`,
    );
  }
  TOPICS.forEach((t, i) => {
    const y = top + i * rowH;
    out.push(`<text x="${left - 8}" y="${y + rowH / 2 + 2}" text-anchor="end">${esc(t.label.en)}</text>`);
    series.forEach((s, k) => {
      const v = s.f1[t.id];
      const by = y + 3 + k * 12;
      if (v === null || v === undefined) {
        out.push(`<text x="${left + 4}" y="${by + 9}" fill="#999" font-size="10">no labels</text>`);
      } else {
        out.push(
          `<rect x="${left}" y="${by}" width="${(v * barW).toFixed(1)}" height="10" fill="${s.color}"/><text x="${left + v * barW + 4}" y="${by + 9}" font-size="10">${v.toFixed(2)}</text>`,
        );
      }
    });
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
