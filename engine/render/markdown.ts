/** The card as Markdown (for the CLI's --markdown and the popup's "copy as Markdown"). */
import type { Summary } from '../summary/types';
import type { Lang } from '../types';
import { type CopiedTranslations, languageName, pairInOrder, shareLabel } from './labels';

/**
 * Renders a summary as Markdown; headings, key terms and names lead with `lead` (the card's leading
 * language, by default the article's); translations, when given, under their lines.
 */
export function toMarkdown(s: Summary, translations?: CopiedTranslations, lead: Lang = s.language): string {
  const both = (pair: { en: string; hi: string }) => pairInOrder(pair, lead, ' · ');
  const term = (pair: { en: string; hi: string }) => pairInOrder(pair, lead, ' ↔ ');
  const tr = (key: string | number) => translations?.lines[String(key)];
  const line = (text: string, index: number) => {
    out.push(`- ${text} [${index}]`);
    const other = tr(index);
    if (other) out.push(`  - *${other}*`);
  };
  const out: string[] = [`# ${s.title}`, ''];
  if (tr('title')) out.push(`*${tr('title')}*`, '');
  const meta = [s.siteName, s.byline, s.publishedTime?.slice(0, 10), languageName(s.language)].filter(Boolean);
  out.push(`*${meta.join(' · ')}*`, '');
  if (s.url) out.push(`<${s.url}>`, '');
  if (s.overview.length) {
    out.push(`## ${both({ en: 'Overview', hi: 'सारांश' })}`, '');
    for (const o of s.overview) line(o.text, o.index);
    out.push('');
  }
  for (const sec of s.sections) {
    out.push(`## ${both(sec.label)} (${shareLabel(sec.share)})`, '');
    for (const l of sec.sentences) line(l.text, l.index);
    if (sec.keyTerms.length) {
      out.push('', `${both({ en: 'Key terms', hi: 'मुख्य शब्द' })}: ${sec.keyTerms.map(term).join('; ')}`);
    }
    out.push('');
  }
  if (s.entities.length) {
    const columns = lead === 'hi' ? ['हिन्दी', 'English'] : ['English', 'हिन्दी'];
    out.push(`## ${both({ en: 'Names', hi: 'नाम' })}`, '', `| kind | ${columns.join(' | ')} | mentions |`, '|---|---|---|---|');
    for (const e of s.entities) out.push(`| ${e.kind} | ${lead === 'hi' ? `${e.hi} | ${e.en}` : `${e.en} | ${e.hi}`} | ${e.count} |`);
    out.push('');
  }
  out.push('_[n] is the sentence number in the article. Lines are quoted as written; key terms and names are given in both languages._', '');
  if (translations && Object.keys(translations.lines).length) out.push(`_Translations in italics: ${translations.sourceLabel}._`, '');
  return out.join('\n');
}
