/** The card as plain text (for the popup's "copy as text"): no markup, fit for a mail or a note. */
import type { Summary } from '../summary/types';
import { type CopiedTranslations, languageName, shareLabel } from './labels';
import { oneLine as t, safeUrl } from './safe';

const KIND_HEADINGS: Record<string, string> = {
  person: 'People · व्यक्ति',
  country: 'Countries · देश',
  place: 'Places · स्थान',
  organisation: 'Organisations · संगठन',
};

/** Renders a summary as plain text: sections in the summary's order, lines numbered [n], translations under them. */
export function toPlainText(s: Summary, translations?: CopiedTranslations): string {
  // Page (and translator) text goes through t(): one line, no control characters.
  const tr = (key: string | number) => {
    const other = translations?.lines[String(key)];
    return other ? t(other) : undefined;
  };
  const line = (text: string, index: number) => {
    out.push(`• ${t(text)} [${index}]`);
    const other = tr(index);
    if (other) out.push(`  ↳ ${other}`);
  };
  const out: string[] = [t(s.title)];
  if (tr('title')) out.push(tr('title')!);
  const meta = [s.siteName, s.byline, s.publishedTime?.slice(0, 10)].filter((x): x is string => Boolean(x)).map(t);
  out.push([...meta, languageName(s.language)].join(' · '));
  const url = safeUrl(s.url);
  if (url) out.push(url);
  out.push('');
  if (s.overview.length) {
    out.push('Overview · सारांश');
    for (const o of s.overview) line(o.text, o.index);
    out.push('');
  }
  for (const sec of s.sections) {
    out.push(`${t(sec.label.en)} · ${t(sec.label.hi)} (${shareLabel(sec.share)})`);
    for (const l of sec.sentences) line(l.text, l.index);
    if (sec.keyTerms.length) out.push(`Key terms: ${sec.keyTerms.map((k) => `${t(k.hi)} ↔ ${t(k.en)}`).join('; ')}`);
    out.push('');
  }
  if (s.entities.length) {
    out.push('Names · नाम');
    for (const kind of Object.keys(KIND_HEADINGS)) {
      const list = s.entities.filter((e) => e.kind === kind);
      if (!list.length) continue;
      out.push(`${KIND_HEADINGS[kind]}: ${list.map((e) => `${t(e.hi)} · ${t(e.en)} (${e.count})`).join('; ')}`);
    }
    out.push('');
  }
  out.push('[n] is the sentence number in the article. Lines are quoted as written.');
  if (translations && Object.keys(translations.lines).length) out.push(`↳ Translations: ${t(translations.sourceLabel)}.`);
  return `${out.join('\n')}\n`;
}
