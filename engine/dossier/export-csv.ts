/**
 * The dossier as CSV: one row per card line (sentence) with its topic and source. RFC 4180
 * (every field quoted, quotes doubled, CRLF line ends) and safe to open in a spreadsheet: a field
 * that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return)
 * gets a leading apostrophe. Pure.
 */
import { stripControls } from '../render/safe';
import { topicById } from '../topics/taxonomy';
import { type DossierEntry, sourceOf } from './entry';
import { isoDay } from './export-md';
import { sentenceLink } from './fragment';

/** The header row. */
export const CSV_COLUMNS = ['date', 'source', 'language', 'title', 'url', 'topic', 'topic_en', 'topic_hi', 'sentence_number', 'sentence', 'link'] as const;

/** One field: formula-safe, then quoted with its quotes doubled. */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : stripControls(value).replace(/\r\n?|\n/g, ' ');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The CSV text: a byte-order mark (so spreadsheets read UTF-8 Devanagari), the header, then a row per line. */
export function dossierCsv(entries: readonly DossierEntry[]): string {
  const rows: string[] = [CSV_COLUMNS.map(csvField).join(',')];
  for (const e of entries) {
    for (const line of e.lines) {
      const label = line.topic === 'overview' ? { en: 'Overview', hi: 'सारांश' } : (topicById(line.topic)?.label ?? { en: line.topic, hi: line.topic });
      const row = [
        isoDay(e.date),
        sourceOf(e),
        e.language,
        e.title,
        e.url,
        line.topic,
        label.en,
        label.hi,
        line.index,
        line.text,
        sentenceLink(e.url, line.text) ?? '',
      ];
      rows.push(row.map(csvField).join(','));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
