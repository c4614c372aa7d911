/** The dossier (or a filtered view of it) as Markdown notes: each line links to its sentence in the article. Pure. */
import { escapeMarkdown as md, safeUrl } from '../render/safe';
import { topicById } from '../topics/taxonomy';
import type { Bilingual } from '../types';
import type { DossierEntry } from './entry';
import { sourceOf } from './entry';
import { sentenceLink } from './fragment';

/** A thread's label and its entries to export (or, with no label, a flat list). */
export interface ExportGroup {
  label?: Bilingual;
  entries: readonly DossierEntry[];
}

/** A link target for Markdown: inside <…>, so brackets and parentheses in the address never end it. */
const target = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/** An ISO day (YYYY-MM-DD) of a time. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Markdown of one saved card: title linked, its source and date, then its lines by topic, each linked to its sentence. */
export function entryMarkdown(e: DossierEntry, level = 3): string[] {
  const url = safeUrl(e.url);
  const heading = '#'.repeat(level);
  const out = [
    `${heading} ${url ? `[${md(e.title)}](${target(url)})` : md(e.title)}`,
    '',
    `*${md(sourceOf(e))} · ${isoDay(e.date)} · ${e.language === 'hi' ? 'हिन्दी' : 'English'}*`,
    '',
  ];
  let topic: string | null = null;
  for (const line of e.lines) {
    if (line.topic !== topic) {
      if (topic !== null) out.push('');
      topic = line.topic;
      const label = line.topic === 'overview' ? { en: 'Overview', hi: 'सारांश' } : (topicById(line.topic)?.label ?? { en: line.topic, hi: line.topic });
      out.push(`**${md(label.en)} · ${md(label.hi)}**`, '');
    }
    const link = url ? sentenceLink(url, line.text) : null;
    out.push(`- ${link ? `[${md(line.text)}](${target(link)})` : md(line.text)} [${line.index}]`);
  }
  if (e.lines.length) out.push('');
  return out;
}

/** The whole export: a title, when it was made, then each group (its thread as a heading) and its cards. */
export function dossierMarkdown(groups: readonly ExportGroup[], exportedAt: number): string {
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const out = ['# Kootniti dossier · कूटनीति डोज़ियर', '', `*Exported ${isoDay(exportedAt)} · ${total} saved article${total === 1 ? '' : 's'}*`, ''];
  for (const g of groups) {
    if (g.label) out.push(`## ${md(g.label.en)} · ${md(g.label.hi)}`, '');
    for (const e of g.entries) out.push(...entryMarkdown(e, g.label ? 3 : 2));
  }
  out.push('_Each line is quoted from the article and links to it, highlighted ([n] is its sentence number)._', '');
  return out.join('\n');
}
