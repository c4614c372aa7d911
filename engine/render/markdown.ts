/** The card as Markdown (for the CLI's --markdown and the popup's "copy as Markdown"). */
import type { Summary } from '../summary/types';
import type { Lang } from '../types';
import { type CopiedTranslations, languageName, pairInOrder, shareLabel } from './labels';
import { escapeMarkdown as md, safeUrl } from './safe';

/**
 * Renders a summary as Markdown; headings, key terms and names lead with `lead` (the card's leading
 * language, by default the article's); translations, when given, under their lines.
 */
export function toMarkdown(s: Summary, translations?: CopiedTranslations, lead: Lang = s.language): string {
  // Every text from the page (and from a translator) is escaped: it renders as written, never as markup.
  const both = (pair: { en: string; hi: string }) => pairInOrder({ en: md(pair.en), hi: md(pair.hi) }, lead, ' · ');
  const term = (pair: { en: string; hi: string }) => pairInOrder({ en: md(pair.en), hi: md(pair.hi) }, lead, ' ↔ ');
  const tr = (key: string | number) => {
    const t = translations?.lines[String(key)];
    return t ? md(t) : undefined;
  };
  const line = (text: string, index: number) => {
    out.push(`- ${md(text)} [${index}]`);
    const other = tr(index);
    if (other) out.push(`  - *${other}*`);
  };
  const out: string[] = [`# ${md(s.title)}`, ''];
  if (tr('title')) out.push(`*${tr('title')}*`, '');
  const meta = [s.siteName, s.byline, s.publishedTime?.slice(0, 10)].filter((x): x is string => Boolean(x)).map(md);
  out.push(`*${[...meta, languageName(s.language)].join(' · ')}*`, '');
  // Only an http(s) source is linked (a page may claim javascript: or data: as its address).
  const url = safeUrl(s.url);
  if (url) out.push(`<${url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
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
    for (const e of s.entities) out.push(`| ${e.kind} | ${lead === 'hi' ? `${md(e.hi)} | ${md(e.en)}` : `${md(e.en)} | ${md(e.hi)}`} | ${e.count} |`);
    out.push('');
  }
  out.push('_[n] is the sentence number in the article. Lines are quoted as written; key terms and names are given in both languages._', '');
  if (translations && Object.keys(translations.lines).length) out.push(`_Translations in italics: ${md(translations.sourceLabel)}._`, '');
  return out.join('\n');
}
