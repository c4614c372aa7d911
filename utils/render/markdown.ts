/** The card as Markdown (for the CLI's --markdown and the popup's "copy as Markdown"). */
import type { Summary } from '../summary/types';
import { type CopiedTranslations, languageName, shareLabel } from './labels';

/** Renders a summary as Markdown, article language first; translations, when given, under their lines. */
export function toMarkdown(s: Summary, translations?: CopiedTranslations): string {
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
    out.push('## Overview · सारांश', '');
    for (const o of s.overview) line(o.text, o.index);
    out.push('');
  }
  for (const sec of s.sections) {
    out.push(`## ${sec.label.en} · ${sec.label.hi} (${shareLabel(sec.share)})`, '');
    for (const l of sec.sentences) line(l.text, l.index);
    if (sec.keyTerms.length) {
      out.push('', `Key terms: ${sec.keyTerms.map((k) => `${k.hi} ↔ ${k.en}`).join('; ')}`);
    }
    out.push('');
  }
  if (s.entities.length) {
    out.push('## Names · नाम', '', '| kind | हिन्दी | English | mentions |', '|---|---|---|---|');
    for (const e of s.entities) out.push(`| ${e.kind} | ${e.hi} | ${e.en} | ${e.count} |`);
    out.push('');
  }
  out.push('_[n] is the sentence number in the article. Lines are quoted as written; key terms and names are given in both languages._', '');
  if (translations && Object.keys(translations.lines).length) out.push(`_Translations in italics: ${translations.sourceLabel}._`, '');
  return out.join('\n');
}
