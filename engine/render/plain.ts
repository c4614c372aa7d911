/** The card as plain text (for the popup's "copy as text"): no markup, fit for a mail or a note. */
import type { Summary } from '../summary/types';
import { type CopiedTranslations, languageName, shareLabel } from './labels';

const KIND_HEADINGS: Record<string, string> = {
  person: 'People · व्यक्ति',
  country: 'Countries · देश',
  place: 'Places · स्थान',
  organisation: 'Organisations · संगठन',
};

/** Renders a summary as plain text: sections in the summary's order, lines numbered [n], translations under them. */
export function toPlainText(s: Summary, translations?: CopiedTranslations): string {
  const tr = (key: string | number) => translations?.lines[String(key)];
  const line = (text: string, index: number) => {
    out.push(`• ${text} [${index}]`);
    const other = tr(index);
    if (other) out.push(`  ↳ ${other}`);
  };
  const out: string[] = [s.title];
  if (tr('title')) out.push(tr('title')!);
  const meta = [s.siteName, s.byline, s.publishedTime?.slice(0, 10), languageName(s.language)].filter(Boolean);
  out.push(meta.join(' · '));
  if (s.url) out.push(s.url);
  out.push('');
  if (s.overview.length) {
    out.push('Overview · सारांश');
    for (const o of s.overview) line(o.text, o.index);
    out.push('');
  }
  for (const sec of s.sections) {
    out.push(`${sec.label.en} · ${sec.label.hi} (${shareLabel(sec.share)})`);
    for (const l of sec.sentences) line(l.text, l.index);
    if (sec.keyTerms.length) out.push(`Key terms: ${sec.keyTerms.map((k) => `${k.hi} ↔ ${k.en}`).join('; ')}`);
    out.push('');
  }
  if (s.entities.length) {
    out.push('Names · नाम');
    for (const kind of Object.keys(KIND_HEADINGS)) {
      const list = s.entities.filter((e) => e.kind === kind);
      if (!list.length) continue;
      out.push(`${KIND_HEADINGS[kind]}: ${list.map((e) => `${e.hi} · ${e.en} (${e.count})`).join('; ')}`);
    }
    out.push('');
  }
  out.push('[n] is the sentence number in the article. Lines are quoted as written.');
  if (translations && Object.keys(translations.lines).length) out.push(`↳ Translations: ${translations.sourceLabel}.`);
  return out.join('\n') + '\n';
}
